import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { siteUrl } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('reading the plan in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows a table-of-contents link to its section', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    await page.locator('nav.toc').getByRole('link', { name: '2.4. Chính sách tín dụng' }).click();
    expect(new URL(page.url()).hash).toBe('#muc-iii-2-4');
    const heading = page.locator('#muc-iii-2-4 > h4');
    await expect.poll(() => heading.isVisible()).toBe(true);
    // The target is scrolled into view: its top is within the viewport.
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await page.close();
  });

  it('shows a paragraph permalink when it gets keyboard focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    const link = page.locator('#dieu-2-p1 a.permalink');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.close();
  });

  it('gives every permalink an underline and a target of at least 24×24 px', async () => {
    // WCAG 1.4.1: the link colour alone is too close to the text's; WCAG 2.5.8: target size.
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    const links = await page.locator('a.permalink').evaluateAll((as) =>
      as.map((a) => {
        const box = a.getBoundingClientRect();
        return {
          href: a.getAttribute('href'),
          underline: getComputedStyle(a).textDecorationLine.includes('underline'),
          width: box.width,
          height: box.height,
        };
      }),
    );
    expect(links.length).toBeGreaterThan(100);
    const wrong = links.filter((l) => !l.underline || l.width < 24 || l.height < 24);
    expect(wrong).toEqual([]);
    await page.close();
  });

  for (const path of ['/', '/ke-hoach/510-qd-ubnd/']) {
    it(`finds no WCAG 2.2 AA violation on ${path}`, async () => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl('real')}${path}`);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('prints the text without the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl('real')}/ke-hoach/510-qd-ubnd/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#muc-iii-2-4-p2').isVisible()).toBe(true);
    await page.close();
  });
});
