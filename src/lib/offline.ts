/** Helpers for offline reading, shared by the search page's script and the tests. */

/** The same-site page paths listed in a sitemap (`<loc>` entries), in order, without duplicates. */
export function pagePathsFromSitemap(xml: string): string[] {
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!.trim()).pathname,
  );
  return [...new Set(paths)];
}
