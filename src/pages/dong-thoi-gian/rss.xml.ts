/**
 * `/dong-thoi-gian/rss.xml`: the timeline's entries, newest first, so a reader is told of a new
 * figure, a new piece of evidence or a new document. The same sources as the timeline page.
 */
import type { APIContext } from 'astro';
import { feedResponse } from '../../lib/feed.ts';
import { getSiteData } from '../../data/site-data.ts';
import { itemDate, siteTimeline, TIMELINE_KINDS } from '../../lib/timeline.ts';

export async function GET(context: APIContext) {
  const { plans, documents, reports, targets, evidence } = await getSiteData();
  const items = siteTimeline({ plans, documents, reports, targets, evidence }).reverse();
  return feedResponse(context.site, {
    title: 'Dòng thời gian – Kinh tế tập thể',
    description:
      'Mục mới của dòng thời gian: kế hoạch, văn bản căn cứ, số liệu đã công bố và tình hình thực hiện.',
    items: items.map((item) => ({
      title: `${TIMELINE_KINDS[item.kind]}: ${item.title}`,
      link: item.href,
      pubDate: itemDate(item),
      ...(item.summary ? { description: item.summary } : {}),
      categories: [TIMELINE_KINDS[item.kind]],
    })),
  });
}
