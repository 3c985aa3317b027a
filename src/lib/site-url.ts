/**
 * The site's public address, from one place: the SITE_URL variable, read by astro.config.mjs.
 * Canonical URLs, Open Graph tags, the sitemap, the feed, calendar UIDs and open-data URLs are all
 * made from Astro's `site`, which is this. A build without it would publish
 * "http://localhost:4321" in every one of them, so a build without SITE_URL stops; only the dev
 * server, which really is on localhost, falls back to it.
 */

/** The dev server's own address. */
export const DEV_SITE_URL = 'http://localhost:4321';

/** The address, or a Vietnamese explanation of why it is not usable. */
export function siteUrlFrom(value: string | undefined): { url: string } | { error: string } {
  if (!value) {
    return {
      error:
        'Chưa đặt địa chỉ công khai của trang (biến SITE_URL). Không có nó, mọi địa chỉ chuẩn (canonical), thẻ Open Graph, sitemap, RSS, lịch và dữ liệu mở sẽ trỏ tới http://localhost:4321. Hãy dựng bằng: SITE_URL=https://ten-mien-cua-trang.vn npm run build',
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `SITE_URL "${value}" không phải là một địa chỉ web đầy đủ (https://…)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `SITE_URL "${value}" phải bắt đầu bằng https://` };
  }
  return { url: url.href.replace(/\/$/, '') };
}
