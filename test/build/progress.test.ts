/**
 * Progress since the plan, as built: the targets page (latest figure, chart with its text
 * equivalent, the area rule), the home page's progress line, the task status and its filter pages
 * (plain static pages, no JavaScript), the timeline and its feed, the open-data files checked
 * against their own JSON Schemas, and builds that fail on a report without a source or a quote.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, readPage, scriptsBesidesWorker } from '../helpers/built-site.ts';
import { buildFixtureCopy } from '../helpers/build-with.ts';

const page = (site: 'real' | 'fixture', path: string): HTMLElement => parse(readPage(site, path));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');
const FIXTURE_TARGET = '#muc-tieu-2030-thanh-lap-moi';

describe('the targets page of the fixture site', () => {
  const target = page('fixture', '/muc-tieu/').querySelector(FIXTURE_TARGET)!;

  it('shows the latest figure of the plan’s area with its year, never the other area’s', () => {
    const progress = text(target.querySelector('.progress'));
    expect(progress).toContain('Số liệu mới nhất: 4 hợp tác xã (06/2025');
    expect(progress).toContain('tỉnh Bình Định cũ');
    expect(progress).not.toContain('777');
    expect(progress).toContain('3 − 4 = -1 hợp tác xã');
  });

  it('draws a chart of the plan’s area only, with a text equivalent of every bar', () => {
    const svg = target.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const desc = text(svg.querySelector('desc'));
    expect(desc).toContain('Năm 2024: 2 hợp tác xã.');
    expect(desc).toContain('Năm 2025: 4 hợp tác xã.');
    expect(svg.toString()).not.toContain('777');
    const rows = target
      .querySelectorAll('.chart-table tbody tr')
      .map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
    expect(rows).toEqual([
      ['2024', '2 hợp tác xã'],
      ['2025', '4 hợp tác xã'],
    ]);
  });

  it('keeps a figure of another area, flagged, apart from the progress', () => {
    const other = target.querySelector('.other-area')!;
    expect(text(other)).toContain('không tính là tiến độ');
    expect(text(other.querySelector('li[data-area="gia-lai-moi"]'))).toContain('777 hợp tác xã');
    expect(text(target.querySelector('.outside-fact'))).not.toContain('777');
  });

  it('gives each figure its quote and its source with the day it was checked', () => {
    const figures = text(target.querySelector('.outside-fact'));
    expect(figures).toContain('Năm 2024 huyện Mẫu thành lập mới 2 hợp tác xã (câu mẫu).');
    expect(figures).toContain('kiểm tra ngày 01/12/2026');
  });
});

describe('the home page’s progress line', () => {
  it('links to the targets page with the count of targets that have data', () => {
    const link = page('fixture', '/').querySelector('.progress-line a[href="/muc-tieu/#tien-do"]');
    expect(text(link)).toContain('1 trên 1 mục tiêu có số liệu');
  });
});

describe('the real targets page', () => {
  const html = page('real', '/muc-tieu/');

  it('never counts the merged province’s figure as progress on a target of old Bình Định', () => {
    const cnc = html.querySelector('#muc-tieu-2030-htx-ung-dung-cong-nghe-cao')!;
    expect(text(cnc.querySelector('.progress'))).toContain('Số liệu mới nhất: 19 hợp tác xã');
    expect(text(cnc.querySelector('.progress'))).toContain('80 − 19 = 61 hợp tác xã');
    expect(text(cnc.querySelector('svg desc'))).not.toContain('79');
    expect(text(cnc.querySelector('.other-area'))).toContain('79 hợp tác xã');
  });

  it('says "chưa có số liệu" for a target without any figure', () => {
    const tk = html.querySelector('#muc-tieu-2030-htx-tot-kha')!;
    expect(tk.querySelector('.progress')?.getAttribute('data-progress')).toBe('chua-co-so-lieu');
    expect(text(tk.querySelector('.progress'))).toContain('chưa có số liệu');
  });
});

describe('task status', () => {
  it('shows the evidence on the task page, an inference labelled with its reason', () => {
    const status = page('fixture', '/nhiem-vu/phat-trien-hop-tac-xa/');
    const section = text(status.querySelector('.task-status'));
    expect(section).toContain('Lớp tập huấn mẫu cho hợp tác xã');
    expect(section).toContain('Suy luận biên tập');
    expect(section).toContain('lý do mẫu');
  });

  it('says "chưa có thông tin" with the day the site last checked', () => {
    const none = page('fixture', '/nhiem-vu/tuyen-truyen-hop-tac-xa/');
    expect(text(none.querySelector('.task-status'))).toContain(
      'chưa có thông tin (rà soát lần cuối ngày 01/12/2026)',
    );
  });

  it('shows the status on the agency pages too', () => {
    const agency = page('fixture', '/co-quan/cac-phong-chuyen-mon/');
    expect(text(agency.querySelector('#tinh-hinh-thuc-hien'))).toBe('Tình hình thực hiện');
    expect(agency.querySelector('.status-list [data-status="co-thong-tin"]')).not.toBeNull();
  });
});

describe('the register’s status filter, without JavaScript', () => {
  const tasksOn = (path: string) =>
    page('fixture', path)
      .querySelectorAll('.task-table a[href^="/nhiem-vu/"]')
      .map((a) => a.getAttribute('href'));

  it('is a plain link from the register to a static page for each status', () => {
    const nav = page('fixture', '/nhiem-vu/').querySelector('#loc-tinh-hinh-ds')!;
    const links = nav.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/nhiem-vu/tinh-hinh/co-thong-tin/',
      '/nhiem-vu/tinh-hinh/chua-co-thong-tin/',
    ]);
    expect(text(nav)).toContain('Có thông tin (1)');
    // The fixture's four tasks, one with evidence (the second plan's task has none).
    expect(text(nav)).toContain('Chưa có thông tin (3)');
  });

  it('lists, in the built HTML with no script, the tasks of each status and no others', () => {
    for (const path of [
      '/nhiem-vu/tinh-hinh/co-thong-tin/',
      '/nhiem-vu/tinh-hinh/chua-co-thong-tin/',
    ]) {
      // Only the service worker's registration, which every page carries.
      expect(
        scriptsBesidesWorker(parse(readPage('fixture', path)).querySelectorAll('script')),
      ).toHaveLength(0);
    }
    expect(tasksOn('/nhiem-vu/tinh-hinh/co-thong-tin/')).toEqual([
      '/nhiem-vu/phat-trien-hop-tac-xa/',
    ]);
    const none = tasksOn('/nhiem-vu/tinh-hinh/chua-co-thong-tin/');
    expect(none).toHaveLength(3);
    expect(none).not.toContain('/nhiem-vu/phat-trien-hop-tac-xa/');
  });
});

describe('the timeline', () => {
  const html = page('fixture', '/dong-thoi-gian/');
  const items = html.querySelectorAll('.timeline li');

  it('lists the plan, the figures and the evidence in date order, each linked', () => {
    const kinds = new Set(items.map((li) => li.getAttribute('data-kind')));
    expect([...kinds].sort()).toEqual(['ke-hoach', 'so-lieu', 'tinh-hinh']);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    for (const li of items) expect(li.querySelector('a')?.getAttribute('href')).toMatch(/^\//);
  });

  it('puts the documents the real plan rests on before it, on the dates the text gives', () => {
    const real = page('real', '/dong-thoi-gian/').querySelectorAll('.timeline li');
    const at = (href: string) => real.findIndex((li) => li.querySelector(`a[href="${href}"]`));
    const plan = at('/ke-hoach/510-qd-ubnd/');
    expect(at('/van-ban/52-kh-tu/')).toBeGreaterThanOrEqual(0);
    expect(at('/van-ban/52-kh-tu/')).toBeLessThan(plan);
    expect(real[at('/van-ban/52-kh-tu/')].querySelector('time')!.getAttribute('datetime')).toBe(
      '2023-01-06',
    );
    expect(at('/tinh-hinh-thuc-hien/#su-kien-ke-hoach-141-kh-ubnd-2024')).toBeGreaterThan(plan);
  });

  it('has a feed of its entries, newest first', () => {
    const feed = readFileSync(join(distDir('fixture'), 'dong-thoi-gian', 'rss.xml'), 'utf8');
    const titles = [...feed.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(items.length);
    expect(feed).toContain('/tinh-hinh-thuc-hien/#su-kien-lop-tap-huan-mau-2025');
  });
});

describe('the open data of progress', () => {
  const file = (name: string) => readFileSync(join(distDir('fixture'), 'du-lieu', name), 'utf8');

  for (const name of ['so-lieu', 'tinh-hinh']) {
    it(`publishes ${name}.json valid against ${name}.schema.json, with version and build date`, () => {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      // zod writes `format: "uri"` for a URL; checked here with the platform's own URL parser.
      ajv.addFormat('uri', (value: string) => URL.canParse(value));
      const validate = ajv.compile(JSON.parse(file(`${name}.schema.json`)) as object);
      const data = JSON.parse(file(`${name}.json`)) as {
        datasetVersion: string;
        builtOn: string;
        records: { id: string }[];
      };
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data.datasetVersion).toBe('1.1.0');
      expect(data.builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.records.length).toBeGreaterThan(0);
      // A broken record must fail the same schema, or the check above proves nothing.
      const broken = { ...data, records: [{ ...data.records[0], sources: [] }] };
      expect(validate(broken)).toBe(false);
      const rows = parseCsv<Record<string, string>>(file(`${name}.csv`), {
        columns: true,
        bom: true,
      });
      expect(rows.map((r) => r.id)).toEqual(data.records.map((r) => r.id));
      for (const r of rows) {
        expect(r.dataset_version).toBe(data.datasetVersion);
        expect(r.built_on).toBe(data.builtOn);
      }
      expect(JSON.parse(file(`${name}.schema.json`)).version).toBe('1.1.0');
    });
  }

  it('flags a figure of another area as not counted as progress', () => {
    const data = JSON.parse(file('so-lieu.json')) as {
      records: { area: string; countsAsProgress: boolean }[];
    };
    for (const r of data.records) expect(r.countsAsProgress).toBe(r.area === 'binh-dinh-cu');
  });

  it('keeps a dated list of what changed, entry by entry, on /du-lieu/', () => {
    const changes = page('fixture', '/du-lieu/').querySelector('#thay-doi-du-lieu')!.parentNode!;
    const headings = changes.querySelectorAll('h3').map(text);
    expect(headings).toEqual([
      'Phiên bản 1.1.0, ngày 01/12/2026',
      'Phiên bản 1.0.0, ngày 01/11/2026',
    ]);
    expect(text(changes)).toContain('Thêm · Tình hình thực hiện · lop-tap-huan-mau-2025');
  });
});

describe('building from a broken report', () => {
  const work = mkdtempSync(join(tmpdir(), 'progress-build-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const REPORT = '2030-thanh-lap-moi-2024.yaml';

  it('fails on a report without a source, naming the file and the field', () => {
    const built = buildFixtureCopy(join(work, 'no-source'), (content) => {
      const f = join(content, 'reports', REPORT);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^sources:\n(?: {2}.*\n)+/m, ''));
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('2030-thanh-lap-moi-2024');
    expect(built.output).toMatch(/sources\W+chưa điền \(trường bắt buộc\)/);
  });

  it('fails on a report without a quote, in Vietnamese', () => {
    const built = buildFixtureCopy(join(work, 'no-quote'), (content) => {
      const f = join(content, 'reports', REPORT);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^quote: .*\n/m, ''));
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('2030-thanh-lap-moi-2024');
    expect(built.output).toMatch(/quote\W+thiếu câu trích nguyên văn từ nguồn/);
  });

  it('fails on evidence that names a task that does not exist', () => {
    const built = buildFixtureCopy(join(work, 'dangling-task'), (content) => {
      const f = join(content, 'evidence', 'lop-tap-huan-mau-2025.yaml');
      writeFileSync(
        f,
        readFileSync(f, 'utf8').replace('task: phat-trien-hop-tac-xa', 'task: khong-co'),
      );
      unlinkSync(join(content, 'evidence', 'hoi-cho-mau-2025.yaml'));
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('lop-tap-huan-mau-2025');
    expect(built.output).toContain('không có nhiệm vụ mã "khong-co"');
  });
});
