import type { Browser, BrowserContext, ConsoleMessage } from 'playwright-core';

/**
 * Every Content-Security-Policy violation in the browser's pages, from two sources: the
 * `securitypolicyviolation` event, which a page fires for what its policy refused (an init
 * script forwards it), and Chromium's console line for it. A worker's violations reach
 * neither (Playwright passes on no browser-made console line of a worker): the server's
 * report endpoint counts those (test-server.ts).
 */
const found = new WeakMap<Browser, string[]>();

/**
 * Chromium's console line for a refused script, style, image, connection, worker, frame…:
 * "Refused to load … because it violates the following Content Security Policy directive" in
 * older versions, "Loading the image '…' violates the following Content Security Policy
 * directive … The action has been blocked." in newer ones.
 */
const refusedByPolicy = /violates the following Content Security Policy directive/;

type ViolationEvent = {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
};

/** Runs in every page and frame before the app's own scripts. */
function forwardViolations() {
  addEventListener(
    'securitypolicyviolation',
    (event) =>
      (window as unknown as Record<string, (event: ViolationEvent) => void>).__cspViolation?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      }),
    true,
  );
}

async function watchContext(context: BrowserContext, violations: string[]) {
  await context.exposeBinding('__cspViolation', ({ page }, event: ViolationEvent) => {
    const where = event.source ? ` (${event.source}:${event.line})` : '';
    const sample = event.sample ? ` «${event.sample}»` : '';
    violations.push(
      `${page.url()}: ${event.directive} refused ${event.blocked || '?'}${where}${sample}`,
    );
  });
  await context.addInitScript(forwardViolations);
  context.on('console', (message: ConsoleMessage) => {
    if (refusedByPolicy.test(message.text())) {
      violations.push(`${message.page()?.url() ?? 'worker'}: ${message.text()}`);
    }
  });
}

/**
 * Watches every context the browser opens from now on (through `browser.newContext`, as every
 * page helper does), before the context is handed out, so not even the first page escapes.
 */
export function watchCspViolations(browser: Browser): void {
  const violations: string[] = [];
  found.set(browser, violations);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchContext(context, violations);
    return context;
  };
}

/** What the watched browser's pages have refused so far, in order. */
export function cspViolations(browser: Browser): readonly string[] {
  return found.get(browser) ?? [];
}
