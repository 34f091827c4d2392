import type { Page } from 'playwright-core';

// What a page at phone width gets wrong, measured in the page itself: a sideways scroll (and the
// elements that cause it), text smaller than the smallest size the app allows, and forms whose
// last button cannot be reached (off the screen, or under a fixed bar once scrolled to).

export type PhoneFit = {
  /** How far the document scrolls sideways, in CSS pixels (0 when it fits). */
  sideways: number;
  /** The outermost elements reaching past the right edge, with their right edge. */
  wideElements: string[];
  /** Visible text set smaller than the minimum: its size and the start of the text. */
  smallText: string[];
  /** Each visible form's last button that, scrolled to, is covered or off the screen. */
  unreachableButtons: string[];
};

export const minimumTextPx = 12;

/** Measures the page as it stands; scrolls to each form's last button on the way. */
export function measurePhoneFit(page: Page): Promise<PhoneFit> {
  return page.evaluate((minimum) => {
    const width = window.innerWidth;
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 3).join('.');
      const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        classes ? `.${classes}` : ''
      }`;
      const parent = element.parentElement;
      return parent && parent !== document.body
        ? `${parent.tagName.toLowerCase()}${parent.classList[0] ? `.${parent.classList[0]}` : ''} > ${label}`
        : label;
    };
    const clipsSideways = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
    /** Whether an ancestor's own box keeps the element from widening the page. */
    const clippedAbove = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (clipsSideways(up)) return true;
      }
      return false;
    };

    const wide = [...document.body.querySelectorAll('*')].filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.right > width + 0.5 && !clippedAbove(element);
    });
    const outermost = wide.filter((element) => !wide.includes(element.parentElement as Element));
    const wideElements = outermost.map(
      (element) =>
        `${describe(element)} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`,
    );

    const smallText: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, noscript')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < minimum - 0.01) {
        smallText.push(`${size} px in ${describe(element)}: "${text.slice(0, 40)}"`);
      }
    }

    const unreachableButtons: string[] = [];
    for (const form of document.querySelectorAll('form')) {
      if (!form.checkVisibility()) continue;
      const buttons = [...form.querySelectorAll('button')].filter((b) => b.checkVisibility());
      const last = buttons.at(-1);
      if (!last) continue;
      last.scrollIntoView({ block: 'end', inline: 'nearest' });
      const rect = last.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const onScreen = rect.top >= 0 && rect.bottom <= window.innerHeight + 0.5 && x < width;
      const hit = onScreen ? document.elementFromPoint(x, y) : null;
      if (!hit || !(hit === last || last.contains(hit))) {
        const cover = hit ? ` under ${describe(hit)}` : ' off the screen';
        unreachableButtons.push(`"${last.textContent?.trim()}" in ${describe(form)}${cover}`);
      }
    }
    window.scrollTo(0, 0);

    return {
      sideways: document.documentElement.scrollWidth - width,
      wideElements,
      smallText,
      unreachableButtons,
    };
  }, minimumTextPx);
}
