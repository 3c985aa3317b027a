/**
 * The pages a quality gate must cover. The sitemap says what the site publishes; the HTML files say
 * what was built. A gate checks the union of both, so a page left out of the sitemap (or a sitemap
 * entry with no page behind it) cannot slip through unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listPages, type SiteName } from './built-site.ts';

/** The `<loc>` values of a sitemap file, entities decoded. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) =>
    m[1]
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/**
 * URL paths ("/ke-hoach/510-qd-ubnd/") the sitemap of a built site lists, following the sitemap
 * index to its parts; null when the site has no `sitemap-index.xml`.
 */
export function sitemapPaths(site: SiteName): string[] | null {
  const dir = distDir(site);
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return null;
  const paths = locs(readFileSync(index, 'utf8')).flatMap((partUrl) => {
    const part = join(dir, decodeURI(new URL(partUrl).pathname));
    if (!existsSync(part)) {
      throw new Error(`sitemap-index.xml trỏ tới ${partUrl} nhưng không có tệp ${part}.`);
    }
    return locs(readFileSync(part, 'utf8')).map((loc) => decodeURI(new URL(loc).pathname));
  });
  return [...new Set(paths)].sort();
}

/** The HTML file a URL path is served from, or null when no such file was built. */
export function pageFile(site: SiteName, path: string): string | null {
  const rel = path.replace(/^\//, '');
  const candidates =
    path.endsWith('/') || rel === ''
      ? [join(distDir(site), rel, 'index.html')]
      : [join(distDir(site), rel), join(distDir(site), `${rel}.html`)];
  return candidates.find((f) => existsSync(f)) ?? null;
}

export interface PagesToCheck {
  /** Every page to check: the sitemap's pages and every HTML file built, as URL paths. */
  pages: string[];
  /** Pages the sitemap lists; null when there is no sitemap. */
  inSitemap: string[] | null;
  /** HTML files built, as URL paths (404.html included). */
  built: string[];
}

/** The pages of a built site that a quality gate must check. */
export function pagesToCheck(site: SiteName): PagesToCheck {
  const built = listPages(site);
  const inSitemap = sitemapPaths(site);
  const pages = [...new Set([...(inSitemap ?? []), ...built])].sort();
  return { pages, inSitemap, built };
}

/**
 * The public origin the site was built for ("http://localhost:4321"), read from the home page's
 * canonical link: absolute links to it are links to the site itself.
 */
export function siteOrigin(site: SiteName): string | null {
  const html = readFileSync(join(distDir(site), 'index.html'), 'utf8');
  const tag = html.match(/<link\b[^>]*\brel="canonical"[^>]*>/)?.[0];
  const href = tag?.match(/\bhref="([^"]+)"/)?.[1];
  return href ? new URL(href).origin : null;
}
