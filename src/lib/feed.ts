/**
 * The site's RSS feeds (changes, columns, timeline), made one way by @astrojs/rss: in Vietnamese,
 * addresses with a trailing slash, and the channel's link at the site's home under its base, so
 * that item links (site paths from src/lib/routes.ts) resolve under a sub-path too.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { homeHref } from './routes.ts';
import { DEV_SITE_URL } from './site-url.ts';

export interface Feed {
  title: string;
  description: string;
  items: RSSFeedItem[];
}

/** The response of a feed route; `site` is Astro's (undefined on a dev server without SITE_URL). */
export function feedResponse(site: URL | undefined, feed: Feed): Promise<Response> {
  return rss({
    ...feed,
    site: new URL(homeHref, site ?? DEV_SITE_URL).href,
    trailingSlash: true,
    customData: '<language>vi</language>',
  });
}
