/**
 * Internal link and fragment check of a built site, by linkinator (a maintained crawler that checks
 * fragments against the served HTML). The folder is served over HTTP the way a static host would;
 * every page given is a starting point and the crawl follows every same-site link from there, so
 * CSS `url()`s, images, scripts, the manifest and canonical links are checked too. Links to other
 * sites are never fetched: the tests run offline.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { check, LinkState } from 'linkinator';
import sirv from 'sirv';

export interface BrokenLink {
  /** The page (or stylesheet) that holds the link, as a URL path. */
  from: string;
  /** The link, as a URL path with its fragment. */
  link: string;
  /** Why it is broken, in Vietnamese. */
  reason: string;
}

export interface LinkReport {
  /** Distinct same-site URLs checked (fragments included). */
  checked: number;
  broken: BrokenLink[];
}

async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const handler = sirv(dir, { dev: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Không tìm thấy');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A page address without a trailing slash and without a file extension works on some hosts only
 * (by redirect) and breaks relative links; the site is built with `trailingSlash: 'always'`.
 */
function lacksTrailingSlash(pathname: string): boolean {
  const last = pathname.split('/').pop()!;
  return last !== '' && !last.includes('.');
}

/**
 * Checks every link reachable from `pages` (URL paths) in the built site at `dir`. `origin` is the
 * public address the site was built for: absolute links to it count as internal and are checked
 * against the local copy.
 */
export async function checkLinks(options: {
  dir: string;
  pages: string[];
  origin?: string | null;
}): Promise<LinkReport> {
  const { url: base, server } = await serve(options.dir);
  try {
    const under = (u: string, root: string) => u === root || u.startsWith(`${root}/`);
    const isInternal = (u: string) => under(u, base);
    const result = await check({
      path: options.pages.map((p) => `${base}${p}`),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      // The public origin is rewritten to the local server, so canonical and og:url links are
      // checked; anything else outside the site is skipped, never fetched. linkinator asks about
      // a link before rewriting it, hence the origin in the skip rule.
      urlRewriteExpressions: options.origin
        ? [{ pattern: new RegExp(`^${escapeRegExp(options.origin)}(?=/|$)`), replacement: base }]
        : [],
      linksToSkip: (link) =>
        Promise.resolve(!isInternal(link) && !(options.origin && under(link, options.origin))),
    });
    const rel = (u: string | undefined) => (u && isInternal(u) ? u.slice(base.length) || '/' : u);
    const broken: BrokenLink[] = [];
    const seen = new Set<string>();
    for (const l of result.links) {
      if (l.state === LinkState.SKIPPED) continue;
      let reason: string | null = null;
      if (l.state === LinkState.BROKEN) {
        const fragment = l.failureDetails
          ?.map((d) => (d instanceof Error ? d.message : ''))
          .find((m) => m.startsWith('Fragment identifier'));
        reason = fragment
          ? `không có phần tử mang id "${decodeURIComponent(new URL(l.url).hash.slice(1))}" trên trang đích`
          : l.status
            ? `máy chủ trả về ${l.status}: không có tệp này trong bản dựng`
            : 'không tải được';
      } else if (isInternal(l.url) && l.parent && lacksTrailingSlash(new URL(l.url).pathname)) {
        reason = 'địa chỉ trang thiếu dấu "/" ở cuối (trang dựng với trailingSlash: always)';
      }
      if (!reason) continue;
      const entry = { from: rel(l.parent) ?? '(điểm bắt đầu)', link: rel(l.url)!, reason };
      const key = `${entry.from} ${entry.link}`;
      if (!seen.has(key)) {
        seen.add(key);
        broken.push(entry);
      }
    }
    const checked = new Set(
      result.links.filter((l) => l.state !== LinkState.SKIPPED).map((l) => l.url),
    ).size;
    return { checked, broken };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * One line per broken target, with the pages that link to it: a broken menu entry shows up once,
 * not once per page.
 */
export function describeBroken(broken: BrokenLink[]): string {
  const byTarget = new Map<string, { reason: string; from: string[] }>();
  for (const b of broken) {
    const entry = byTarget.get(b.link) ?? { reason: b.reason, from: [] };
    entry.from.push(b.from);
    byTarget.set(b.link, entry);
  }
  return [...byTarget]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([link, { reason, from }]) => {
      const shown = from.slice(0, 3).join(', ');
      const more = from.length > 3 ? ` và ${from.length - 3} trang khác` : '';
      return `${link}: ${reason} (liên kết từ ${shown}${more})`;
    })
    .join('\n');
}
