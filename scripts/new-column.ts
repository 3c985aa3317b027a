/**
 * `npm run new:column -- "Tiêu đề bài viết"`: creates `content/columns/<slug>.mdx`, a draft with
 * every field filled in or explained in a comment, so that an editor who has never seen the
 * schema can write a column by filling in the blanks. It never overwrites an existing column.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/lib/content-dir.ts';
import { folderFiles } from '../src/lib/content-files.ts';
import { registry, type CollectionSpec } from '../src/registry/collections.ts';
import { columnSlug, TEMPLATE_PLACEHOLDERS, vietnamDay } from '../src/lib/columns.ts';
import { compareVi } from '../src/lib/vietnamese.ts';

/** The unit the plan's appendix charges with the columns; editors change it when someone else writes. */
export const DEFAULT_AUTHOR = 'Liên minh Hợp tác xã tỉnh';
export const DEFAULT_SERIES = 'Tìm hiểu Kế hoạch 510';

export interface TemplateContext {
  /** yyyy-mm-dd, today in Vietnam. */
  today: string;
  /** Series names already used, to keep spellings consistent. */
  series: string[];
  /** Ids an editor may use in each relation field; an empty list when the collection is absent. */
  ids: { policies: string[]; tasks: string[]; agencies: string[]; documents: string[] };
}

/** Comment lines listing ids, wrapped so that the file stays readable. */
function idComment(label: string, ids: readonly string[]): string {
  if (ids.length === 0) return `# ${label}: chưa có danh sách mã.`;
  const lines: string[] = [];
  let line = `# ${label}:`;
  for (const id of ids) {
    if (line.length + id.length + 1 > 98) {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${id}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** A YAML string that survives any title: JSON strings are valid YAML double-quoted scalars. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function columnTemplate(title: string, context: TemplateContext): string {
  const series = context.series[0] ?? DEFAULT_SERIES;
  const known =
    context.series.length > 0
      ? `# Các chuyên mục đã có: ${context.series.map((s) => `"${s}"`).join(', ')}.\n# Viết đúng như cũ để bài vào cùng chuyên mục, hoặc đặt tên mới cho một chuyên mục mới.`
      : '# Đặt tên chuyên mục; các bài cùng tên chuyên mục được xếp chung một trang.';
  return `---
# BÀI VIẾT CHUYÊN MỤC. Hướng dẫn từng bước: README.md, mục "Viết và đăng bài chuyên mục".
# Dòng bắt đầu bằng dấu # là ghi chú cho người viết, không hiện trên trang.
# Kiểm tra bài trước khi đăng: npm run check:content

# Tiêu đề bài viết, như người đọc thấy.
title: ${yamlString(title)}

# Sapo: hai, ba câu tóm tắt, hiện ở danh sách bài, nguồn tin RSS và khi chia sẻ liên kết.
sapo: ${yamlString(TEMPLATE_PLACEHOLDERS.sapo)}

# Ngày đăng, dạng năm-tháng-ngày. Ngày trong tương lai là hẹn đăng: bài chỉ lên trang
# khi trang được dựng lại vào ngày đó hoặc sau ngày đó.
publishDate: ${context.today}

# Ngày cập nhật, nếu sửa nội dung sau khi đăng: xoá dấu # ở đầu dòng dưới và ghi ngày.
# updatedDate: ${context.today}

# Tác giả hoặc đơn vị đứng tên bài. Sửa nếu người viết là đơn vị khác.
author: ${yamlString(DEFAULT_AUTHOR)}

${known}
series: ${yamlString(series)}

# Từ khoá, mỗi từ khoá một dòng bắt đầu bằng "  - ". Mỗi từ khoá có một trang riêng.
tags:
  - kinh tế tập thể

# Bài viết về chính sách, nhiệm vụ, cơ quan, văn bản nào thì ghi mã của chúng, mỗi mã một dòng
# "  - mã" (xem ví dụ ở cuối). Trang của chính sách, cơ quan… đó sẽ tự dẫn về bài này.
# Không có thì để nguyên [].
${idComment('Mã chính sách', context.ids.policies)}
policies: []
${idComment('Mã nhiệm vụ', context.ids.tasks)}
tasks: []
${idComment('Mã cơ quan', context.ids.agencies)}
agencies: []
${idComment('Mã văn bản', context.ids.documents)}
documents: []
# Ví dụ:
# agencies:
#   - lien-minh-htx-tinh

# Ảnh bìa (không bắt buộc): chép ảnh vào public/images/chuyen-muc/, rồi xoá dấu # ở ba dòng
# dưới. "alt" là lời mô tả ảnh cho người không xem được ảnh, bắt buộc khi có ảnh.
# cover:
#   src: /images/chuyen-muc/bia-ke-hoach-510.svg
#   alt: "Mô tả ngắn điều ảnh cho thấy"

# Bản nháp: true = chưa đăng, chỉ thấy khi chạy npm run dev. Đổi thành false để đăng.
draft: true
---

${TEMPLATE_PLACEHOLDERS.body}

{/*
  Đây là ghi chú, không hiện trên trang.

  Trích nguyên văn một đoạn của kế hoạch (mã đoạn lấy từ liên kết "¶" cạnh đoạn văn trên trang
  toàn văn /ke-hoach/510-qd-ubnd/), viết trên một dòng riêng, ví dụ:

  <PlanQuote cite="510-qd-ubnd#muc-iii-2-4-p2" />

  Trong bài chỉ được dùng <PlanQuote>. Dấu "<" và "{" có nghĩa riêng: muốn in ra thì viết \\< và \\{.
*/}
`;
}

/** The ids of a collection, as the build reads its folder (src/registry/collections.ts). */
function idsIn(base: string, name: string): string[] {
  const spec = (registry as Record<string, CollectionSpec>)[name];
  if (!spec) return [];
  const dir = join(base, spec.folder);
  return folderFiles({ dir, shown: dir, extensions: spec.extensions })
    .files.map((f) => f.id)
    .sort(compareVi);
}

/** Series already in use, most used first, so the default is the usual one. */
function seriesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const counts = new Map<string, number>();
  for (const f of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'));
    try {
      const data = match ? (parseYaml(match[1]) as { series?: unknown }) : null;
      if (typeof data?.series === 'string') {
        counts.set(data.series, (counts.get(data.series) ?? 0) + 1);
      }
    } catch {
      // A broken file is check:content's business, not a reason to refuse a new column.
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareVi(a[0], b[0])).map(([s]) => s);
}

export interface CreateResult {
  ok: boolean;
  /** The file created, or the one that blocked creation. */
  file?: string;
  message: string;
}

export function createColumn(
  title: string,
  options: { contentDir?: string; now?: Date } = {},
): CreateResult {
  const base = options.contentDir ?? contentDir();
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) {
    return {
      ok: false,
      message:
        'Thiếu tiêu đề. Cách dùng: npm run new:column -- "Tiêu đề bài viết" (tiêu đề trong dấu nháy kép).',
    };
  }
  const slug = columnSlug(clean);
  if (!slug) {
    return {
      ok: false,
      message: `Tiêu đề "${clean}" không có chữ cái hay chữ số nào để đặt tên tệp; hãy chọn tiêu đề khác.`,
    };
  }
  const dir = join(base, registry.columns.folder);
  for (const ext of ['.mdx', '.md']) {
    const existing = join(dir, `${slug}${ext}`);
    if (existsSync(existing)) {
      return {
        ok: false,
        file: existing,
        message: `Đã có bài ${existing}; không ghi đè. Hãy sửa tệp đó, hoặc chọn tiêu đề khác.`,
      };
    }
  }
  const file = join(dir, `${slug}.mdx`);
  const text = columnTemplate(clean, {
    today: vietnamDay(options.now ?? new Date()),
    series: seriesIn(dir),
    // The collections a column may name: its relation fields in the registry.
    ids: {
      policies: idsIn(base, registry.columns.relations.policies),
      tasks: idsIn(base, registry.columns.relations.tasks),
      agencies: idsIn(base, registry.columns.relations.agencies),
      documents: idsIn(base, registry.columns.relations.documents),
    },
  });
  mkdirSync(dir, { recursive: true });
  // 'wx' fails if the file appeared since the check above: never overwrite, even in a race.
  writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  return {
    ok: true,
    file,
    message: [
      `Đã tạo bài nháp ${file}`,
      '',
      'Việc tiếp theo:',
      '  1. Mở tệp, viết sapo và nội dung thay cho các câu mẫu.',
      '  2. Xem thử: npm run dev, rồi mở http://localhost:4321/chuyen-muc/' + slug + '/',
      '  3. Kiểm tra: npm run check:content',
      '  4. Đăng: đổi "draft: true" thành "draft: false".',
    ].join('\n'),
  };
}

if (import.meta.main) {
  const result = createColumn(process.argv.slice(2).join(' '));
  (result.ok ? console.log : console.error)(result.message);
  process.exitCode = result.ok ? 0 : 1;
}
