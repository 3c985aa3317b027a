import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../helpers/built-site.ts';

const main = (html: string): HTMLElement => parse(html).querySelector('main')!;
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('the contacts page of the real site', () => {
  const page = main(readPage('real', '/lien-he/'));
  const cards = page.querySelectorAll('.contact-card');

  it('lists every place from content/contacts/, each an outside fact with its sources and the day checked', () => {
    expect(cards.length).toBe(6);
    for (const card of cards) {
      const words = text(card);
      expect(words).toContain('Thông tin ngoài kế hoạch');
      expect(words).toMatch(/kiểm tra ngày \d{2}\/\d{2}\/\d{4}/);
      expect(card.querySelector('a[rel="external"]'), words).not.toBeNull();
    }
  });

  it('gives the addresses as the source does, and says a standing office is not the main seat', () => {
    const words = text(page);
    expect(words).toContain('127 Hai Bà Trưng, phường Quy Nhơn');
    expect(words).toContain('69 Hùng Vương, phường Pleiku');
    expect(words).toContain('không phải trụ sở chính');
    expect(words).toContain('Nghị định số 125/2025/NĐ-CP (Chính phủ, 11/06/2025)');
  });

  it('says what no verified source gives, instead of leaving it out silently', () => {
    expect(text(page)).toContain('Số điện thoại, thư điện tử và địa chỉ trụ sở chính');
  });

  it('is linked from the footer of every page', () => {
    const missing = listPages('real').filter(
      (path) =>
        !parse(readPage('real', path))
          .querySelectorAll('footer a')
          .some((a) => a.getAttribute('href') === '/lien-he/'),
    );
    expect(missing).toEqual([]);
  });
});

describe('contacts on the pages that send readers somewhere', () => {
  it('shows a defunct body’s page the office of the body holding its work today', () => {
    const page = main(readPage('fixture', '/co-quan/phong-tai-chinh-ke-hoach/'));
    const section = page.querySelector('section[aria-labelledby="lien-he-hom-nay"]');
    expect(text(section)).toContain('Bộ phận một cửa mẫu của Phòng Kinh tế xã Mẫu Sơn');
    expect(text(section)).toContain('Số 1 đường Mẫu, xã Mẫu Sơn');
    expect(text(section)).toContain('Lưu ý: Địa chỉ mẫu, chỉ dùng cho kiểm thử.');
  });

  it('shows a policy page, under whom to ask, the places of today’s holders', () => {
    const page = main(readPage('fixture', '/chinh-sach/nguon-nhan-luc/'));
    const ask = page.querySelector('section[aria-labelledby="hoi-o-dau"]');
    expect(text(ask?.querySelector('#hoi-o-dau-hom-nay'))).toContain(
      'Nơi tìm đến hôm nay mà nguồn đã kiểm chứng ghi ở dưới',
    );
    expect(text(ask?.querySelector('.contact-card'))).toContain('Số 1 đường Mẫu, xã Mẫu Sơn');
  });
});
