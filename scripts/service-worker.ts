/**
 * Writes the service worker into a built site (`node scripts/service-worker.ts dist`), with
 * Workbox. Every page registers it, so its first install stays small: it precaches the pages
 * people need first and the offline page, with a revision per file, so a new build replaces
 * exactly what changed and drops the old cache. Other pages and the pieces of the search index are
 * kept as they are read; the offline page (/ngoai-tuyen/) saves all of them when the reader asks,
 * from the list written here, whose size it says first. A site built under a sub-path (Astro's
 * `base`) is built with BASE_PATH set, which this script reads too: `BASE_PATH=/kttt/ npm run build`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import workboxBuild from 'workbox-build';
import { offlineList, pagePathsFromSitemap } from '../src/lib/offline.ts';
import { normalizeBase, withBase, withoutBase } from '../src/lib/routes.ts';

const dist = process.argv[2] ?? 'dist';
const base = normalizeBase(process.env.BASE_PATH);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A route of the worker for the files under one folder of the site. Workbox copies a function's
 * source into sw.js, where the base would be out of scope; a regular expression carries it.
 */
const under = (folder: string) =>
  new RegExp(`^https?://[^/]+${escapeRegExp(withBase(folder, base))}`);

// What "save every page" fetches: the sitemap's pages and the search index, with their size.
const sitemap = join(dist, 'sitemap-0.xml');
const pages = existsSync(sitemap) ? pagePathsFromSitemap(readFileSync(sitemap, 'utf8')) : [];
const searchFiles = existsSync(join(dist, 'pagefind'))
  ? readdirSync(join(dist, 'pagefind'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => withBase(relative(dist, join(e.parentPath, e.name)).split('\\').join('/'), base))
  : [];
const list = offlineList(
  pages,
  searchFiles,
  (path) => {
    const inSite = withoutBase(path, base);
    const file = join(dist, inSite.endsWith('/') ? `${inSite}index.html` : inSite);
    return existsSync(file) ? statSync(file).size : null;
  },
  base,
);
writeFileSync(join(dist, 'ngoai-tuyen.json'), JSON.stringify(list));

const { count, size, warnings } = await workboxBuild.generateSW({
  globDirectory: dist,
  // One pattern, so that a part of the site that a build lacks (no columns yet…) is no warning.
  globPatterns: [
    '{index.html,404.html,ngoai-tuyen/index.html,manifest.webmanifest,icon*,ke-hoach/**/index.html,tim-kiem/index.html,chinh-sach/index.html,_astro/*.{css,js}}',
  ],
  swDest: `${dist}/sw.js`,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  // `/tim-kiem/?q=…` is the precached search page with a query.
  ignoreURLParametersMatching: [/^q$/, /^utm_/],
  runtimeCaching: [
    {
      // Pages: the network first so readers get updates; the cache when offline, and the offline
      // page (with what is saved) for a page never read.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: 'kttt-trang',
        networkTimeoutSeconds: 5,
        precacheFallback: { fallbackURL: withBase('/ngoai-tuyen/index.html', base) },
      },
    },
    {
      // The search index, kept as searches read it (or all at once from the offline page).
      // Pagefind asks for its entry file with a cache-busting `?ts=`, ignored when offline.
      urlPattern: under('/pagefind/'),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'kttt-tim-kiem',
        networkTimeoutSeconds: 5,
        matchOptions: { ignoreSearch: true },
      },
    },
    {
      urlPattern: under('/_astro/'),
      handler: 'CacheFirst',
      options: { cacheName: 'kttt-tai-nguyen' },
    },
    {
      urlPattern: ({ request }) => request.destination === 'image',
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'kttt-hinh-anh' },
    },
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} tệp lưu sẵn, ${(size / 1024).toFixed(0)} KB`);
