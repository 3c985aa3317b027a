import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, fieldLabel } from '../../scripts/check-content.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { columnSchema } from '../../src/schemas/column.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

describe('npm run check:content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const column = () => join(dir, 'columns', 'tuyen-truyen-ve-hop-tac-xa-mau.mdx');
  const edit = (change: (text: string) => string) =>
    writeFileSync(column(), change(readFileSync(column(), 'utf8')));

  it('finds nothing wrong in the real content or the fixtures', () => {
    expect(checkContent(realContent).issues).toEqual([]);
    expect(checkContent(dir).issues).toEqual([]);
  });

  it('names the file and the field, in Vietnamese, when a title is missing', () => {
    edit((t) => t.replace(/^title: .*\n/m, ''));
    const { issues } = checkContent(dir);
    expect(issues).toEqual([
      {
        file: `${dir}/columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx`,
        field: 'Tiêu đề (title)',
        message: 'chưa điền tiêu đề, hoặc điền không phải là chữ',
      },
    ]);
  });

  it('names the line of a mis-indented tag that YAML would silently merge into the one above', () => {
    edit((t) => t.replace('  - đào tạo', '    - đào tạo'));
    expect(checkContent(dir).issues).toEqual([
      {
        file: `${dir}/columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx`,
        field: 'Từ khoá (tags), dòng 11',
        message:
          'dòng "- đào tạo" thụt vào 4 dấu cách, các mục ở trên thụt 2: YAML gộp nó vào mục "hợp tác xã" thành một mục; hãy để mọi dòng "- " thẳng hàng nhau',
      },
    ]);
  });

  it('reports a script, a quote of a paragraph that does not exist and a broken link together', () => {
    edit((t) =>
      t
        .replace('12-kh-mau#muc-i-1-p1', '12-kh-mau#muc-i-1-p9')
        .replace('  - phong-van-hoa', '  - phong-van-hoaa')
        .concat('\n<script>alert(1)</script>\n'),
    );
    const messages = checkContent(dir).issues.map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContain(
      'Cơ quan liên quan (agencies), mục 1: không có cơ quan nào có mã "phong-van-hoaa" (có phải ý bạn là "phong-van-hoa"?)',
    );
    expect(messages.some((m) => /^nội dung, dòng \d+: không được dùng thẻ <script>/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => m.includes('không có mục hay đoạn nào có neo "muc-i-1-p9"'))).toBe(
      true,
    );
  });

  it('explains a YAML mistake with its line', () => {
    edit((t) => t.replace("series: 'Hỏi – đáp mẫu'", "series: 'Hỏi – đáp mẫu\n\tx: y"));
    const [issue] = checkContent(dir).issues;
    expect(issue?.field).toBe('phần đầu tệp');
    expect(issue?.message).toMatch(/không đọc được phần khai báo \(YAML\)/);
  });

  it('lists unpublished columns as notes, not errors', () => {
    const { notes, issues } = checkContent(dir);
    expect(issues).toEqual([]);
    expect(notes.some((n) => n.startsWith('Bài nháp (chưa đăng):'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Bài hẹn đăng 01/01/2999:'))).toBe(true);
  });

  it('words nested fields for editors, from the schemas’ own titles', () => {
    expect(fieldLabel(['cover', 'alt'], columnSchema)).toBe(
      'Ảnh bìa (cover) › Mô tả ảnh bìa cho người không xem được ảnh (alt)',
    );
    expect(fieldLabel(['aliases', 1, 'within'], agencySchema)).toBe(
      'Cách viết trong văn bản (aliases), mục 2 › Trong các đoạn (within)',
    );
  });
});

describe('npm run check:content on progress figures and evidence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'check-progress-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const report = () => join(dir, 'reports', '2030-thanh-lap-moi-2024.yaml');
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(file, change(readFileSync(file, 'utf8')));

  it('names the file and the field, in Vietnamese, when a report has no source', () => {
    edit(report(), (t) => t.replace(/^sources:\n(?: {2}.*\n)+/m, ''));
    expect(checkContent(dir).issues).toEqual([
      {
        file: `${dir}/reports/2030-thanh-lap-moi-2024.yaml`,
        field: 'Nguồn ngoài kế hoạch (sources)',
        message: 'chưa điền (trường bắt buộc)',
      },
    ]);
  });

  it('names the file and the field when a report has no quote', () => {
    edit(report(), (t) => t.replace(/^quote: .*\n/m, ''));
    expect(checkContent(dir).issues).toEqual([
      {
        file: `${dir}/reports/2030-thanh-lap-moi-2024.yaml`,
        field: 'Trích nguyên văn từ nguồn (quote)',
        message: 'thiếu câu trích nguyên văn từ nguồn',
      },
    ]);
  });

  it('names an area outside the three, and a dataset version given twice', () => {
    edit(report(), (t) => t.replace('area: binh-dinh-cu', 'area: binh-dinh'));
    edit(join(dir, 'data-changelog', '1-1-0.yaml'), (t) =>
      t.replace('version: 1.1.0', 'version: 1.0.0'),
    );
    const issues = checkContent(dir).issues;
    expect(issues.map((i) => [i.file.replace(dir, ''), i.field])).toEqual([
      ['/reports/2030-thanh-lap-moi-2024.yaml', 'Địa bàn (area)'],
      ['/data-changelog/1-0-0.yaml', 'Phiên bản (version)'],
      ['/data-changelog/1-1-0.yaml', 'Phiên bản (version)'],
    ]);
  });
});
