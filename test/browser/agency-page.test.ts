import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('an official reading an agency page in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the agency to its filtered register and to a task, with JavaScript off', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl('real')}/co-quan/so-ke-hoach-va-dau-tu/`);
    await page.getByRole('link', { name: 'sổ nhiệm vụ' }).click();
    expect(new URL(page.url()).pathname).toBe('/nhiem-vu/co-quan/so-ke-hoach-va-dau-tu/');
    await page.getByText('Theo chính sách').click();
    await page
      .locator('nav.task-filters')
      .getByRole('link', { name: 'Tín dụng', exact: true })
      .click();
    expect(new URL(page.url()).pathname).toBe('/nhiem-vu/chinh-sach/tin-dung/');
    await page
      .getByRole('link', { name: 'Tiếp tục duy trì Quỹ hỗ trợ phát triển HTX tỉnh' })
      .click();
    await expect
      .poll(() => page.locator('.inference').textContent())
      .toContain('Suy luận biên tập');
    await page.close();
  });

  it('prints the duties without the navigation or the list of mentions', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/co-quan/so-tai-chinh/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.agency-mentions')).toBe(false);
    expect(await shown('.print-only')).toBe(true);
    expect(await shown('section[aria-labelledby="tu-nhom"] table')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  for (const path of [
    '/co-quan/',
    '/co-quan/so-ke-hoach-va-dau-tu/',
    '/nhiem-vu/',
    '/nhiem-vu/duy-tri-quy-ho-tro-phat-trien-htx/',
    '/du-lieu/',
  ]) {
    it(`finds no WCAG 2.2 AA violation on ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${siteUrl('real')}${path}`);
      expect(await runAxe(page)).toEqual([]);
      await context.close();
    });
  }

  it('fits a phone screen without sideways scrolling, tables scrolling inside their region', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl('real')}/co-quan/so-ke-hoach-va-dau-tu/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
