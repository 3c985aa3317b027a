import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('reading offline after one visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh visitor's first visit: the search page, until it says reading offline is ready. */
  async function firstVisit() {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl('real')}/tim-kiem/`);
    await expect
      .poll(() => page.locator('#ngoai-tuyen [role="status"]').textContent(), { timeout: 30_000 })
      .toContain('Đã sẵn sàng');
    return { context, page };
  }

  it('keeps the full text and the search working with the network gone', async () => {
    const base = siteUrl('real');
    const { context, page } = await firstVisit();

    await context.setOffline(true);
    await page.goto(`${base}/ke-hoach/510-qd-ubnd/`);
    await page.reload();
    expect(await page.locator('#muc-iii-2-4 h4').textContent()).toContain('Chính sách tín dụng');

    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('vay von')}`);
    const titles = page.locator('.kq .kq-tieu-de');
    await expect.poll(() => titles.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const hrefs = await page
      .locator('.kq .kq-tieu-de a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('tin-dung') || h.includes('muc-iii-2-4'))).toBe(true);
    await context.close();
  });

  it('saves every page of the sitemap when the reader asks for it', async () => {
    const base = siteUrl('real');
    const { context, page } = await firstVisit();
    await page.getByRole('button', { name: 'Tải toàn bộ trang để đọc khi không có mạng' }).click();
    await expect
      .poll(() => page.locator('#ngoai-tuyen [role="status"]').textContent(), { timeout: 60_000 })
      .toMatch(/Đã lưu toàn bộ \d+ trang/);

    await context.setOffline(true);
    // A page that is neither precached nor visited before going offline.
    await page.goto(`${base}/co-quan/lien-minh-htx-tinh/`);
    expect(await page.locator('h1').textContent()).toContain('Liên minh');
    await context.close();
  });
});
