import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkColumnFile, TEMPLATE_PLACEHOLDERS } from '../../src/lib/columns.ts';
import { checkContentSource, COLUMN_COMPONENTS } from '../../src/lib/content-safety.ts';
import { columnSchema } from '../../src/schemas/column.ts';
import { createColumn } from '../../scripts/new-column.ts';

const script = fileURLToPath(new URL('../../scripts/new-column.ts', import.meta.url));

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parseYaml(match[1], { customTags: ['timestamp'] }) as Record<string, unknown>;
}

describe('npm run new:column', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'new-column-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates content/columns/<slug>.mdx with the slug folded from the title, đ as d', () => {
    const result = createColumn('Đất đai và tín dụng cho hợp tác xã', { contentDir: dir });
    expect(result.ok).toBe(true);
    expect(result.file).toBe(join(dir, 'columns', 'dat-dai-va-tin-dung-cho-hop-tac-xa.mdx'));
  });

  it('writes a draft that the schema accepts, with the title as given and today as its date', () => {
    const now = new Date('2025-03-14T20:00:00Z'); // 15/03/2025 in Vietnam
    const result = createColumn('Hỏi: "vay vốn" thế nào?', { contentDir: dir, now });
    const text = readFileSync(result.file!, 'utf8');
    const data = columnSchema.parse(frontmatter(text));
    expect(data.title).toBe('Hỏi: "vay vốn" thế nào?');
    expect(data.draft).toBe(true);
    expect(data.publishDate.toISOString().slice(0, 10)).toBe('2025-03-15');
  });

  it('fills in or explains in a comment every field of the schema', () => {
    const result = createColumn('Bài đầy đủ trường', { contentDir: dir });
    const text = readFileSync(result.file!, 'utf8');
    const fields = Object.keys(columnSchema.shape);
    expect(fields.length).toBe(13);
    for (const key of fields) {
      expect(text, key).toMatch(new RegExp(`^#? *${key}:`, 'm'));
    }
  });

  it('writes a body that passes the safety rules and quotes nothing until the editor does', () => {
    const result = createColumn('Bài an toàn', { contentDir: dir });
    const text = readFileSync(result.file!, 'utf8');
    const rules = { allowedComponents: Object.keys(COLUMN_COMPONENTS) };
    expect(checkContentSource(result.file!, text, rules)).toEqual([]);
    expect(text).toContain(TEMPLATE_PLACEHOLDERS.body);
  });

  it('keeps a column with the template sentences from being published', () => {
    const result = createColumn('Bài chưa viết', { contentDir: dir });
    const source = readFileSync(result.file!, 'utf8');
    const column = {
      id: 'bai-chua-viet',
      file: result.file!,
      source,
      sapo: TEMPLATE_PLACEHOLDERS.sapo,
    };
    expect(checkColumnFile({ ...column, draft: true }, () => null)).toEqual([]);
    const issues = checkColumnFile({ ...column, draft: false }, () => null);
    expect(issues.map((i) => i.field)).toEqual(['Sapo – đoạn mở đầu (sapo)', 'nội dung']);
  });

  it('lists the ids an editor may use and the series already in use', () => {
    mkdirSync(join(dir, 'agencies'));
    writeFileSync(join(dir, 'agencies', 'lien-minh-htx-tinh.yaml'), 'name: x\n');
    mkdirSync(join(dir, 'columns'));
    writeFileSync(
      join(dir, 'columns', 'cu.mdx'),
      '---\ntitle: Cũ\nseries: "Hỏi – đáp chính sách"\n---\n\nCũ.\n',
    );
    const text = readFileSync(createColumn('Bài mới', { contentDir: dir }).file!, 'utf8');
    expect(text).toMatch(/^# Mã cơ quan: lien-minh-htx-tinh$/m);
    expect(text).toContain('series: "Hỏi – đáp chính sách"');
  });

  it('refuses to overwrite an existing column, .md or .mdx', () => {
    const first = createColumn('Bài trùng tên', { contentDir: dir });
    writeFileSync(first.file!, 'đã sửa');
    const second = createColumn('Bài trùng tên', { contentDir: dir });
    expect(second.ok).toBe(false);
    expect(second.message).toContain('không ghi đè');
    expect(readFileSync(first.file!, 'utf8')).toBe('đã sửa');

    writeFileSync(join(dir, 'columns', 'bai-khac.md'), 'bài cũ');
    expect(createColumn('Bài khác', { contentDir: dir }).ok).toBe(false);
  });

  it('refuses a title with no letter or digit', () => {
    const result = createColumn('?!…', { contentDir: dir });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('không có chữ cái hay chữ số');
  });

  it('runs from the command line, and fails with a usage message without a title', () => {
    const env = { ...process.env, CONTENT_DIR: dir };
    const out = execFileSync(process.execPath, [script, 'Tiêu', 'đề', 'không', 'nháy'], {
      env,
      encoding: 'utf8',
    });
    expect(out).toContain('tieu-de-khong-nhay.mdx');
    const again = spawnSync(process.execPath, [script, 'Tiêu đề không nháy'], {
      env,
      encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
    const empty = spawnSync(process.execPath, [script], { env, encoding: 'utf8' });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('npm run new:column -- "Tiêu đề bài viết"');
  });
});
