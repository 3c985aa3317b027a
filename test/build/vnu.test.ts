/**
 * Every built page passes the Nu Html Checker (vnu-jar, the W3C validator), beside html-validate:
 * the two catch different mistakes (vnu caught a <script> after </html> on /tim-kiem/). One run of
 * the checker for both builds, since starting Java is most of its time. Errors only: vnu's
 * warnings are advice (e.g. "consider adding a lang attribute" on fragments).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, listPages, type SiteName } from '../helpers/built-site.ts';
import { root } from '../helpers/paths.ts';

const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const sites: SiteName[] = ['real', 'fixture'];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('the Nu Html Checker', () => {
  let messages: VnuMessage[] = [];
  beforeAll(() => {
    expect(existsSync(jar), `thiếu ${jar}: chạy npm ci`).toBe(true);
    const result = spawnSync(
      'java',
      [
        '-jar',
        jar,
        '--errors-only',
        '--skip-non-html',
        '--format',
        'json',
        ...sites.map((s) => distDir(s)),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.error, 'không chạy được java (cài default-jre-headless)').toBeUndefined();
    messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  }, 600_000);

  for (const site of sites) {
    it(`finds no error on any page of the ${site} build`, () => {
      const dir = distDir(site);
      expect(listPages(site).length).toBeGreaterThan(10);
      const own = messages
        .filter((m) => decodeURIComponent(new URL(m.url).pathname).startsWith(`${dir}/`))
        .map(
          (m) =>
            `${relative(dir, decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'} ${m.message}`,
        );
      expect(own.join('\n'), 'lỗi HTML theo Nu Html Checker (tệp:dòng thông báo)').toBe('');
    });
  }

  it('reports nothing outside the two builds it was given', () => {
    const dirs = sites.map((s) => `${distDir(s)}/`);
    const stray = messages.filter(
      (m) => !dirs.some((d) => decodeURIComponent(new URL(m.url).pathname).startsWith(d)),
    );
    expect(stray).toEqual([]);
  });

  it('reports a script after </html>, so a clean result means something', () => {
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '-'], {
      input:
        '<!doctype html><html lang="vi"><head><title>x</title></head><body></body></html><script src="/a.js"></script>',
      encoding: 'utf8',
    });
    const found = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
    expect(found.length).toBeGreaterThan(0);
  }, 120_000);
});
