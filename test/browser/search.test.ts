import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownInIndex, planQuery, spellingsToCheck, type Synonym } from '../../src/lib/search.ts';
import { firstResultsLoaded, searchComplete } from '../helpers/search-results.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { distDir, siteUrl } from '../helpers/built-site.ts';

/** What one animation frame is about to paint in the first five places of the results. */
interface Frame {
  drawn: number;
  placeholders: number;
  merged: boolean;
}

interface Shown {
  type: string;
  title: string;
  href: string;
}

/**
 * Queries people type, each with the page that answers it. A target with a `#` is a section of
 * the full text: a result landing on that section or one of its paragraphs counts.
 */
const queries: [query: string, target: string, why: string][] = [
  ['dat dai', '/ke-hoach/510-qd-ubnd/#muc-iii-2-2', 'd typed for đ'],
  ['Dat dai', '/ke-hoach/510-qd-ubnd/#muc-iii-2-2', 'capital D typed for Đ'],
  ['đất đai', '/ke-hoach/510-qd-ubnd/#muc-iii-2-2', 'with diacritics'],
  ['vay von', '/chinh-sach/tin-dung/', 'without diacritics'],
  ['vay vốn', '/chinh-sach/tin-dung/', 'with diacritics'],
  ['bao hiem xa hoi', '/chinh-sach/bao-hiem-xa-hoi/', 'without diacritics'],
  ['BHXH', '/thuat-ngu/#bhxh', 'abbreviation, explained in the glossary'],
  ['THT', '/thuat-ngu/#tht', 'abbreviation, explained in the glossary'],
  ['GRDP', '/thuat-ngu/#grdp', 'abbreviation, explained in the glossary'],
  ['tin dung noi bo', '/thuat-ngu/#tin-dung-noi-bo', 'a term of the glossary'],
  ['lien minh htx', '/co-quan/lien-minh-htx-tinh/', 'abbreviation in an agency name'],
  ['quy ho tro phat trien htx', '/co-quan/quy-ho-tro-phat-trien-htx-tinh/', 'agency name'],
  ['so ke hoach va dau tu', '/co-quan/so-ke-hoach-va-dau-tu/', 'agency name, d for đ'],
  ['So KH&DT', '/co-quan/so-ke-hoach-va-dau-tu/', 'abbreviated department name'],
  ['to chuc tin dung', '/co-quan/cac-to-chuc-tin-dung/', 'agency name'],
  ['Mat tran To quoc', '/co-quan/ubmttq-tinh/', 'agency name'],
  ['UBND huyen', '/co-quan/ubnd-cap-huyen/', 'abbreviation in an agency name'],
  ['134/NQ-CP', '/van-ban/134-nq-cp/', 'document number (the text writes 134//NQ-CP)'],
  ['55/2015', '/van-ban/55-2015-nd-cp/', 'partial document number'],
  ['nghi dinh 55', '/van-ban/55-2015-nd-cp/', 'document type and number, d for đ'],
  ['510/QD-UBND', '/van-ban/510-qd-ubnd/', 'document number with QD for QĐ'],
  ['37/KH-UBND', '/van-ban/37-kh-ubnd/', 'document number'],
  ['OCOP', '/van-ban/chuong-trinh-ocop/', 'programme abbreviation'],
  ['dieu 2', '/ke-hoach/510-qd-ubnd/#dieu-2', 'article number, d for Đ'],
  ['thue thu nhap doanh nghiep', '/ke-hoach/510-qd-ubnd/#muc-iii-2-3', 'words of the text'],
  ['dau tu ket cau ha tang', '/ke-hoach/510-qd-ubnd/#muc-iii-2-7', 'words of a heading'],
  ['quy khong chia', '/thuat-ngu/#quy-khong-chia', 'a term, as a phrase'],
  ['tam nhin 2045', '/ke-hoach/510-qd-ubnd/#muc-ii-2-2', 'a heading with a year'],
  ['tich tu dat dai', '/nhiem-vu/chinh-sach-tich-tu-dat-dai/', 'a task'],
  ['bao cao truoc ngay 15/12', '/nhiem-vu/bao-cao-ket-qua-hang-nam/', 'a deadline'],
  [
    'huyen bao cao truoc 15/12',
    '/ke-hoach/510-qd-ubnd/#muc-iv-1',
    'a sentence of the plan, in short',
  ],
  ['hoi cho trien lam', '/nhiem-vu/hoi-cho-xuc-tien-thuong-mai/', 'a task'],
  ['nu giam doc', '/muc-tieu/#muc-tieu-2045-nu-giam-doc', 'a target'],
  ['tam nhom chinh sach', '/chuyen-muc/tam-nhom-chinh-sach-ho-tro-kinh-te-tap-the/', 'a column'],
  [
    'ke hoach 510 noi gi voi mot hop tac xa',
    '/chuyen-muc/ke-hoach-510-noi-gi-voi-mot-hop-tac-xa/',
    'a column title',
  ],
];

/** Whether a result link lands on the target: the same page, and the section or a paragraph. */
function lands(href: string, target: string): boolean {
  const url = new URL(href, 'http://x');
  const [path, hash] = target.split('#');
  if (url.pathname !== path) return false;
  if (!hash) return true;
  const anchor = url.hash.slice(1);
  return anchor === hash || anchor.startsWith(`${hash}-`);
}

/** Opens the search page without words and waits until its script is ready. */
async function openSearchPage(page: Page): Promise<void> {
  await page.goto(`${siteUrl('real')}/tim-kiem/`);
  await page.locator('#tim-kiem[data-san-sang]').waitFor({ state: 'attached' });
}

/**
 * Records every text that the elements matching `selector` show, from now on, at each change of
 * the page; the function returned reads what was recorded.
 */
async function recordTexts(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((sel) => {
    const seen: string[] = [];
    (window as unknown as { recordedTexts: string[] }).recordedTexts = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll(sel)) {
        const text = el.textContent?.trim();
        if (text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
  return () =>
    page.evaluate(() => (window as unknown as { recordedTexts: string[] }).recordedTexts);
}

async function searchPage(page: Page, query: string): Promise<void> {
  await page.goto(`${siteUrl('real')}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await resultsShown(page);
}

/** Waits until the results (or the "nothing found" summary) of the current search are shown. */
async function resultsShown(page: Page): Promise<void> {
  await searchComplete(page);
  await page.waitForFunction(
    () =>
      document.querySelector('pagefind-results a.kq-lien-ket') !== null ||
      /Không tìm thấy/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
  );
}

async function shown(page: Page, count = 3): Promise<Shown[]> {
  await firstResultsLoaded(page, count);
  return page.$$eval(
    'pagefind-results > ul > li',
    (items, n) =>
      items.slice(0, n).map((li) => ({
        type: li.querySelector('.kq-loai')?.textContent?.replace('Loại: ', '').trim() ?? '',
        title: li.querySelector('a.kq-lien-ket')?.textContent?.trim() ?? '',
        href: li.querySelector('a.kq-lien-ket')?.getAttribute('href') ?? '',
      })),
    count,
  );
}

describe.skipIf(!hasChromium)('searching the site in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ exposeGc: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [query, target, why] of queries) {
    it(`finds ${target} in the first three results for "${query}" (${why})`, async () => {
      const page = await browser.newPage();
      await searchPage(page, query);
      const top = await shown(page);
      expect(
        top.some((r) => lands(r.href, target)),
        `${query}: ${JSON.stringify(top, null, 1)}`,
      ).toBe(true);
      await page.close();
    });
  }

  for (const [query, policy] of [
    ['vay von', '/chinh-sach/tin-dung/'],
    ['thue dat', '/chinh-sach/dat-dai/'],
  ] as const) {
    it(`puts the plain-language guidance first for a citizen's "${query}", landing on its explanation`, async () => {
      const page = await browser.newPage();
      await searchPage(page, query);
      const [first] = await shown(page, 1);
      // The page's own top: its explanation, not the quotes of the plan (#nguyen-van) below it.
      expect(first?.href, JSON.stringify(first)).toBe(policy);
      await page.close();
    });
  }

  it('shows each result with its type, title and an excerpt highlighting the real words', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'dat dai');
    const first = page.locator('pagefind-results > ul > li').first();
    expect((await first.locator('.kq-loai').innerText()).trim()).not.toBe('');
    expect((await first.locator('a.kq-lien-ket').innerText()).trim()).not.toBe('');
    const marks = await page.$$eval('pagefind-results .kq-trich mark', (m) =>
      m.map((x) => x.textContent?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? ''),
    );
    expect(marks.length).toBeGreaterThan(0);
    // The excerpt is the page's own text: "đất", never a folded "dat".
    expect(marks).toContain('đất');
    expect(marks).not.toContain('dat');
    await page.close();
  });

  it('lands a hit in the full text on its paragraph, titled by section', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'tam nhin 2045');
    const results = await shown(page);
    const hit = results.find((r) => r.href.startsWith('/ke-hoach/510-qd-ubnd/#'));
    expect(hit?.type).toBe('Kế hoạch');
    expect(hit?.title).toMatch(/^Mục II\.2\.2\. Tầm nhìn đến năm 2045/);
    await page.close();
  });

  it('keeps a query typed with diacritics exact: "đầu tư" finds đầu tư first', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'đầu tư');
    // Results load one by one and out of order: wait for the first one itself.
    await shown(page, 1);
    const marks = await page.$$eval('pagefind-results > ul > li:first-child .kq-trich mark', (m) =>
      m.map((x) => x.textContent?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? ''),
    );
    expect(marks).toContain('đầu');
    await page.close();
  });

  it('narrows results to one content type with the type facet', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'HTX');
    const summary = page.locator('pagefind-summary');
    const before = Number((await summary.innerText()).match(/\d+/)?.[0]);
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    await page
      .locator('pagefind-filter-dropdown[filter="loai"] [role="option"]', {
        hasText: 'Văn bản',
      })
      .click();
    await expect
      .poll(async () => Number((await summary.innerText()).match(/\d+/)?.[0]))
      .toBeLessThan(before);
    await resultsShown(page);
    const types = await page.$$eval('pagefind-results .kq-loai', (els) =>
      els.map((e) => e.textContent?.replace('Loại: ', '').trim()),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Văn bản']));
    await page.close();
  });

  it('counts a facet over every reading of a query, as many as the results it leaves', async () => {
    const page = await browser.newPage();
    const facetFiles: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/facets.json') && r.ok()) facetFiles.push(r.url());
    });
    // "HTX" runs as itself and as "hợp tác xã": the counts come from the facet map, the filtered
    // results from Pagefind, so agreeing means the map counts the merged results exactly.
    await searchPage(page, 'HTX');
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    const option = page.locator('pagefind-filter-dropdown[filter="loai"] [role="option"]', {
      hasText: 'Văn bản',
    });
    // The counts are exact once the facet map, fetched when the filters are used, is drawn.
    await page.locator('#tim-kiem[data-bo-loc-du]').waitFor({ state: 'attached' });
    const counted = Number((await option.getAttribute('aria-label'))?.match(/(\d+) kết quả$/)?.[1]);
    expect(counted).toBeGreaterThan(1);
    await option.click();
    const summary = page.locator('pagefind-summary');
    await expect
      .poll(async () => Number((await summary.innerText()).match(/\d+/)?.[0]))
      .toBe(counted);
    expect(facetFiles).toEqual([`${siteUrl('real')}/pagefind/tim-kiem/facets.json`]);
    await page.close();
  });

  it('fetches the facet map only once the filters are used, not for a first query', async () => {
    const page = await browser.newPage();
    const facetFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/facets.json')) facetFiles.push(r.url());
    });
    // "HTX" has two readings, whose facet counts need the map; nothing on screen shows them yet.
    await searchPage(page, 'HTX');
    await shown(page);
    expect(facetFiles).toEqual([]);
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').focus();
    await page.locator('#tim-kiem[data-bo-loc-du]').waitFor({ state: 'attached' });
    expect(facetFiles).toHaveLength(1);
    await page.close();
  });

  it("answers which d/đ spellings exist from the index's own words, as Pagefind matches them", async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/tim-kiem/`);
    const synonyms = JSON.parse(
      (await page.locator('#tim-kiem').getAttribute('data-synonyms')) ?? '[]',
    ) as Synonym[];
    const words = JSON.parse(
      readFileSync(join(distDir('real'), 'pagefind', 'tim-kiem', 'tu-d.json'), 'utf8'),
    ) as string[];
    const spellings = [
      ...new Set(
        [
          ...queries.map(([q]) => q),
          'dan so',
          'don vi',
          'Dang uy',
          'HDND tinh',
          'du an dau tu',
        ].flatMap((q) => spellingsToCheck(planQuery(q, synonyms))),
      ),
    ];
    expect(spellings.length).toBeGreaterThan(30);
    // Pagefind itself, for each spelling: a search for it, and a quoted one, which matches whole
    // words only. A string, so that vitest does not rewrite the page's import() into its own.
    const answers = await page.evaluate<[found: boolean, whole: boolean][]>(`(async (list) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const out = [];
      for (const s of list) {
        const found = (await pagefind.search(s)).results.length > 0;
        const whole = (await pagefind.search('"' + s + '"')).results.length > 0;
        out.push([found, whole]);
      }
      return out;
    })(${JSON.stringify(spellings)})`);
    const known = spellings.map((s) => knownInIndex(s, words));
    spellings.forEach((s, i) => {
      const [found, whole] = answers[i];
      // Never a spelling Pagefind finds nothing for; always one that is a whole word of the index.
      if (known[i]) expect(found, s).toBe(true);
      if (whole) expect(known[i], s).toBe(true);
    });
    // Where a search finds pages and the list does not know the spelling, Pagefind shortened it
    // to a word it has ("37/KH-UBNĐ" as "37khubn…" of 37/KH-UBND): no index word begins with
    // it, and the page no longer runs a query for a spelling the text never uses.
    expect(knownInIndex('37/KH-UBNĐ', words)).toBe(false);
    expect(answers[spellings.indexOf('37/KH-UBNĐ')]).toEqual([true, false]);
    expect(new Set(known)).toEqual(new Set([true, false]));
    await page.close();
  });

  it('shows results twenty at a time, and "Xem thêm" moves focus to the first new one', async () => {
    const page = await browser.newPage();
    await openSearchPage(page);
    // What screen readers hear: every text that appears in a live region.
    const heard = await recordTexts(page, '[aria-live]');
    await page.locator('pagefind-input input').fill('hop tac xa');
    await resultsShown(page);
    const total = Number((await page.locator('pagefind-summary').innerText()).match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(40);
    await expect.poll(heard).toContain(`${total} kết quả cho “hop tac xa”`);
    expect(await heard()).not.toContain('20 kết quả cho “hop tac xa”');
    const items = page.locator('pagefind-results > ul > li');
    expect(await items.count()).toBe(20);
    const more = page.locator('#xem-them');
    expect(await more.innerText()).toBe(`Xem thêm 20 kết quả (còn ${total - 20})`);
    await more.click();
    await expect.poll(() => items.count()).toBe(40);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const item = document.querySelectorAll('pagefind-results > ul > li')[20];
          return !!item && item.contains(document.activeElement) && document.activeElement?.tagName;
        }),
      )
      .toBe('A');
    expect(await more.innerText()).toBe(`Xem thêm 20 kết quả (còn ${total - 40})`);
    // A new query starts again from the first twenty.
    await page.locator('pagefind-input input').fill('dat dai');
    await expect
      .poll(async () => (await page.locator('pagefind-summary').innerText()).includes('dat dai'))
      .toBe(true);
    await expect.poll(() => items.count()).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('still loads every result after the browser collects garbage', async () => {
    // Pagefind frees a result's data once its object is collected: results merged from several
    // readings must be Pagefind's own objects, or they load as empty placeholders (seen at ×100).
    const page = await browser.newPage({ viewport: { width: 1280, height: 400 } });
    await searchPage(page, 'HTX');
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) {
        (globalThis as unknown as { gc: () => void }).gc();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    const items = page.locator('pagefind-results > ul > li');
    expect(await items.count()).toBe(20);
    // Scrolled through step by step: Pagefind loads a result as it comes into view, and the page
    // grows as results replace their placeholders.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 300) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await expect
      .poll(() =>
        page.$$eval(
          'pagefind-results > ul > li',
          (li) => li.filter((l) => l.querySelector('a.kq-lien-ket')).length,
        ),
      )
      .toBe(20);
    await page.close();
  });

  it('narrows results to one agency with the agency facet', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'tin dung');
    await page
      .locator('pagefind-filter-dropdown[filter="co-quan"] button[role="combobox"]')
      .click();
    await page
      .locator('pagefind-filter-dropdown[filter="co-quan"] [role="option"]', {
        hasText: 'Các tổ chức tín dụng trên địa bàn tỉnh',
      })
      .click();
    await expect
      .poll(() => page.$$eval('pagefind-results > ul > li', (li) => li.length))
      .toBeLessThanOrEqual(4);
    await resultsShown(page);
    const top = await shown(page, 4);
    expect(top.length).toBeGreaterThan(0);
    expect(top.some((r) => r.href.startsWith('/co-quan/cac-to-chuc-tin-dung/'))).toBe(true);
    await page.close();
  });

  it('narrows results to one policy area with the policy facet', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'ho tro');
    const summary = page.locator('pagefind-summary');
    const before = Number((await summary.innerText()).match(/\d+/)?.[0]);
    await page
      .locator('pagefind-filter-dropdown[filter="chinh-sach"] button[role="combobox"]')
      .click();
    await page
      .locator('pagefind-filter-dropdown[filter="chinh-sach"] [role="option"]', {
        hasText: 'Đất đai',
      })
      .click();
    await expect
      .poll(async () => Number((await summary.innerText()).match(/\d+/)?.[0]))
      .toBeLessThan(before);
    await resultsShown(page);
    const top = await shown(page, 10);
    expect(top.some((r) => r.href.startsWith('/chinh-sach/dat-dai/'))).toBe(true);
    expect(top.some((r) => r.href.startsWith('/chinh-sach/tin-dung/'))).toBe(false);
    await page.close();
  });

  it('sends the header search of any page to the search page as ?q= without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    await page.locator('#o-tim-kiem').fill('dat dai');
    await page.locator('#o-tim-kiem').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dat dai');
    expect(await page.locator('h1').innerText()).toBe('Tìm kiếm');
    // Without JavaScript the page says so and offers the lists to browse.
    const noscript = await page.locator('noscript').first().innerHTML();
    expect(noscript).toContain('JavaScript');
    expect(noscript).toContain('href="/ke-hoach/510-qd-ubnd/"');
    await context.close();
  });

  it('searches the query of the header form when the search page opens', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/`);
    await page.locator('#o-tim-kiem').fill('vay von');
    await page.locator('#o-tim-kiem').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=vay\+von/);
    await resultsShown(page);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('vay von');
    expect(await page.locator('pagefind-summary').innerText()).toContain('vay von');
    await page.close();
  });

  it('searches as the user types and keeps the query in the address', async () => {
    const page = await browser.newPage();
    await openSearchPage(page);
    const input = page.locator('pagefind-input input');
    await input.click();
    await input.pressSequentially('bao hiem xa hoi');
    await resultsShown(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('bao hiem xa hoi');
    // The keyboard reaches the results from the input.
    await input.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).toContain('kq-lien-ket');
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'xyzzyqwv');
    expect(await page.locator('pagefind-summary').innerText()).toContain('Không tìm thấy');
    await page.close();
  });

  it('runs under the Content Security Policy without a violation', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await searchPage(page, 'HTX vay von');
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toContain('wasm-unsafe-eval');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });

  it('finds no WCAG 2.2 AA violation on the search page with results and facets shown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await searchPage(page, 'vay von');
    await shown(page);
    expect(await runAxe(page)).toEqual([]);
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it('gives the facet options Vietnamese accessible names', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'vay von');
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    // The values arrive with the filters, which load once the filters are reached for.
    await page.locator('pagefind-filter-dropdown[filter="loai"] [role="option"]').first().waitFor();
    const names = await page.$$eval(
      'pagefind-filter-dropdown[filter="loai"] [role="option"]',
      (els) => els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/, \d+ kết quả$/);
    await page.close();
  });

  it('loads the filters only once they are reached for, so that a search does not count them', async () => {
    // The context sees the requests of Pagefind's web worker too.
    const context = await browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    context.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const filterFiles = () => asked.filter((p) => p.startsWith('/pagefind/filter/'));
    await searchPage(page, 'vay von');
    await shown(page);
    expect(filterFiles()).toEqual([]);
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    const option = page.locator('pagefind-filter-dropdown[filter="loai"] [role="option"]');
    await option.first().waitFor();
    expect(filterFiles().length).toBeGreaterThan(0);
    expect(await option.first().getAttribute('aria-label')).toMatch(/, \d+ kết quả$/);
    await context.close();
  });

  it('says the values are loading, never that the filter does not exist, when opened before they load', async () => {
    const page = await browser.newPage();
    await openSearchPage(page);
    // Every text the list shows, from the moment it opens.
    const listTexts = await recordTexts(
      page,
      'pagefind-filter-dropdown[filter="loai"] .pf-dropdown-options',
    );
    await page.locator('pagefind-filter-dropdown[filter="loai"] button[role="combobox"]').click();
    await page.locator('pagefind-filter-dropdown[filter="loai"] [role="option"]').first().waitFor();
    const texts = await listTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => /not|found|Loading/i.test(t))).toEqual([]);
    await page.close();
  });

  it("builds a filter's values only when its dropdown opens, with the counts of the search on screen", async () => {
    const typeCounts = (page: Page) =>
      page.$$eval('pagefind-filter-dropdown[filter="loai"] [role="option"]', (els) =>
        els.map((e) => e.getAttribute('aria-label') ?? '').sort(),
      );
    const trigger = 'pagefind-filter-dropdown[filter="loai"] button[role="combobox"]';
    // What a page opened on the second query shows.
    const fresh = await browser.newPage();
    await searchPage(fresh, 'HTX');
    await fresh.locator(trigger).click();
    await fresh.locator('#tim-kiem[data-bo-loc-du]').waitFor({ state: 'attached' });
    const expected = await typeCounts(fresh);
    await fresh.close();
    expect(expected.length).toBeGreaterThan(1);

    const page = await browser.newPage();
    await searchPage(page, 'tin dung');
    // A thousand agencies on a large site: no list is built for a closed dropdown.
    expect(await page.locator('pagefind-filter-dropdown [role="option"]').count()).toBe(0);
    await page.locator(trigger).click();
    await page.locator('#tim-kiem[data-bo-loc-du]').waitFor({ state: 'attached' });
    const first = await typeCounts(page);
    expect(first.length).toBeGreaterThan(1);
    await page.locator(trigger).press('Escape');
    // Another query while the dropdown is closed: opened again, it shows that query's counts.
    const input = page.locator('pagefind-input input');
    await input.fill('HTX');
    await searchComplete(page);
    await page.locator(trigger).click();
    await expect.poll(() => typeCounts(page)).toEqual(expected);
    expect(expected).not.toEqual(first);
    await page.close();
  });

  it("draws the first results as soon as their data is in, and keeps them drawn when the other readings' answer replaces the first", async () => {
    const query = 'dat dai';
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openSearchPage(page);
    // What each frame is about to paint: of the first five places, how many show a drawn result
    // and how many a placeholder, and whether every reading has been merged in.
    await page.evaluate((typed) => {
      const frames: Frame[] = [];
      (window as unknown as { frames_: typeof frames }).frames_ = frames;
      const record = () => {
        const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
        if (summary.includes(`“${typed}”`)) {
          const top = [...document.querySelectorAll('pagefind-results > ul > li')].slice(0, 5);
          frames.push({
            drawn: top.filter((li) => li.querySelector('a.kq-lien-ket')).length,
            placeholders: top.filter((li) => li.getAttribute('aria-hidden') === 'true').length,
            merged: document.getElementById('tim-kiem')?.dataset['ketQuaDu'] === typed,
          });
        }
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    }, query);
    await page.locator('pagefind-input input').fill(query);
    await searchComplete(page);
    await page.waitForTimeout(500);
    const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
    const full = frames.findIndex((f) => f.drawn === 5);
    // The first query's answer was on screen, all five drawn, before the merged one came.
    expect(full).toBeGreaterThanOrEqual(0);
    expect(frames[full].merged).toBe(false);
    expect(frames.at(-1)).toEqual({ drawn: 5, placeholders: 0, merged: true });
    // From then on, no frame shows a placeholder among the first five.
    expect(frames.slice(full).filter((f) => f.placeholders > 0)).toEqual([]);
    await page.close();
  });

  it('loads the index of every reading of the words while they are typed, before searching', async () => {
    const query = 'dat dai';
    const chunksOf = async (page: Page, act: () => Promise<void>) => {
      const chunks = new Set<string>();
      // The context sees the requests of Pagefind's web worker; the page alone does not.
      page.context().on('request', (r) => {
        if (r.url().includes('/pagefind/index/')) chunks.add(new URL(r.url()).pathname);
      });
      await act();
      return chunks;
    };
    // The chunks the search itself reads: the query opened from the address, nothing typed.
    const context = await browser.newContext();
    const reference = await context.newPage();
    const needed = await chunksOf(reference, () => searchPage(reference, query));
    await context.close();
    expect(needed.size).toBeGreaterThan(0);

    const typing = await browser.newContext();
    const page = await typing.newPage();
    // Fake timers, which keep running until paused (Playwright's clock): the page loads as usual.
    await page.clock.install();
    const loaded = await chunksOf(page, async () => {
      await openSearchPage(page);
      // Then the clock stands still, so the search, which waits for the typing to pause, cannot
      // start however slow the machine (with the clock running, it once started after 200 ms).
      await page.clock.pauseAt(Date.now() + 60_000);
      const input = page.locator('pagefind-input input');
      await input.click();
      await input.pressSequentially(query);
    });
    await expect.poll(() => [...needed].filter((c) => !loaded.has(c))).toEqual([]);
    // Longer than the 200 ms wait after the last key, in real time: only a stopped clock holds the
    // search back now.
    await page.waitForTimeout(500);
    expect(await page.locator('pagefind-summary').innerText()).not.toContain(query);
    await page.clock.runFor(1000);
    await page.clock.resume();
    await resultsShown(page);
    expect(await page.locator('pagefind-summary').innerText()).toContain(query);
    await typing.close();
  });
});
