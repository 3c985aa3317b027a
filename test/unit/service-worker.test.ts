import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'kttt-sw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Builds the service worker for the fake site and returns its precache list: url → revision. */
function precache(): Map<string, string> {
  execFileSync(process.execPath, [join(root, 'scripts/service-worker.ts'), dir], { stdio: 'pipe' });
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:"([^"]+)"\}/g)];
  return new Map(entries.map((m) => [m[1], m[2]]));
}

describe('the service worker', () => {
  write('index.html', '<h1>Trang chủ</h1>');
  write('ke-hoach/510-qd-ubnd/index.html', '<p>Toàn văn</p>');
  write('co-quan/so-tai-chinh/index.html', '<p>Sở Tài chính</p>');
  write('ngoai-tuyen/index.html', '<h1>Đọc khi không có mạng</h1>');
  write('pagefind/pagefind-entry.json', '{"version":"1"}');
  write('pagefind/pagefind-ui.js', '// another UI, not loaded by the site');
  write(
    'sitemap-0.xml',
    '<urlset><url><loc>https://x.vn/</loc></url><url><loc>https://x.vn/co-quan/so-tai-chinh/</loc></url></urlset>',
  );

  let before: Map<string, string>;
  // Workbox bundles the worker with Rollup: build it once for both tests.
  beforeAll(() => {
    before = precache();
  });

  it('precaches the home page, the full text and the offline page, not every page nor the index', () => {
    expect([...before.keys()].sort()).toEqual([
      'index.html',
      'ke-hoach/510-qd-ubnd/index.html',
      'ngoai-tuyen/index.html',
    ]);
  });

  it('lists for "save every page" the sitemap pages and the search files, with their size', () => {
    const list = JSON.parse(readFileSync(join(dir, 'ngoai-tuyen.json'), 'utf8'));
    const bytes = ['index.html', 'co-quan/so-tai-chinh/index.html', 'pagefind/pagefind-entry.json']
      .map((f) => Buffer.byteLength(readFileSync(join(dir, f))))
      .reduce((a, b) => a + b, 0);
    expect(list).toEqual({
      pages: ['/', '/co-quan/so-tai-chinh/'],
      search: ['/pagefind/pagefind-entry.json'],
      bytes,
    });
  });

  it('gives a changed file a new revision and leaves the others alone', () => {
    write('ke-hoach/510-qd-ubnd/index.html', '<p>Toàn văn, bản mới</p>');
    const after = precache();
    expect(after.get('ke-hoach/510-qd-ubnd/index.html')).not.toBe(
      before.get('ke-hoach/510-qd-ubnd/index.html'),
    );
    expect(after.get('index.html')).toBe(before.get('index.html'));
    expect(after.get('ngoai-tuyen/index.html')).toBe(before.get('ngoai-tuyen/index.html'));
  });
});
