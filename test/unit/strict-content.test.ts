import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

/** The mistakes editors make most, each on a copy of the fixture set, as check:content sees them. */
describe('strict content: what check:content refuses', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strict-content-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  const issuesOf = (file: string) =>
    checkContent(dir).issues.filter((i) => i.file === `${dir}/${file}`);

  it('refuses a misspelt field of a task and suggests the right one', () => {
    edit('tasks/phat-trien-hop-tac-xa.yaml', (t) => `${t}coLead: [ubnd-huyen-mau]\n`);
    expect(issuesOf('tasks/phat-trien-hop-tac-xa.yaml')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('có trường lạ "coLead" (có phải ý bạn là "coLeads"?)'),
      }),
    ]);
  });

  it('refuses "group" for "groups" in an agency, which would drop its inherited duties', () => {
    edit('agencies/phong-van-hoa.yaml', (t) => t.replace('groups:', 'group:'));
    expect(issuesOf('agencies/phong-van-hoa.yaml')).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('"group" (có phải ý bạn là "groups"?)'),
      }),
    );
  });

  it('refuses an unknown field in a document, a glossary term and a plan', () => {
    edit('documents/luat-hop-tac-xa.yaml', (t) => `${t}relation: []\n`);
    edit('glossary/hop-tac-xa.yaml', (t) => `${t}relatd: []\n`);
    edit('plans/12-kh-mau/plan.yaml', (t) => `${t}note: x\n`);
    const { issues } = checkContent(dir);
    for (const [file, key, hint] of [
      ['documents/luat-hop-tac-xa.yaml', 'relation', 'relations'],
      ['glossary/hop-tac-xa.yaml', 'relatd', 'related'],
      ['plans/12-kh-mau/plan.yaml', 'note', 'notes'],
    ]) {
      expect(issues).toContainEqual(
        expect.objectContaining({
          file: `${dir}/${file}`,
          message: expect.stringContaining(`"${key}" (có phải ý bạn là "${hint}"?)`),
        }),
      );
    }
  });

  it('refuses a `slug:` field, which would move a page away from its file name', () => {
    edit('documents/luat-hop-tac-xa.yaml', (t) => `${t}slug: luat-moi\n`);
    expect(issuesOf('documents/luat-hop-tac-xa.yaml')).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('có trường lạ "slug"') }),
    );
  });

  it('says "ngày không có thật" for unquoted impossible days instead of moving them', () => {
    const column = 'columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx';
    edit(column, (t) =>
      t
        .replace('publishDate: 2024-03-10', 'publishDate: 2025-13-45')
        .replace('updatedDate: 2024-03-12', 'updatedDate: 2025-02-30'),
    );
    const issues = issuesOf(column);
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'Ngày đăng (publishDate)', message: 'ngày không có thật' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'Ngày cập nhật (updatedDate)',
        message: 'ngày không có thật',
      }),
    );
  });

  it('refuses a plan day written without dashes (20230222 would show 01/01/1970)', () => {
    edit('plans/12-kh-mau/plan.yaml', (t) =>
      t.replace('effectiveFrom: 2024-03-05', 'effectiveFrom: 20240305'),
    );
    expect(issuesOf('plans/12-kh-mau/plan.yaml')).toEqual([
      expect.objectContaining({
        field: 'Có hiệu lực từ (effectiveFrom)',
        message: 'phải là một ngày dạng năm-tháng-ngày, ví dụ "2025-07-01"',
      }),
    ]);
  });

  it('refuses a report whose source was checked on a day that does not exist', () => {
    edit('reports/2030-thanh-lap-moi-2024.yaml', (t) =>
      t.replace('checked: 2026-12-01', 'checked: 2025-02-29'),
    );
    expect(issuesOf('reports/2030-thanh-lap-moi-2024.yaml')).toContainEqual(
      expect.objectContaining({ message: 'ngày không có thật' }),
    );
  });

  it('refuses file names the site would publish as they are, or not read at all', () => {
    const task = readFileSync(join(dir, 'tasks/phat-trien-hop-tac-xa.yaml'), 'utf8');
    writeFileSync(join(dir, 'tasks/nhiệm-vụ.yaml'), task);
    writeFileSync(join(dir, 'tasks/Phat-Trien.yaml'), task);
    renameSync(
      join(dir, 'documents/luat-hop-tac-xa.yaml'),
      join(dir, 'documents/luat-hop-tac-xa.yml'),
    );
    writeFileSync(join(dir, 'columns/bai.mdx.txt'), 'x');
    mkdirSync(join(dir, 'glossary/cu'));
    writeFileSync(join(dir, 'glossary/cu/vt.yaml'), 'term: VT\n');
    const { issues } = checkContent(dir);
    const about = (file: string) => issues.find((i) => i.file === `${dir}/${file}`)?.message;
    expect(about('tasks/nhiệm-vụ.yaml')).toContain('hãy đổi thành "nhiem-vu.yaml"');
    expect(about('tasks/Phat-Trien.yaml')).toContain('chỉ gồm chữ thường không dấu');
    expect(about('documents/luat-hop-tac-xa.yml')).toContain('chỉ nhận tệp có đuôi .yaml');
    expect(about('columns/bai.mdx.txt')).toContain('chỉ nhận tệp có đuôi .md, .mdx');
    expect(about('glossary/cu')).toContain('trang không đọc thư mục con');
  });
});

describe('relations and links that would mislead', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relations-'));
    cpSync(realContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

  it('refuses two documents that each repeal the other', () => {
    // 510/QĐ-UBND repeals 37/KH-UBND (Điều 2); here 37/KH-UBND also "repeals" 510.
    edit('documents/37-kh-ubnd.yaml', (t) =>
      t.replace(
        /^relations:\n/m,
        'relations:\n  - type: bai-bo\n    target: 510-qd-ubnd\n    cite: 510-qd-ubnd#dieu-2-p1\n',
      ),
    );
    const { issues } = checkContent(dir);
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'relations',
        message: expect.stringMatching(
          /quan hệ "bai-bo" tạo thành vòng: (37-kh-ubnd → 510-qd-ubnd → 37-kh-ubnd|510-qd-ubnd → 37-kh-ubnd → 510-qd-ubnd)/,
        ),
      }),
    );
  });

  it('refuses an agency alias that is a common word, with how often it matches', () => {
    edit('agencies/ubnd-tinh.yaml', (t) => t.replace(/^aliases:\n/m, 'aliases:\n  - tỉnh\n'));
    const { issues } = checkContent(dir);
    expect(issues).toContainEqual({
      file: `${dir}/agencies/ubnd-tinh.yaml`,
      field: 'aliases[0]',
      message: expect.stringContaining('"tỉnh" là một từ thông dụng: nó khớp 29 chỗ'),
    });
  });

  it('refuses a glossary term that is a common word', () => {
    edit('glossary/htx.yaml', (t) => t.replace(/^term: .*$/m, 'term: và'));
    const { issues } = checkContent(dir);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: `${dir}/glossary/htx.yaml`,
        message: expect.stringContaining('"và" là một từ thông dụng: nó khớp 52 chỗ'),
      }),
    );
  });
});

describe('links and quotes in the text, checked by check:content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'text-links-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const append = (file: string, text: string) =>
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n${text}\n`);

  it('names the line of a link to an agency or a paragraph that does not exist in a column', () => {
    const column = 'columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx';
    append(column, 'Xem [cơ quan](/co-quan/khong-co/) và [đoạn](/ke-hoach/12-kh-mau/#dieu-9-p1).');
    const lines = readFileSync(join(dir, column), 'utf8').split('\n').length - 1;
    const issues = checkContent(dir).issues.filter((i) => i.file === `${dir}/${column}`);
    expect(issues).toEqual([
      {
        file: `${dir}/${column}`,
        field: `nội dung, dòng ${lines}`,
        message: 'liên kết "/co-quan/khong-co/" hỏng: không có cơ quan mã "khong-co"',
      },
      {
        file: `${dir}/${column}`,
        field: `nội dung, dòng ${lines}`,
        message:
          'liên kết "/ke-hoach/12-kh-mau/#dieu-9-p1" hỏng: kế hoạch "12-kh-mau" không có đoạn hoặc mục "#dieu-9-p1"',
      },
    ]);
  });

  it('names the line of a <PlanQuote> of a paragraph that does not exist in a policy page', () => {
    const policy = 'policies/nguon-nhan-luc.mdx';
    append(policy, '<PlanQuote cite="12-kh-mau#dieu-9-p1" />');
    const lines = readFileSync(join(dir, policy), 'utf8').split('\n').length - 1;
    expect(checkContent(dir).issues).toEqual([
      {
        file: `${dir}/${policy}`,
        field: `nội dung, dòng ${lines}`,
        message: 'trích dẫn kế hoạch "12-kh-mau" không có mục hay đoạn nào có neo "dieu-9-p1"',
      },
    ]);
  });
});
