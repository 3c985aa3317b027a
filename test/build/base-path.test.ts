/**
 * The site published under a sub-path (Astro's `base`, set by BASE_PATH): the fixture is built
 * with `/kttt/`, indexed and given its service worker as `npm run build` does, and put in a folder
 * `kttt/` of an otherwise empty host. Every link must then work, and none may leave the base: an
 * address written from the host's root would be a 404 on such a host.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureCopy, TEST_SITE_URL, type BuildResult } from '../helpers/build-with.ts';
import { checkLinks, describeBroken } from '../helpers/link-check.ts';
import { root } from '../helpers/paths.ts';

const BASE = '/kttt/';
const work = mkdtempSync(join(tmpdir(), 'kttt-base-'));
const host = join(work, 'host');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: BuildResult;
beforeAll(() => {
  build = buildFixtureCopy(work, () => {}, { BASE_PATH: BASE });
  if (build.status !== 0) return;
  for (const script of ['scripts/index-search.ts', 'scripts/service-worker.ts']) {
    const run = spawnSync(process.execPath, [join(root, script), build.dist], {
      cwd: root,
      env: { ...process.env, BASE_PATH: BASE },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${script}: ${run.stdout}\n${run.stderr}`);
  }
  cpSync(build.dist, join(host, BASE), { recursive: true });
}, 300_000);

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ending.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Addresses in a file that start at the host's root or the site's origin but not at the base. */
function escapes(text: string): string[] {
  const found = new Set<string>();
  // Attributes of HTML, and the JSON or XML strings of feeds, calendars, sitemaps and open data.
  const rootRelative = /(?:href|src|action|content|srcset)="(\/(?!\/)[^"]*)"/g;
  for (const m of text.matchAll(rootRelative)) {
    if (!m[1].startsWith(BASE)) found.add(m[1]);
  }
  const origin = TEST_SITE_URL.replace(/[.]/g, '\\.');
  for (const m of text.matchAll(new RegExp(`${origin}(/[^\\s"'<>)]*)?`, 'g'))) {
    const path = m[1] ?? '/';
    if (!path.startsWith(BASE)) found.add(m[0]);
  }
  return [...found];
}

describe('the site built under a sub-path', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has no broken link, crawled from the base on a host that has nothing else', async () => {
    const report = await checkLinks({ dir: host, pages: [BASE], origin: TEST_SITE_URL });
    expect(describeBroken(report.broken), 'liên kết hỏng (đích: lý do, trang có liên kết)').toBe(
      '',
    );
    // The crawl went past the home page: every page of the fixture site is reachable from it.
    expect(report.checked).toBeGreaterThan(files(build.dist, /\.html$/).length);
  });

  it('writes no address outside the base in any page, feed, calendar, sitemap or data file', () => {
    const texts = files(build.dist, /\.(html|xml|ics|json|csv|webmanifest|txt)$/).filter(
      (f) => !relative(build.dist, f).startsWith('pagefind/'),
    );
    expect(texts.length).toBeGreaterThan(30);
    const outside = texts
      .map((f) => ({ file: relative(build.dist, f), found: escapes(readFileSync(f, 'utf8')) }))
      .filter((r) => r.found.length > 0)
      .map((r) => `${r.file}: ${r.found.slice(0, 5).join(', ')}`);
    expect(outside).toEqual([]);
  });

  it('registers and routes the service worker under the base', () => {
    const pages = readFileSync(join(build.dist, 'ngoai-tuyen.json'), 'utf8');
    const list = JSON.parse(pages) as { pages: string[]; search: string[] };
    expect(list.pages.length).toBeGreaterThan(5);
    expect(list.search.length).toBeGreaterThan(3);
    expect([...list.pages, ...list.search].filter((p) => !p.startsWith(BASE))).toEqual([]);
    const sw = readFileSync(join(build.dist, 'sw.js'), 'utf8');
    expect(sw).toContain(`${BASE}ngoai-tuyen/index.html`);
    const scripts = files(join(build.dist, '_astro'), /\.js$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const pageScripts = files(build.dist, /\.html$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(`${scripts}\n${pageScripts}`).toContain(`${BASE}sw.js`);
    expect(`${scripts}\n${pageScripts}`).toContain(`${BASE}pagefind/tim-kiem/`);
  });
});

describe('the escape check of this test', () => {
  it('finds a root-relative link and an absolute one outside the base, not those under it', () => {
    expect(
      escapes(
        `<a href="/nhiem-vu/">x</a><a href="${BASE}co-quan/">y</a><link href="${TEST_SITE_URL}/icon.svg">` +
          `<loc>${TEST_SITE_URL}${BASE}van-ban/</loc><a href="//cdn.example/">z</a>`,
      ),
    ).toEqual(['/nhiem-vu/', `${TEST_SITE_URL}/icon.svg`]);
  });
});
