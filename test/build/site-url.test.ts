import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrlFrom } from '../../src/lib/site-url.ts';
import { distDir, type SiteName } from '../helpers/built-site.ts';
import { buildWithMistake } from '../helpers/failing-build.ts';

/** Every text file of a built site: pages, feeds, calendars, sitemaps, open data, scripts. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|ics|json|csv|txt|js|webmanifest)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the site address', () => {
  for (const site of ['real', 'fixture'] as SiteName[]) {
    it(`leaves no "localhost" in any file of the ${site} build`, () => {
      const dir = distDir(site);
      const files = textFiles(dir);
      expect(files.length).toBeGreaterThan(30);
      const named = files.filter((f) => readFileSync(f, 'utf8').includes('localhost'));
      expect(named.map((f) => relative(dir, f))).toEqual([]);
    });
  }

  it('stops a build without SITE_URL, saying in Vietnamese what to set', () => {
    const { status, output } = buildWithMistake(() => {}, { SITE_URL: '' });
    expect(status, output).not.toBe(0);
    expect(output).toContain('Chưa đặt địa chỉ công khai của trang (biến SITE_URL)');
  });

  it('refuses an address that is not a web address', () => {
    expect(siteUrlFrom('ten-mien.vn')).toEqual({
      error: 'SITE_URL "ten-mien.vn" không phải là một địa chỉ web đầy đủ (https://…)',
    });
    expect(siteUrlFrom('https://ten-mien.vn/')).toEqual({ url: 'https://ten-mien.vn' });
  });
});
