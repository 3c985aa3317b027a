import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

/** The paths of every entry of every cache of the page's origin. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        paths.push(new URL(request.url).pathname);
      }
    }
    return paths;
  });
}

describe.skipIf(!hasChromium)('reading offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh visitor reads one page, until the service worker has kept it. */
  async function readOnePage(path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}${path}`);
    await expect
      .poll(() => cachedPaths(page), { timeout: 30_000 })
      .toContain(new URL(page.url()).pathname);
    return { context, page };
  }

  it('opens a page read once, and the full text, with the network gone', async () => {
    const base = siteUrl('real');
    const { context, page } = await readOnePage('/chinh-sach/tin-dung/');
    const title = await page.locator('h1').textContent();

    await context.setOffline(true);
    await page.goto(`${base}/chinh-sach/tin-dung/`);
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.goto(`${base}/ke-hoach/510-qd-ubnd/`);
    expect(await page.locator('#muc-iii-2-4 h4').textContent()).toContain('Chính sách tín dụng');
    await context.close();
  });

  it('answers a page not read yet with the offline page, linking to what is saved', async () => {
    const base = siteUrl('real');
    const { context, page } = await readOnePage('/chinh-sach/tin-dung/');
    await context.setOffline(true);
    await page.goto(`${base}/co-quan/lien-minh-htx-tinh/`);
    expect(await page.locator('h1').textContent()).toBe('Đọc khi không có mạng');
    const missing = page.locator('.offline-missing');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('/co-quan/lien-minh-htx-tinh/');
    const saved = page.locator('.offline-saved a');
    await expect.poll(() => saved.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const hrefs = await saved.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/chinh-sach/tin-dung/');
    expect(hrefs).toContain('/ke-hoach/510-qd-ubnd/');
    await page.locator('.offline-saved a[href="/chinh-sach/tin-dung/"]').click();
    await page.waitForURL(/\/chinh-sach\/tin-dung\/$/);
    expect(await page.locator('h1').textContent()).not.toBe('Đọc khi không có mạng');
    await context.close();
  });

  it('downloads nothing large unasked: the pages read and a few main pages, no search index', async () => {
    const { context, page } = await readOnePage('/chinh-sach/tin-dung/');
    const paths = await cachedPaths(page);
    expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const pages = paths.filter((p) => p.endsWith('/') || p.endsWith('.html'));
    expect(pages.length, JSON.stringify(pages)).toBeLessThanOrEqual(10);
    await context.close();
  });

  it('searches again offline what was searched online after a first visit', async () => {
    const base = siteUrl('real');
    const { context, page } = await readOnePage('/');
    const url = `${base}/tim-kiem/?q=${encodeURIComponent('vay von')}`;
    await page.goto(url);
    await page.locator('pagefind-results a.kq-lien-ket').first().waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    await page.goto(url);
    await page.locator('pagefind-results a.kq-lien-ket').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#tim-kiem-loi').isHidden()).toBe(true);
    await context.close();
  });

  it('saves every page and the search index when the reader asks, saying the size first', async () => {
    const base = siteUrl('real');
    const { context, page } = await readOnePage('/ngoai-tuyen/');
    const button = page.locator('#ngoai-tuyen button.offline-all');
    await expect
      .poll(() => button.textContent(), { timeout: 10_000 })
      .toMatch(/^Tải toàn bộ \d+ trang và chỉ mục tìm kiếm \(khoảng \d+(,\d)? (MB|KB)\)$/);
    await button.click();
    await expect
      .poll(() => page.locator('#ngoai-tuyen [role="status"]').textContent(), { timeout: 60_000 })
      .toMatch(/Đã lưu toàn bộ \d+ trang/);

    await context.setOffline(true);
    // A page neither precached nor read before going offline.
    await page.goto(`${base}/co-quan/lien-minh-htx-tinh/`);
    expect(await page.locator('h1').textContent()).toContain('Liên minh');
    // A search never run online.
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('bao hiem xa hoi')}`);
    await page.locator('pagefind-results a.kq-lien-ket').first().waitFor({ timeout: 30_000 });
    await context.close();
  });
});
