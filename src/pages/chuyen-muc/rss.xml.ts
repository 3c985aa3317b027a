/**
 * `/chuyen-muc/rss.xml`: the published columns, newest first. Drafts and scheduled columns never
 * enter the feed, not even on the development server: a feed reader would keep them.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { columnHref, visibleColumns } from '../../lib/columns.ts';
import { DEV_SITE_URL } from '../../lib/site-url.ts';

export async function GET(context: APIContext) {
  const { columns } = await getSiteData();
  const published = visibleColumns(columns, { includeUnpublished: false });
  return rss({
    title: 'Chuyên mục tuyên truyền – Kinh tế tập thể Bình Định',
    description:
      'Bài viết tuyên truyền Nghị quyết 20-NQ/TW, Kế hoạch 52-KH/TU và Kế hoạch triển khai theo Quyết định 510/QĐ-UBND về kinh tế tập thể, hợp tác xã tỉnh Bình Định.',
    site: context.site ?? DEV_SITE_URL,
    trailingSlash: true,
    customData: '<language>vi</language>',
    items: published.map((column) => ({
      title: column.title,
      link: columnHref(column.id),
      pubDate: column.publishDate,
      description: column.sapo,
      categories: [column.series, ...column.tags],
    })),
  });
}
