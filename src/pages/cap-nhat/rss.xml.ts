/**
 * `/cap-nhat/rss.xml`: the changes since the plans, latest effective date first, as the columns'
 * feed is made. Each item links to its entry on /cap-nhat/ and names its instrument and sources.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { DEV_SITE_URL } from '../../lib/site-url.ts';
import { getSiteData } from '../../data/site-data.ts';
import { changeHref, changeKindLabel, checkedOn } from '../../lib/changes.ts';
import { formatDate } from '../../lib/format.ts';

export async function GET(context: APIContext) {
  const { changes } = await getSiteData();
  return rss({
    title: 'Cập nhật từ khi ban hành – Kinh tế tập thể',
    description:
      'Những thay đổi sau khi kế hoạch ban hành (thông tin ngoài kế hoạch): cơ quan hợp nhất, tỉnh hợp nhất, văn bản được thay thế hay sửa đổi, kèm nguồn.',
    site: context.site ?? DEV_SITE_URL,
    trailingSlash: true,
    customData: '<language>vi</language>',
    items: changes.map((c) => ({
      title: `${formatDate(c.effectiveFrom)}: ${c.title}`,
      link: changeHref(c.id),
      pubDate: new Date(`${c.effectiveFrom}T00:00:00+07:00`),
      description: `Thông tin ngoài kế hoạch. ${c.summary} Căn cứ: ${c.instrument.title} (${c.instrument.issuer}, ${formatDate(c.instrument.issuedOn)}). Nguồn: ${c.sources.map((s) => s.url).join(' ; ')} (tính đến ${formatDate(checkedOn(c))}).`,
      categories: [changeKindLabel(c.kind)],
    })),
  });
}
