/**
 * `/chuyen-muc/rss.xml`: the published columns, newest first. Drafts and scheduled columns never
 * enter the feed, not even on the development server: a feed reader would keep them.
 */
import type { APIContext } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { visibleColumns } from '../../lib/columns.ts';
import { feedResponse } from '../../lib/feed.ts';
import { columnHref } from '../../lib/routes.ts';

export async function GET(context: APIContext) {
  const { columns, site } = await getSiteData();
  const published = visibleColumns(columns, { includeUnpublished: false });
  return feedResponse(context.site, {
    title: `Chuyên mục tuyên truyền – ${site.name}`,
    description: site.columnsDescription,
    items: published.map((column) => ({
      title: column.title,
      link: columnHref(column.id),
      pubDate: column.publishDate,
      description: column.sapo,
      categories: [column.series, ...column.tags],
    })),
  });
}
