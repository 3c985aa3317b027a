import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { distDir } from '../helpers/built-site.ts';
import {
  hasNginx,
  localServerBlock,
  readmeNginxBlock,
  startNginx,
  type RunningNginx,
} from '../helpers/nginx.ts';
import { root } from '../helpers/paths.ts';

/**
 * The type each kind of file of the built site must be served with. A kind of file the build
 * starts to make and this list does not know fails the test, so that its type is thought about.
 */
const expectedTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  wasm: 'application/wasm',
  // Pagefind's index pieces and its compressed WebAssembly, read as bytes by its worker.
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  // `_headers`, for other hosts; nginx serves it as bytes.
  '': 'application/octet-stream',
};

/** One file of each kind in the built site, as URL paths (the first in sorted order). */
function oneFileOfEachKind(dir: string): Map<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`)
    .sort();
  const kinds = new Map<string, string>();
  for (const file of files) {
    const name = file.split('/').pop()!;
    const kind = name.includes('.') ? name.split('.').pop()! : '';
    if (!kinds.has(kind)) kinds.set(kind, file);
  }
  return kinds;
}

/** The Cache-Control the README's table gives a path. */
const expectedCache = (path: string) =>
  path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';

describe.skipIf(!hasNginx)("the README's nginx setup, run by Debian's nginx", () => {
  let nginx: RunningNginx;
  let dist: string;
  beforeAll(async () => {
    dist = distDir('real');
    const block = readmeNginxBlock(readFileSync(join(root, 'README.md'), 'utf8'));
    nginx = await startNginx((port) => localServerBlock(block, port, dist));
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('accepts the block without a warning', () => {
    expect(nginx.checkOutput).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
    expect(nginx.errorLog()).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
  });

  it('serves every kind of file of the built site with its type and caching', async () => {
    const kinds = oneFileOfEachKind(dist);
    for (const must of ['js', 'ics', 'webmanifest', 'pagefind', 'pf_fragment', 'html']) {
      expect(kinds.has(must), `bản dựng không có tệp .${must}`).toBe(true);
    }
    const unknown = [...kinds.keys()].filter((k) => !(k in expectedTypes));
    expect(unknown, 'loại tệp chưa có kiểu mong đợi trong kiểm thử này').toEqual([]);
    const served: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const [kind, path] of kinds) {
      const response = await fetch(`${nginx.url}${encodeURI(path)}`);
      expect(response.status, path).toBe(200);
      served[path] =
        `${response.headers.get('content-type')} | ${response.headers.get('cache-control')} | ${response.headers.get('x-content-type-options')}`;
      wanted[path] = `${expectedTypes[kind]} | ${expectedCache(path)} | nosniff`;
    }
    expect(served).toEqual(wanted);
  });

  it('serves an SVG with a policy that runs nothing, keeping the other headers', async () => {
    const response = await fetch(`${nginx.url}/icon.svg`);
    expect([
      response.status,
      response.headers.get('content-type'),
      response.headers.get('content-security-policy'),
      response.headers.get('x-content-type-options'),
      response.headers.get('cache-control'),
    ]).toEqual([
      200,
      'image/svg+xml; charset=utf-8',
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
      'nosniff',
      'no-cache',
    ]);
  });

  it('serves the search bundle and the service worker as JavaScript, revalidated', async () => {
    for (const path of [
      '/pagefind/pagefind-component-ui.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/tim-kiem/pagefind.js',
      '/sw.js',
    ]) {
      const response = await fetch(`${nginx.url}${path}`);
      expect([
        path,
        response.headers.get('content-type'),
        response.headers.get('cache-control'),
      ]).toEqual([path, 'application/javascript; charset=utf-8', 'no-cache']);
    }
  });

  it('answers an unknown address with the 404 page and the security headers', async () => {
    const response = await fetch(`${nginx.url}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('finds results for "vay von" on the search page served by nginx', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${nginx.url}/tim-kiem/?q=${encodeURIComponent('vay von')}`);
      await page.locator('pagefind-results a.kq-lien-ket').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('#tim-kiem-loi').isHidden()).toBe(true);
      expect(await page.locator('pagefind-summary').innerText()).toContain('vay von');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('offers on the 404 page to search the words of the mistyped address', async () => {
      const page = await browser.newPage();
      await page.goto(`${nginx.url}/chinh-sach/tin-dunng-vay-von/`);
      await page.getByRole('link', { name: 'Tìm các từ của địa chỉ vừa mở' }).click();
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('chinh sach tin dunng vay von');
      expect(await page.locator('pagefind-input input').inputValue()).toBe(
        'chinh sach tin dunng vay von',
      );
      await page.close();
    });
  });
});
