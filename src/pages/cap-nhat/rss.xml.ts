/**
 * `/cap-nhat/rss.xml`: the changes since the plans, latest effective date first, as the columns'
 * feed is made. Each item links to its entry on /cap-nhat/ and names its instrument and sources.
 */
import type { APIContext } from 'astro';
import { feedResponse } from '../../lib/feed.ts';
import { getSiteData } from '../../data/site-data.ts';
import { changeKindLabel, checkedOn } from '../../lib/changes.ts';
import { formatDate } from '../../lib/format.ts';
import { issuedOnText } from '../../lib/instruments.ts';
import { changeHref } from '../../lib/routes.ts';

export async function GET(context: APIContext) {
  const { changes } = await getSiteData();
  return feedResponse(context.site, {
    title: 'Cập nhật từ khi ban hành – Kinh tế tập thể',
    description:
      'Những thay đổi sau khi kế hoạch ban hành (thông tin ngoài kế hoạch): cơ quan hợp nhất, tỉnh hợp nhất, văn bản được thay thế hay sửa đổi, kèm nguồn.',
    items: changes.map((c) => ({
      title: `${formatDate(c.effectiveFrom)}: ${c.title}`,
      link: changeHref(c.id),
      pubDate: new Date(`${c.effectiveFrom}T00:00:00+07:00`),
      description: `Thông tin ngoài kế hoạch. ${c.summary} Căn cứ: ${c.instrument.title} (${c.instrument.issuer}, ${issuedOnText(c.instrument)}). Nguồn: ${c.sources.map((s) => s.url).join(' ; ')} (tính đến ${formatDate(checkedOn(c))}).`,
      categories: [changeKindLabel(c.kind)],
    })),
  });
}
