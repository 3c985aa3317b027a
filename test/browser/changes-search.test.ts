import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { firstResultsLoaded } from '../helpers/search-results.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl, type SiteName } from '../helpers/built-site.ts';

/** Today's names, typed without diacritics, each with the page that must answer it. */
const queries: [site: SiteName, query: string, target: string][] = [
  ['real', 'so tai chinh gia lai', '/co-quan/so-tai-chinh-tinh-gia-lai/'],
  ['real', 'phong kinh te xa', '/co-quan/phong-kinh-te-cap-xa/'],
  ['real', 'luat hop tac xa 2023', '/van-ban/17-2023-qh15/'],
  [
    'real',
    'so nong nghiep va moi truong gia lai',
    '/co-quan/so-nong-nghiep-va-moi-truong-tinh-gia-lai/',
  ],
  ['fixture', 'phong kinh te xa mau son', '/co-quan/phong-kinh-te-xa-mau-son/'],
  // Where to go today: the contacts page answers the place and the procedure people name.
  ['real', 'trung tam phuc vu hanh chinh cong', '/lien-he/'],
  ['real', 'dang ky hop tac xa', '/lien-he/'],
];

/** The links of the first `count` results, once loaded (see test/browser/search.test.ts). */
async function topLinks(page: Page, count = 3): Promise<string[]> {
  await page.waitForFunction(
    () =>
      document.querySelector('pagefind-results a.kq-lien-ket') !== null ||
      /Không tìm thấy/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
  );
  await firstResultsLoaded(page, count);
  return page.$$eval(
    'pagefind-results > ul > li a.kq-lien-ket',
    (links, n) => links.slice(0, n).map((a) => a.getAttribute('href') ?? ''),
    count,
  );
}

describe.skipIf(!hasChromium)('searching for a successor body by today’s name', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [site, query, target] of queries) {
    it(`finds ${target} in the first three results for "${query}" without diacritics`, async () => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl(site)}/tim-kiem/?q=${encodeURIComponent(query)}`);
      const links = await topLinks(page);
      expect(
        links.some((href) => new URL(href, 'http://x').pathname === target),
        JSON.stringify(links),
      ).toBe(true);
      await page.close();
    });
  }

  it('leads from a successor’s result to the duties it took over', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${siteUrl('fixture')}/tim-kiem/?q=${encodeURIComponent('phong kinh te xa mau son')}`,
    );
    const [first] = await topLinks(page, 1);
    await page.goto(new URL(first, siteUrl('fixture')).href);
    expect(await page.locator('#tiep-nhan').innerText()).toContain('Tiếp nhận qua sắp xếp bộ máy');
    expect(await page.locator('.taken-over-list').innerText()).toContain(
      'Báo cáo kết quả trước ngày 10/12 hằng năm',
    );
    await page.close();
  });

  for (const path of [
    '/cap-nhat/',
    '/co-quan/so-ke-hoach-va-dau-tu/',
    '/co-quan/so-tai-chinh-tinh-gia-lai/',
    '/nhiem-vu/bao-cao-ket-qua-hang-nam/',
    '/van-ban/17-2023-qh15/',
  ]) {
    it(`finds no WCAG 2.2 AA violation on ${path}, where outside facts are shown`, async () => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl('real')}${path}`);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }

  it('prints the outside-fact boxes with their label and their sources’ addresses', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/co-quan/so-ke-hoach-va-dau-tu/`);
    await page.emulateMedia({ media: 'print' });
    const box = page.locator('#nay-la');
    expect(await box.isVisible()).toBe(true);
    const printed = await box.innerText();
    expect(printed).toContain('Thông tin ngoài kế hoạch');
    expect(printed).toContain('https://baochinhphu.vn/');
    expect(await box.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    await page.close();
  });
});
