import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from '../helpers/built-site.ts';
import { buildWithMistake } from '../helpers/failing-build.ts';

const main = (html: string): HTMLElement => parse(html).querySelector('main')!;
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const readDist = (site: 'real' | 'fixture', path: string) =>
  readFileSync(join(distDir(site), path), 'utf8');
/** An iCalendar file with its folded lines joined back (RFC 5545, 3.1). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('the page of a body that no longer exists', () => {
  const page = main(readPage('fixture', '/co-quan/phong-tai-chinh-ke-hoach/'));
  const notice = page.querySelector('#nay-la');

  it('says so at the top: since when, what holds its work now, by which instrument', () => {
    expect(notice, 'the notice').not.toBeNull();
    // Right after the title, before the plan's own information.
    expect(page.querySelector('h1')!.nextElementSibling).toBe(notice);
    const words = text(notice);
    expect(words).toContain('Thông tin ngoài kế hoạch');
    expect(words).toContain(
      'Phòng Tài chính - Kế hoạch huyện Mẫu không còn hoạt động từ ngày 01/03/2025.',
    );
    expect(words).toContain('nay do Phòng Kinh tế xã Mẫu Sơn đảm nhận');
    expect(words).toContain(
      'Phòng Tài chính - Kế hoạch → Phòng Kinh tế huyện Mẫu → Phòng Kinh tế xã Mẫu Sơn',
    );
    expect(words).toContain('Quyết định mẫu số 1/QĐ-UBND về hợp nhất phòng');
    expect(words).toContain('Lưu ý: Văn bản giao việc cho từng phòng của xã chưa tìm thấy.');
  });

  it('links the successor and the sources, with the date they were checked', () => {
    const links = notice!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/co-quan/phong-kinh-te-xa-mau-son/');
    expect(links).toContain('https://example.org/mau/hop-nhat-phong');
    expect(links).toContain('https://example.org/mau/ket-thuc-huyen');
    expect(text(notice)).toContain('tính đến 01/12/2026');
    expect(notice!.tagName).toBe('ASIDE');
  });

  it('is absent from the page of a body that still exists', () => {
    expect(
      main(readPage('fixture', '/co-quan/phong-van-hoa/')).querySelector('#nay-la'),
    ).toBeNull();
  });

  it('is on the real Sở Kế hoạch và Đầu tư page, pointing to Sở Tài chính tỉnh Gia Lai', () => {
    const real = main(readPage('real', '/co-quan/so-ke-hoach-va-dau-tu/')).querySelector('#nay-la');
    expect(text(real)).toContain('Sở Kế hoạch và Đầu tư không còn hoạt động từ ngày 20/02/2025.');
    expect(text(real)).toContain(
      'Sở Kế hoạch và Đầu tư → Sở Tài chính → Sở Tài chính tỉnh Gia Lai',
    );
    expect(real!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/co-quan/so-tai-chinh-tinh-gia-lai/',
    );
  });
});

describe('the page of a successor', () => {
  const page = main(readPage('fixture', '/co-quan/phong-kinh-te-xa-mau-son/'));

  it('lists the duties it takes over, labelled as an inference with its reason and deadline', () => {
    const section = page.querySelector('#tiep-nhan')!.parentNode!;
    const words = text(section);
    expect(words).toContain('Suy luận biên tập');
    expect(words).toContain('Báo cáo kết quả trước ngày 10/12 hằng năm');
    expect(words).toContain('Chủ trì (tiếp nhận từ Phòng Tài chính - Kế hoạch)');
    expect(words).toContain('Thời hạn theo kế hoạch: Trước ngày 10/12 hằng năm');
    expect(words).toContain('Vì sao: Kế hoạch giao Phòng Tài chính - Kế hoạch vai trò “chủ trì”');
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/nhiem-vu/bao-cao-ket-qua-hang-nam/',
    );
  });

  it('says the plan does not name it, and whose work it holds', () => {
    const box = page.querySelector('#ke-nhiem');
    expect(text(box)).toContain('Quyết định 12/QĐ-UBND không nêu tên Phòng Kinh tế xã Mẫu Sơn');
    expect(box!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/co-quan/phong-tai-chinh-ke-hoach/',
    );
  });

  it('on the real site, gives Sở Tài chính tỉnh Gia Lai the yearly report due before 15/12', () => {
    const real = main(readPage('real', '/co-quan/so-tai-chinh-tinh-gia-lai/'));
    const words = text(real.querySelector('#tiep-nhan')!.parentNode);
    expect(words).toContain('tiếp nhận từ Sở Kế hoạch và Đầu tư');
    expect(text(real)).toMatch(
      /Trước ngày 15\/12 hằng năm \(hạn gần nhất: trước ngày 15\/12\/\d{4}\)/,
    );
  });
});

describe('the iCalendar feeds', () => {
  it('carry the duties a successor took over, from the day it took them over', () => {
    const ics = unfold(readDist('fixture', 'co-quan/phong-kinh-te-xa-mau-son.ics'));
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toContain('SUMMARY:Báo cáo kết quả trước ngày 10/12 hằng năm');
    expect(event).toContain('RRULE:FREQ=YEARLY');
    // Taken over on 01/07/2025: the first yearly event is 09/12/2025, not 2024.
    expect(event).toContain('DTSTART;VALUE=DATE:20251209');
    expect(event).toContain('Tiếp nhận qua sắp xếp bộ máy (suy luận biên tập');
  });

  it('tell, in the feed of a body that no longer exists, where its duties went', () => {
    const ics = unfold(readDist('fixture', 'co-quan/phong-tai-chinh-ke-hoach.ics'));
    expect(ics).toContain(
      'Thông tin ngoài kế hoạch: từ 01/07/2025\\, công việc của Phòng Tài chính - Kế hoạch huyện Mẫu do Phòng Kinh tế xã Mẫu Sơn đảm nhận',
    );
    expect(ics).toContain('/co-quan/phong-kinh-te-xa-mau-son.ics');
  });
});

describe('today’s holder beside the plan’s', () => {
  it('shows in the task register, marked as an outside fact', () => {
    const row = main(readPage('fixture', '/nhiem-vu/'))
      .querySelectorAll('tr')
      .find((tr) => text(tr).includes('Báo cáo kết quả trước ngày 10/12'));
    const today = row!.querySelector('.agency-today')!;
    expect(text(today)).toContain('Nay');
    expect(text(today)).toContain('theo thông tin ngoài kế hoạch');
    expect(today.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/cap-nhat/#thay-doi-2025-07-01-ket-thuc-huyen-mau',
      '/co-quan/phong-kinh-te-xa-mau-son/',
    ]);
  });

  it('shows on the task page, with the sources, apart from the plan’s quote', () => {
    const page = main(readPage('fixture', '/nhiem-vu/bao-cao-ket-qua-hang-nam/'));
    const box = page.querySelector('#hom-nay')!;
    expect(text(box)).toContain(
      'Phòng Tài chính - Kế hoạch huyện Mẫu (chủ trì theo kế hoạch) → nay',
    );
    expect(text(box)).toContain('tính đến 01/12/2026');
    expect(box.querySelector('blockquote')).toBeNull();
  });

  it('names today’s body in the real “Hỏi ở đâu” of the credit policy, beside the plan’s', () => {
    const page = main(readPage('real', '/chinh-sach/tin-dung/'));
    const box = page.querySelector('#hoi-o-dau-hom-nay');
    expect(text(box)).toContain('Thông tin ngoài kế hoạch');
    expect(text(box)).toMatch(/\(theo kế hoạch\) → nay/);
  });
});

describe('the changes since the plan', () => {
  it('are listed by date on /cap-nhat/, latest first, each with sources and checked date', () => {
    const page = main(readPage('fixture', '/cap-nhat/'));
    const entries = page.querySelectorAll('section.change');
    expect(entries.map((e) => e.id)).toEqual([
      'thay-doi-2025-07-01-ket-thuc-huyen-mau',
      'thay-doi-2025-03-01-hop-nhat-phong-mau',
    ]);
    expect(text(entries[0])).toContain('01/07/2025');
    expect(text(entries[0])).toContain('kiểm tra ngày 01/12/2026');
    expect(
      entries[0].querySelector('a[href="https://example.org/mau/ket-thuc-huyen"]'),
    ).not.toBeNull();
  });

  it('have a feed', () => {
    const rss = readDist('fixture', 'cap-nhat/rss.xml');
    const items = rss.split('<item>').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('/cap-nhat/#thay-doi-2025-07-01-ket-thuc-huyen-mau');
    expect(items[0]).toContain('Thông tin ngoài kế hoạch.');
  });

  it('sit on the home page and the full text in a “Từ khi ban hành” panel, outside the text', () => {
    for (const path of ['/', '/ke-hoach/510-qd-ubnd/']) {
      const page = main(readPage('real', path));
      const panel = page.querySelector('#tu-khi-ban-hanh')!.parentNode!;
      const words = text(panel);
      expect(words, path).toContain('Thông tin ngoài kế hoạch');
      expect(words, path).toContain('Tỉnh Bình Định và tỉnh Gia Lai hợp nhất thành tỉnh Gia Lai');
      expect(words, path).toContain('Kết thúc hoạt động của cấp huyện');
      expect(words, path).toContain('Luật Hợp tác xã năm 2023 thay thế Luật Hợp tác xã năm 2012');
      expect(words, path).toContain(
        'Chưa tìm thấy văn bản nào thay thế hoặc tiếp nối Quyết định này',
      );
      expect(words, path).toContain('tính đến 01/12/2026');
      expect(panel.closest('.plan-text'), path).toBeNull();
    }
  });

  it('are open data, with agencies’ successors', () => {
    const changes = (
      JSON.parse(readDist('real', 'du-lieu/thay-doi.json')) as { records: { id: string }[] }
    ).records;
    expect(changes.map((c) => c.id)).toContain('2025-07-01-hop-nhat-tinh-gia-lai');
    const csv = parseCsv(readDist('real', 'du-lieu/thay-doi.csv'), { columns: true, bom: true });
    expect(csv).toHaveLength(changes.length);
    const schema = JSON.parse(readDist('real', 'du-lieu/thay-doi.schema.json')) as {
      properties: { records: { items: { required: string[] } } };
    };
    expect(schema.properties.records.items.required).toEqual(
      expect.arrayContaining(['sources', 'instrument']),
    );
    const agencies = (
      JSON.parse(readDist('real', 'du-lieu/co-quan.json')) as {
        records: { id: string; successors: { agency: string; change: string }[] }[];
      }
    ).records;
    expect(agencies.find((a) => a.id === 'so-ke-hoach-va-dau-tu')!.successors).toEqual([
      { agency: 'so-tai-chinh', change: '2025-02-20-so-nganh-binh-dinh' },
    ]);
  });
});

describe('documents that changed', () => {
  it('show the new law replacing the old one, as an outside fact, in the list and the JSON-LD', () => {
    const html = readPage('real', '/van-ban/17-2023-qh15/');
    const page = main(html);
    const relation = page.querySelector('.relation-thay-the')!;
    expect(text(relation)).toContain('Ngoài kế hoạch');
    expect(text(relation)).toContain('Thay thế');
    expect(relation.querySelector('a[href="/van-ban/23-2012-qh13/"]')).not.toBeNull();
    expect(
      relation.querySelector('a[href="/cap-nhat/#thay-doi-2024-07-01-luat-hop-tac-xa-2023"]'),
    ).not.toBeNull();
    const ld = JSON.parse(
      parse(html).querySelector('script[type="application/ld+json"]')!.textContent,
    ) as { legislationRepeals: { '@id': string }[] };
    expect(ld.legislationRepeals.map((r) => r['@id'])).toEqual([
      expect.stringMatching(/\/van-ban\/23-2012-qh13\/$/),
    ]);
  });

  it('show the 2025 decree on the page of the decree it amends, never as the plan’s words', () => {
    const page = main(readPage('real', '/van-ban/55-2015-nd-cp/'));
    expect(text(page.querySelector('#thay-doi'))).toContain('Nghị định số 156/2025/NĐ-CP');
    expect(text(page.querySelector('.doc-status'))).not.toContain('156/2025');
    expect(page.querySelector('a[href="/van-ban/156-2025-nd-cp/"]')).not.toBeNull();
  });
});

describe('the build', () => {
  it('fails on a change without a source, naming the file and the field', () => {
    const { status, output } = buildWithMistake((content) => {
      const file = join(content, 'changes/2025-03-01-hop-nhat-phong-mau.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/sources:\n(?: {2}.*\n)+/, ''));
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain('2025-03-01-hop-nhat-phong-mau');
    expect(output).toContain('sources');
    expect(output).toContain('chưa điền (trường bắt buộc)');
  });

  it('fails on a succession cycle, naming the file and the chain', () => {
    const { status, output } = buildWithMistake((content) => {
      writeFileSync(
        join(content, 'agencies/phong-kinh-te-xa-mau-son.yaml'),
        `${readFileSync(join(content, 'agencies/phong-kinh-te-xa-mau-son.yaml'), 'utf8')}` +
          'successors:\n  - agency: phong-tai-chinh-ke-hoach\n    change: 2025-07-01-ket-thuc-huyen-mau\n',
      );
      const change = join(content, 'changes/2025-07-01-ket-thuc-huyen-mau.yaml');
      writeFileSync(
        change,
        readFileSync(change, 'utf8').replace(
          'agencies: [phong-kinh-te-huyen-mau, ubnd-huyen-mau]',
          'agencies: [phong-kinh-te-huyen-mau, ubnd-huyen-mau, phong-kinh-te-xa-mau-son]',
        ),
      );
    });
    expect(status, output).not.toBe(0);
    // The cycle is reported once, at whichever of its bodies the build reads first.
    const bodies = 'phong-tai-chinh-ke-hoach|phong-kinh-te-huyen-mau|phong-kinh-te-xa-mau-son';
    expect(output).toMatch(new RegExp(`agencies/(${bodies})\\.yaml:`));
    const [line] = /trường "successors": chuỗi cơ quan kế nhiệm quay vòng: .*/.exec(output) ?? [''];
    for (const id of bodies.split('|')) expect(line).toContain(id);
  });
});

describe('a change to the rule a target is measured by', () => {
  const entryId = 'thay-doi-2025-09-18-thong-tu-78-2025';

  it('says on /cap-nhat/ that the circular’s issue date is not checked, and links the target', () => {
    const entry = main(readPage('real', '/cap-nhat/')).querySelector(`#${entryId}`)!;
    const words = text(entry);
    expect(words).toContain('18/09/2025');
    expect(words).toContain('(Bộ Tài chính, ngày ban hành chưa kiểm được: ');
    expect(words).not.toMatch(/Bộ Tài chính, \d{2}\/\d{2}\/\d{4}/);
    expect(words).toContain('kiểm tra ngày 02/12/2026');
    expect(entry.querySelector('a[href="/muc-tieu/#muc-tieu-2030-htx-tot-kha"]')).not.toBeNull();
  });

  it('sits beside the target as an outside fact, never in its progress', () => {
    const target = main(readPage('real', '/muc-tieu/')).querySelector(
      '#muc-tieu-2030-htx-tot-kha',
    )!;
    const box = target.querySelector('aside.outside-fact')!;
    expect(text(box)).toContain('Thông tư số 78/2025/TT-BTC');
    expect(text(box)).toContain('không phải kết quả thực hiện mục tiêu');
    expect(text(box)).toContain('ngày ban hành chưa kiểm được');
    expect(text(target.querySelector('.progress'))).not.toContain('78/2025');
    // No other target names the circular.
    const others = main(readPage('real', '/muc-tieu/'))
      .querySelectorAll('article.target')
      .filter((t) => t.id !== 'muc-tieu-2030-htx-tot-kha' && text(t).includes('78/2025'));
    expect(others.map((t) => t.id)).toEqual([]);
  });

  it('shows the repeal on the old circular’s page as an outside fact, its date not checked', () => {
    const page = main(readPage('real', '/van-ban/01-2020-tt-bkhdt/'));
    expect(text(page.querySelector('#thay-doi'))).toContain('mục tiêu của kế hoạch');
    expect(page.querySelector('a[href="/van-ban/78-2025-tt-btc/"]')).not.toBeNull();
    const date = page
      .querySelectorAll('.doc-meta dt')
      .find((d) => text(d) === 'Ngày ban hành')?.nextElementSibling;
    expect(text(date)).toBe('Chưa kiểm được');
    expect(text(page.querySelector('.doc-status'))).not.toContain('78/2025');
  });
});
