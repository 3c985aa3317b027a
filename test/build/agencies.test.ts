import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { compareVi } from '../../src/lib/vietnamese.ts';
import { timeframeKinds } from '../../src/schemas/task.ts';
import { agencyRecordSchema, taskRecordSchema } from '../../src/lib/open-data.ts';
import { distDir, readPage, scriptsBesidesWorker } from '../helpers/built-site.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

const ids = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
const realAgencies = ids(`${realContent}/agencies`);
const realTasks = ids(`${realContent}/tasks`);
const readDist = (path: string) => readFileSync(join(distDir('real'), path), 'utf8');
const main = (html: string): HTMLElement => parse(html).querySelector('main')!;
const hrefs = (el: HTMLElement) => el.querySelectorAll('a').map((a) => a.getAttribute('href'));

describe('the agency index /co-quan/', () => {
  const page = main(readPage('real', '/co-quan/'));

  it('links every agency once', () => {
    const linked = hrefs(page).filter((h) => /^\/co-quan\/[a-z0-9-]+\/$/.test(h ?? ''));
    // Sorted as addresses: "so-tai-chinh/" and "so-tai-chinh-tinh-gia-lai/" order differently from their ids.
    expect([...linked].sort()).toEqual(realAgencies.map((id) => `/co-quan/${id}/`).sort());
  });

  it('groups agencies by kind, kinds and names in Vietnamese order', () => {
    const sections = page.querySelectorAll('section');
    const kinds = sections.map((s) => s.querySelector('h2')!.textContent.trim());
    expect(kinds).toEqual([...kinds].sort(compareVi));
    for (const s of sections) {
      const names = s.querySelectorAll('li > a').map((a) => a.textContent.trim());
      expect(names).toEqual([...names].sort(compareVi));
    }
  });
});

describe('an agency page', () => {
  const html = readPage('real', '/co-quan/so-ke-hoach-va-dau-tu/');
  const page = main(html);
  const section = (id: string) => page.querySelector(`section[aria-labelledby="${id}"]`)!;

  it('lists what it leads, each duty linked to its task and its source paragraph', () => {
    const leads = section('chu-tri');
    expect(hrefs(leads)).toContain('/nhiem-vu/theo-doi-don-doc-kiem-tra/');
    expect(hrefs(leads)).toContain('/ke-hoach/510-qd-ubnd/#muc-iv-2-p1');
  });

  it('lists what it inherits, naming the group it comes from', () => {
    const inherited = section('tu-nhom');
    expect(inherited.querySelector('caption')!.textContent).toContain(
      'Từ nhóm Các Sở, ban, ngành thuộc tỉnh',
    );
    expect(hrefs(inherited)).toContain('/nhiem-vu/ke-hoach-cua-nganh-dia-phuong/');
  });

  it('shows the deadline of the yearly report it receives, with the next due date', () => {
    const text = section('thoi-han').textContent.replace(/\s+/g, ' ');
    expect(text).toContain('Trước ngày 15/12 hằng năm');
    expect(text).toMatch(/hạn gần nhất: trước ngày 15\/12\/\d{4}/);
  });

  it('links the places where the text names it, Điều 3 included', () => {
    const mentions = section('van-ban-neu-ten');
    expect(hrefs(mentions)).toEqual(
      expect.arrayContaining([
        '/ke-hoach/510-qd-ubnd/#dieu-3-p1',
        '/ke-hoach/510-qd-ubnd/#muc-iv-2-p1',
      ]),
    );
    expect(mentions.querySelectorAll('mark').map((m) => m.textContent)).toContain(
      'Kế hoạch và Đầu tư',
    );
  });

  it('links its calendar, marks its name as the "co-quan" search filter, and has no script', () => {
    expect(hrefs(page)).toContain('/co-quan/so-ke-hoach-va-dau-tu.ics');
    expect(page.querySelector('h1')!.getAttribute('data-pagefind-filter')).toBe('co-quan');
    expect(page.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(scriptsBesidesWorker(parse(html).querySelectorAll('script'))).toEqual([]);
  });
});

/** Every `.ics` file of a built site, as paths inside it. */
function calendarFiles(site: 'real' | 'fixture'): string[] {
  const dir = distDir(site);
  return ['co-quan', 'ke-hoach'].flatMap((sub) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.ics'))
      .map((f) => `${sub}/${f}`),
  );
}

/** The events of an iCalendar text, unfolded, each as its lines. */
function events(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: string[][] = [];
  lines.forEach((line, i) => {
    if (line === 'BEGIN:VEVENT') found.push(lines.slice(i, lines.indexOf('END:VEVENT', i) + 1));
  });
  return found;
}

describe('agency calendars', () => {
  const withCalendar = realAgencies.filter((id) =>
    readdirSync(join(distDir('real'), 'co-quan')).includes(`${id}.ics`),
  );
  const without = realAgencies.filter((id) => !withCalendar.includes(id));

  it('exist only for agencies with a dated duty, each with at least one event', () => {
    expect(withCalendar.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const id of withCalendar) {
      const ics = readDist(`co-quan/${id}.ics`);
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n'), id).toBe(true);
      expect(events(ics).length, id).toBeGreaterThan(0);
      expect(hrefs(main(readPage('real', `/co-quan/${id}/`))), id).toContain(`/co-quan/${id}.ics`);
    }
  });

  it('are not offered where there is none: the page says the plan gives no dated duty', () => {
    for (const id of without) {
      const page = main(readPage('real', `/co-quan/${id}/`));
      expect(
        hrefs(page).filter((h) => h?.startsWith('/co-quan/') && h.endsWith('.ics')),
        id,
      ).toEqual([]);
      expect(page.textContent.replace(/\s+/g, ' '), id).toMatch(
        /Kế hoạch không giao .+ nhiệm vụ nào có ngày cụ thể/,
      );
    }
  });

  it('give a department the yearly report its group owes, before 15/12, repeating every year', () => {
    const ics = readDist('co-quan/so-tai-chinh.ics').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('UID:bao-cao-ket-qua-hang-nam.so-tai-chinh@');
    expect(ics).toContain('DTSTART;VALUE=DATE:20231214');
    expect(ics).toContain('RRULE:FREQ=YEARLY');
  });

  it('remind of every deadline two weeks before and the day before', () => {
    for (const file of calendarFiles('real')) {
      for (const event of events(readDist(file))) {
        expect(
          event.filter((l) => l.startsWith('TRIGGER')),
          file,
        ).toEqual(['TRIGGER:-PT327H', 'TRIGGER:-PT15H']);
      }
    }
  });

  it('have no line longer than 75 octets, in any built calendar of either site', () => {
    const files = [
      ...calendarFiles('real').map((f) => join(distDir('real'), f)),
      ...calendarFiles('fixture').map((f) => join(distDir('fixture'), f)),
    ];
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      // Strict decoding: a fold inside a UTF-8 sequence would throw here.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const long = text
        .split('\r\n')
        .filter((line) => Buffer.byteLength(line, 'utf8') > 75)
        .map((line) => `${Buffer.byteLength(line, 'utf8')}: ${line}`);
      expect(long, file).toEqual([]);
    }
  });
});

describe('tasks whose period has ended', () => {
  it('say so in the register and on their page, as of the build day', () => {
    // III.2.7 sets 2021–2025 for the support to cooperatives' infrastructure.
    const page = main(readPage('real', '/nhiem-vu/ho-tro-ket-cau-ha-tang-htx/'));
    expect(page.textContent).toContain('Giai đoạn đã kết thúc vào cuối năm 2025');
    const row = main(readPage('real', '/nhiem-vu/'))
      .querySelectorAll('table.task-table tbody tr')
      .find((tr) => hrefs(tr).includes('/nhiem-vu/ho-tro-ket-cau-ha-tang-htx/'))!;
    expect(row.textContent).toContain('Giai đoạn đã kết thúc');
  });
});

describe('the calendar of every deadline in the plan', () => {
  const ics = readDist('ke-hoach/510-qd-ubnd.ics');

  it('holds each dated task once, with who leads it, and is linked from the register', () => {
    const uids = events(ics).map((e) => e.find((l) => l.startsWith('UID:')));
    expect(uids).toContain(`UID:bao-cao-ket-qua-hang-nam@${new URL(siteOf(ics)).hostname}`);
    expect(new Set(uids).size).toBe(uids.length);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Chủ trì: ');
    const register = main(readPage('real', '/nhiem-vu/'));
    expect(hrefs(register)).toContain('/ke-hoach/510-qd-ubnd.ics');
    const subscribe = register.querySelector('section.calendar-subscribe')!;
    expect(
      subscribe
        .querySelectorAll('a')
        .some((a) =>
          /^webcal:\/\/[^/]+\/ke-hoach\/510-qd-ubnd\.ics$/.test(a.getAttribute('href') ?? ''),
        ),
    ).toBe(true);
  });
});

/** The site address a calendar's event links use. */
function siteOf(ics: string): string {
  return /^URL:(https?:\/\/[^/]+)/m.exec(ics.replace(/\r\n[ \t]/g, ''))![1];
}

describe('the task register', () => {
  const page = main(readPage('real', '/nhiem-vu/'));

  it('has one row per task, each linking its page', () => {
    const rows = page.querySelectorAll('table.task-table tbody tr');
    expect(rows).toHaveLength(realTasks.length);
    const linked = rows.map((r) => r.querySelector('th a')!.getAttribute('href'));
    expect([...linked].sort()).toEqual(realTasks.map((id) => `/nhiem-vu/${id}/`).sort());
  });

  it('offers filter pages by agency, policy area and timeframe as plain links', () => {
    const links = hrefs(page.querySelector('nav.task-filters')!);
    expect(links).toContain('/nhiem-vu/co-quan/so-ke-hoach-va-dau-tu/');
    expect(links).toContain('/nhiem-vu/chinh-sach/tin-dung/');
    expect(links).toContain('/nhiem-vu/thoi-han/hang-nam/');
    for (const href of links.filter((h) => h !== '/nhiem-vu/')) {
      const filtered = main(readPage('real', href!));
      expect(filtered.querySelectorAll('table.task-table tbody tr').length, href).toBeGreaterThan(
        0,
      );
    }
  });

  it('lists only the current agency on its own filter page, with the way back to all agencies', () => {
    // Listing every agency on every agency page made the site grow with the square of agencies.
    const filtered = main(readPage('real', '/nhiem-vu/co-quan/so-ke-hoach-va-dau-tu/'));
    const agencyLinks = hrefs(filtered.querySelector('#loc-co-quan-ds')!);
    expect(agencyLinks).toEqual([
      '/nhiem-vu/co-quan/so-ke-hoach-va-dau-tu/',
      '/nhiem-vu/#loc-co-quan-ds',
    ]);
    expect(hrefs(page.querySelector('#loc-co-quan-ds')!).length).toBeGreaterThan(5);
  });

  it('is offered sorted by next deadline, dated tasks first, soonest first, every task once', () => {
    const sortLinks = hrefs(page.querySelector('.register-sort')!);
    expect(sortLinks).toEqual(['/nhiem-vu/', '/nhiem-vu/theo-han/']);
    const sorted = main(readPage('real', '/nhiem-vu/theo-han/'));
    const rows = sorted.querySelectorAll('table.task-table tbody tr');
    expect(rows).toHaveLength(realTasks.length);
    const due = rows.map((r) =>
      /Hạn gần nhất: (?:trước ngày )?(\d\d)\/(\d\d)\/(\d{4})/.exec(r.textContent),
    );
    const firstUndated = due.findIndex((d) => d === null);
    expect(firstUndated).toBeGreaterThan(0);
    // Every row with a next deadline comes before every row without one, and in date order.
    expect(due.slice(firstUndated).every((d) => d === null)).toBe(true);
    const days = due.slice(0, firstUndated).map((d) => `${d![3]}-${d![2]}-${d![1]}`);
    expect(days).toEqual([...days].sort());
    // A period still running (none today) or ended comes after the dated ones.
    const ended = rows.findIndex((r) => r.textContent.includes('Giai đoạn đã kết thúc'));
    expect(ended).toBeGreaterThanOrEqual(firstUndated);
  });

  it('combines agency and timeframe without JavaScript, one page per kind the agency has', () => {
    const dir = join(distDir('real'), 'nhiem-vu/co-quan');
    const combined = readdirSync(dir).flatMap((id) => {
      try {
        return readdirSync(join(dir, id, 'thoi-han')).map((kind) => ({ id, kind }));
      } catch {
        return [];
      }
    });
    const agencyPages = readdirSync(dir).length;
    expect(combined.length).toBeGreaterThan(agencyPages);
    // Linear: at most one page per agency and kind in use, never agencies × every filter.
    expect(combined.length).toBeLessThanOrEqual(agencyPages * Object.keys(timeframeKinds).length);
    const agencyPage = main(readPage('real', '/nhiem-vu/co-quan/so-tai-chinh/'));
    const timeframeLinks = hrefs(agencyPage.querySelector('#loc-thoi-han-ds')!);
    expect(timeframeLinks).toContain('/nhiem-vu/co-quan/so-tai-chinh/thoi-han/hang-nam/');
    for (const href of timeframeLinks) {
      expect(href).toMatch(/^\/nhiem-vu\/co-quan\/so-tai-chinh\/thoi-han\/[a-z-]+\/$/);
    }
    const yearly = main(readPage('real', '/nhiem-vu/co-quan/so-tai-chinh/thoi-han/hang-nam/'));
    const rows = yearly.querySelectorAll('table.task-table tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.textContent).toMatch(/hằng năm/i);
    expect(yearly.querySelector('a[aria-current="page"]')!.getAttribute('href')).toBe(
      '/nhiem-vu/co-quan/so-tai-chinh/thoi-han/hang-nam/',
    );
    expect(yearly.querySelector('#loc-co-quan-ds a[aria-current]')!.getAttribute('href')).toBe(
      '/nhiem-vu/co-quan/so-tai-chinh/',
    );
    // From a timeframe page, each agency link keeps the timeframe.
    const byKind = main(readPage('real', '/nhiem-vu/thoi-han/hang-nam/'));
    expect(hrefs(byKind.querySelector('#loc-co-quan-ds')!)).toContain(
      '/nhiem-vu/co-quan/so-tai-chinh/thoi-han/hang-nam/',
    );
    // Pages that only narrow or re-order another stay out of the search index.
    expect(yearly.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('labels each cell, so that on a phone a card reads "Chủ trì: …"', () => {
    const cells = page.querySelectorAll('table.task-table tbody td');
    expect(cells.length).toBeGreaterThan(0);
    for (const td of cells) expect(td.getAttribute('data-label')).toBeTruthy();
  });

  it('filters by policy area to that area’s tasks only', () => {
    const filtered = main(readPage('real', '/nhiem-vu/chinh-sach/tin-dung/'));
    const policies = filtered
      .querySelectorAll('table.task-table tbody tr td:nth-child(5)')
      .map((td) => td.textContent.trim());
    expect(new Set(policies)).toEqual(new Set(['Tín dụng']));
  });
});

describe('task pages', () => {
  it('label every inference "Suy luận biên tập" and give its reason', () => {
    for (const id of realTasks) {
      const yaml = readFileSync(`${realContent}/tasks/${id}.yaml`, 'utf8');
      const page = main(readPage('real', `/nhiem-vu/${id}/`));
      if (/^basis: suy-luan$/m.test(yaml)) {
        const note = page.querySelector('.inference');
        expect(note, id).not.toBeNull();
        expect(note!.textContent).toContain('Suy luận biên tập');
        expect(note!.textContent).toContain('Lý do');
      } else {
        expect(page.querySelector('.inference'), id).toBeNull();
      }
    }
  });

  it('quote the source paragraph verbatim and link it', () => {
    const page = main(readPage('real', '/nhiem-vu/to-chuc-tin-dung-cho-vay-htx/'));
    const quote = page.querySelector('blockquote.plan-quote')!;
    expect(quote.textContent).toContain(
      'Yêu cầu các tổ chức tín dụng trên địa bàn tỉnh triển khai tốt',
    );
    expect(hrefs(quote)).toContain('/ke-hoach/510-qd-ubnd/#muc-iii-2-4-p2');
  });
});

describe('the full text', () => {
  const page = main(readPage('real', '/ke-hoach/510-qd-ubnd/'));

  it('links agency mentions, Điều 3’s bare department names to the departments', () => {
    const dieu3 = page.querySelector('#dieu-3-p1')!;
    const links = dieu3
      .querySelectorAll('a.xref-agency')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['Tài chính', '/co-quan/so-tai-chinh/']);
    expect(links).toContainEqual(['Kế hoạch và Đầu tư', '/co-quan/so-ke-hoach-va-dau-tu/']);
    const noiNhan = page.querySelector('#noi-nhan-p3')!;
    expect(noiNhan.querySelectorAll('a.xref-agency').map((a) => a.getAttribute('href'))).toEqual([
      '/co-quan/bo-ke-hoach-va-dau-tu/',
      '/co-quan/bo-tai-chinh/',
    ]);
  });
});

/** A data file: its version and build day, then its records. */
type DataFile = { datasetVersion: string; builtOn: string; records: { id: string }[] };

describe('open data /du-lieu/', () => {
  it('publishes every task and agency as JSON that matches its schema', () => {
    const taskFile = JSON.parse(readDist('du-lieu/nhiem-vu.json')) as DataFile;
    expect(taskFile.datasetVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(taskFile.builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const tasks = taskFile.records;
    expect(tasks.map((t) => t.id)).toEqual(realTasks);
    for (const t of tasks) expect(taskRecordSchema.safeParse(t).success, t.id).toBe(true);
    const agencyFile = JSON.parse(readDist('du-lieu/co-quan.json')) as DataFile;
    expect(agencyFile.datasetVersion).toBe(taskFile.datasetVersion);
    const agencies = agencyFile.records;
    expect(agencies.map((a) => a.id)).toEqual(realAgencies);
    for (const a of agencies) expect(agencyRecordSchema.safeParse(a).success, a.id).toBe(true);
  });

  it('publishes the same ids as CSV, readable by csv-parse', () => {
    const rows = parseCsv<{ id: string }>(readDist('du-lieu/nhiem-vu.csv'), {
      bom: true,
      columns: true,
    });
    expect(rows.map((r) => r.id)).toEqual(realTasks);
    const agencyRows = parseCsv<{ id: string }>(readDist('du-lieu/co-quan.csv'), {
      bom: true,
      columns: true,
    });
    expect(agencyRows.map((r) => r.id)).toEqual(realAgencies);
  });

  it('publishes the JSON Schemas and links every file from the page', () => {
    const schema = JSON.parse(readDist('du-lieu/nhiem-vu.schema.json'));
    expect(schema.properties.records.items.properties.timeframe.oneOf.length).toBeGreaterThan(3);
    const links = hrefs(main(readPage('real', '/du-lieu/')));
    for (const f of [
      'nhiem-vu.json',
      'nhiem-vu.csv',
      'nhiem-vu.schema.json',
      'co-quan.json',
      'co-quan.csv',
      'co-quan.schema.json',
    ]) {
      expect(links).toContain(`/du-lieu/${f}`);
    }
  });
});

describe('the fixture site', () => {
  it('lets a member inherit its group’s task and says from which group', () => {
    const page = main(readPage('fixture', '/co-quan/phong-van-hoa/'));
    const inherited = page.querySelector('section[aria-labelledby="tu-nhom"]')!;
    expect(inherited.querySelector('caption')!.textContent).toContain(
      'Các phòng chuyên môn thuộc UBND huyện Mẫu',
    );
    expect(hrefs(inherited)).toContain('/nhiem-vu/phat-trien-hop-tac-xa/');
  });

  it('puts a yearly duty into the calendar from the plan’s effective date', () => {
    const ics = readFileSync(
      join(distDir('fixture'), 'co-quan/phong-tai-chinh-ke-hoach.ics'),
      'utf8',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20241209');
    expect(ics).toContain('RRULE:FREQ=YEARLY');
  });

  it('builds a register of exactly the fixture tasks', () => {
    const rows = main(readPage('fixture', '/nhiem-vu/')).querySelectorAll(
      'table.task-table tbody tr',
    );
    expect(rows).toHaveLength(ids(`${fixtureContent}/tasks`).length);
  });

  it("names on paper only the plans of the agency's duties, and keeps that stamp out of search", () => {
    const text = (el: HTMLElement | null) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const stamp = (path: string) =>
      main(readPage('fixture', path)).querySelector('.agency-page > p.print-only');
    // Two plans on the site: Phòng Tài chính - Kế hoạch has duties in the first only.
    expect(text(stamp('/co-quan/phong-tai-chinh-ke-hoach/'))).toMatch(
      /^Nhiệm vụ theo Quyết định 12\/QĐ-UBND · in từ /,
    );
    // UBND xã Mẫu Sơn: its own duty in the second, and the first's it took over from the district.
    const both = stamp('/co-quan/ubnd-xa-mau-son/');
    expect(text(both)).toMatch(
      /^Nhiệm vụ theo Kế hoạch 7\/KH-UBND, Quyết định 12\/QĐ-UBND · in từ /,
    );
    expect(both!.hasAttribute('data-pagefind-ignore')).toBe(true);
    // The plan that names it is not said not to name it: only the one that named the district.
    const unnamed = text(
      main(readPage('fixture', '/co-quan/ubnd-xa-mau-son/')).querySelector('#ke-nhiem'),
    );
    expect(unnamed).toContain('Quyết định 12/QĐ-UBND không nêu tên Ủy ban nhân dân xã Mẫu Sơn');
    expect(unnamed).not.toContain('Kế hoạch 7/KH-UBND');
  });
});
