/**
 * Access to a built site for build-level tests: its files, its pages and its HTTP address.
 * A missing build is an error with the command that makes it, never a silent pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { fixtureDist, realDist } from './paths.ts';

export type SiteName = 'real' | 'fixture';

export function distDir(site: SiteName): string {
  const dir = site === 'real' ? realDist : fixtureDist;
  if (!existsSync(join(dir, 'index.html'))) {
    const command = site === 'real' ? 'npm run build' : 'npm run build:fixture';
    throw new Error(
      `Chưa có bản dựng ${dir}: hãy chạy "${command}" trước (npm test tự làm việc này).`,
    );
  }
  return dir;
}

/** The HTML of a built page, by its URL path ("/ke-hoach/510-qd-ubnd/"). */
export function readPage(site: SiteName, path: string): string {
  const file = join(distDir(site), path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

/** Every HTML page of a built site, as URL paths. */
export function listPages(site: SiteName): string[] {
  const dir = distDir(site);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .map((f) => `/${relative(dir, f)}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTTP address of a built site served for this test run. */
export function siteUrl(site: SiteName): string {
  distDir(site);
  const url = inject(site === 'real' ? 'realUrl' : 'fixtureUrl');
  if (!url) throw new Error(`Bản dựng ${site} không được phục vụ qua HTTP trong lần chạy này.`);
  return url;
}

/**
 * A page's scripts other than JSON-LD data and the service-worker registration every page
 * carries (src/components/service-worker-registration.astro), among node-html-parser's elements:
 * a page said to run no script must return none.
 */
export function scriptsBesidesWorker<
  T extends { getAttribute: (name: string) => string | undefined; text: string },
>(scripts: T[]): T[] {
  return scripts.filter(
    (s) =>
      s.getAttribute('type') !== 'application/ld+json' &&
      !(s.getAttribute('src') === undefined && /\bregister\(`\/sw\.js`\)/.test(s.text)),
  );
}
