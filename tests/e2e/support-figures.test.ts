import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openPage, phone, signIn } from '../helpers/pages';

const e2e = e2eSuite();

const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const viNumber = (n: number) => n.toLocaleString('vi-VN');

describe('the support page’s year figures', () => {
  it('say what each counts, and the cases in need add up from this year’s and earlier ones', async () => {
    const today = vietnamToday();
    const from = `${today.slice(0, 4)}-01-01`;
    const [records] = await e2e.server.sql<
      [{ opened: number; eligible: number; eligibleNew: number; eligibleCarried: number }]
    >`
      select count(*) filter (where opened_on >= ${from}::date)::int as opened,
             count(*) filter (where eligible)::int as eligible,
             count(*) filter (where eligible and opened_on >= ${from}::date)::int as "eligibleNew",
             count(*) filter (where eligible and opened_on < ${from}::date)::int as "eligibleCarried"
        from support.cases
       where opened_on <= ${today}::date and (closed_on is null or closed_on >= ${from}::date)`;
    expect(records.eligibleCarried).toBeGreaterThan(0);

    const { page, errors, close } = await openPage(e2e.browser, phone);
    await signIn(page, `${e2e.server.url}/ho-tro`, 'tramyte');
    const cards = page.locator('.support-cards');
    await cards.waitFor({ timeout: 60_000 });
    const figure = async (name: string) =>
      ((await cards.locator(`[data-figure="${name}"]`).textContent()) ?? '').trim();
    expect(await figure('opened')).toBe(viNumber(records.opened));
    expect(await figure('eligible')).toBe(viNumber(records.eligible));

    // Every card says what it counts, in words.
    const cardsWithWhat = await cards
      .locator('> div')
      .evaluateAll((all) =>
        all.map((card) => card.querySelector('.support-card-what')?.textContent?.trim() ?? ''),
      );
    expect(cardsWithWhat).toHaveLength(4);
    for (const text of cardsWithWhat) expect(text.length).toBeGreaterThan(10);
    const [openedWhat, eligibleWhat] = cardsWithWhat;
    expect(openedWhat).toMatch(/^Hồ sơ mở từ 01\/01\/\d{4} đến \d{2}\/\d{2}\/\d{4}\.$/);
    // The larger figure is explained by its parts, and the parts add up.
    expect(eligibleWhat).toContain(
      `${viNumber(records.eligibleNew)} hồ sơ mở trong năm và ${viNumber(records.eligibleCarried)} hồ sơ từ năm trước chuyển sang`,
    );
    expect(records.eligibleNew + records.eligibleCarried).toBe(records.eligible);
    await page.screenshot({ path: `${artifacts}/support-figures-phone.png` });
    expect(errors).toEqual([]);
    await close();
  });
});
