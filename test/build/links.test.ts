/**
 * No broken internal link and no missing anchor, on every page of the real site and of the fixture
 * site. linkinator does the crawling and the fragment check (see test/helpers/link-check.ts); links
 * to other sites are not fetched.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, type SiteName } from '../helpers/built-site.ts';
import { checkLinks, describeBroken } from '../helpers/link-check.ts';
import { pagesToCheck, siteOrigin } from '../helpers/site-pages.ts';

for (const site of ['real', 'fixture'] as SiteName[]) {
  describe(`links of the ${site} site`, () => {
    it('has no broken internal link and no link to a missing anchor', async () => {
      const { pages } = pagesToCheck(site);
      const report = await checkLinks({ dir: distDir(site), pages, origin: siteOrigin(site) });
      expect(describeBroken(report.broken), 'liên kết hỏng (đích: lý do, trang có liên kết)').toBe(
        '',
      );
      // The crawl really ran: at least the pages themselves were fetched.
      expect(report.checked).toBeGreaterThanOrEqual(pages.length);
    });
  });
}

describe('the link checker itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiem-tra-lien-ket-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing page, a missing anchor, a missing image and a slash-less page address', async () => {
    const page = (body: string) =>
      `<!DOCTYPE html><html lang="vi"><head><title>t</title>` +
      `<link rel="canonical" href="https://kinh-te-tap-the.example/"></head><body>${body}</body></html>`;
    write(
      'index.html',
      page(
        '<p id="co-that">x</p><a href="#co-that">ok</a><a href="#khong-co">1</a>' +
          '<a href="/trang-b/#muc-1">ok</a><a href="/trang-b/#muc-9">2</a>' +
          '<a href="/khong-ton-tai/">3</a><img src="/anh-thieu.png" alt="">' +
          '<a href="/trang-b">4</a><a href="https://ngoai-trang.invalid/">ngoài</a>' +
          '<a href="https://kinh-te-tap-the.example/trang-c/">5</a>',
      ),
    );
    write('trang-b/index.html', page('<h2 id="muc-1">Mục 1</h2>'));
    const report = await checkLinks({
      dir,
      pages: ['/'],
      origin: 'https://kinh-te-tap-the.example',
    });
    const links = report.broken.map((b) => b.link).sort();
    expect(links).toEqual([
      '/#khong-co',
      '/anh-thieu.png',
      '/khong-ton-tai/',
      '/trang-b',
      '/trang-b/#muc-9',
      '/trang-c/',
    ]);
    expect(report.broken.find((b) => b.link === '/trang-b/#muc-9')!.reason).toContain('muc-9');
  });
});
