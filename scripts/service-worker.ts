/**
 * Writes the service worker into a built site (`node scripts/service-worker.ts dist`), with
 * Workbox. It precaches the pages people need first and the whole search index, with a revision
 * per file, so a new build replaces exactly what changed and drops the old cache. Other pages are
 * cached as they are read, or all at once from the search page's offline section.
 */
import workboxBuild from 'workbox-build';

const dist = process.argv[2] ?? 'dist';

const { count, size, warnings } = await workboxBuild.generateSW({
  globDirectory: dist,
  // One pattern, so that a part of the site that a build lacks (no columns yet…) is no warning.
  globPatterns: [
    '{index.html,404.html,manifest.webmanifest,icon*,ke-hoach/**/index.html,tim-kiem/index.html,chinh-sach/index.html,_astro/*.{css,js},pagefind/**/*,search/*.js}',
  ],
  // The search index is loaded in pieces; a few large pieces must still be available offline.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  swDest: `${dist}/sw.js`,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  // `/tim-kiem/?q=…` is the precached search page with a query; Pagefind asks for its entry
  // file with a cache-busting `?ts=`, which must still hit the precached copy.
  ignoreURLParametersMatching: [/^q$/, /^ts$/, /^utm_/],
  runtimeCaching: [
    {
      // Pages: the network first so readers get updates; the cache when offline.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: { cacheName: 'kttt-trang', networkTimeoutSeconds: 5 },
    },
    {
      urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
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
