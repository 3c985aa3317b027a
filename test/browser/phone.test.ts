import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

/** A common phone screen, in CSS pixels. */
const phone = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('the site on a phone (390 × 844)', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function search(query: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.locator('pagefind-results a.kq-lien-ket').first().waitFor({ timeout: 30_000 });
    return page;
  }

  it('keeps the document diagram within a small phone screen (360 px)', async () => {
    const tab = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await tab.goto(`${siteUrl('real')}/van-ban/510-qd-ubnd/`);
    const overflow = await tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await tab.close();
  });

  it('shows the first search result without scrolling', async () => {
    const page = await search('vay von');
    const box = await page.locator('pagefind-results a.kq-lien-ket').first().boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
    await page.close();
  });

  it('folds the filters away on a phone, and opens them on a wide screen', async () => {
    const page = await search('vay von');
    const fold = page.locator('details.search-filters-fold');
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('pagefind-filter-dropdown').first().isVisible()).toBe(false);
    await page.locator('details.search-filters-fold > summary').click();
    expect(await page.locator('pagefind-filter-dropdown').first().isVisible()).toBe(true);
    await page.close();

    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(`${siteUrl('real')}/tim-kiem/?q=vay%20von`);
    await wide.locator('#tim-kiem[data-san-sang]').waitFor({ state: 'attached' });
    expect(await wide.locator('pagefind-filter-dropdown').first().isVisible()).toBe(true);
    await wide.close();
  });

  it('keeps an open filter list within the screen, every dropdown of the row', async () => {
    const page = await search('vay von');
    await page.locator('details.search-filters-fold > summary').click();
    for (const filter of ['loai', 'chinh-sach', 'co-quan']) {
      const dropdown = page.locator(`pagefind-filter-dropdown[filter="${filter}"]`);
      await dropdown.locator('button[role="combobox"]').click();
      await dropdown.locator('[role="option"]').first().waitFor();
      const menu = await dropdown.locator('.pf-dropdown-menu').boundingBox();
      expect(menu!.x, filter).toBeGreaterThanOrEqual(0);
      expect(menu!.x + menu!.width, filter).toBeLessThanOrEqual(phone.width);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('gives every search control 16 px text and a 24 × 24 px target, filters open', async () => {
    const page = await search('vay von');
    await page.locator('details.search-filters-fold > summary').click();
    const small = await page.$$eval(
      '.search-ui button, .search-ui input, .search-ui summary, .search-ui [role="combobox"], .search-help a',
      (controls) =>
        controls
          .filter((c) => (c as HTMLElement).offsetParent !== null)
          .map((c) => {
            const box = c.getBoundingClientRect();
            return {
              control: `${c.tagName} ${c.className} ${(c.textContent ?? '').trim().slice(0, 30)}`,
              size: parseFloat(getComputedStyle(c).fontSize),
              width: box.width,
              height: box.height,
            };
          })
          .filter((c) => c.size < 16 || c.width < 24 || c.height < 24),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('puts nothing disabled in the Tab order', async () => {
    const page = await search('vay von');
    await page.locator('details.search-filters-fold > summary').click();
    const stops: string[] = [];
    await page.locator('h1').click();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const disabled =
          el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;
        return `${disabled ? 'DISABLED ' : ''}${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)}`;
      });
      if (stop) stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => s.startsWith('DISABLED'))).toEqual([]);
    await page.close();
  });

  it('finds no WCAG 2.2 AA violation on the phone layout of search', async () => {
    const page = await search('vay von');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('draws the document diagram with text of at least 12 px', async () => {
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}/van-ban/510-qd-ubnd/`);
    const smallest = await page.$eval('.doc-diagram svg', (svg) => {
      const scale =
        svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
      );
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});
