/**
 * How content files are found and read, for the build (src/loaders/content-loader.ts) and for
 * `npm run check:content` alike, so that the two read the same files, give them the same ids and
 * see the same data.
 *
 * YAML is read with the core schema: no timestamps. A YAML 1.1 reader turns an unquoted
 * `2025-13-45` into 14/02/2026 and `2025-02-30` into 02/03/2025 without a word; read as text, the
 * day reaches the schema as written (see daySchema) and an impossible day is reported as one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentIssue } from './content-errors.ts';
import { checkOfficialText } from './official-text.ts';

/** An id as the site uses it: the file name, lower-case ASCII words joined by "-". */
export const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The frontmatter of a Markdown or MDX file, as Astro finds it. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export type ReadResult = { data: unknown } | { error: string };

/** YAML text as data; a syntax error is worded for an editor, with its line. */
export function readYaml(text: string, firstLine = 1): ReadResult {
  try {
    return { data: parse(text, { schema: 'core', prettyErrors: true }) ?? {} };
  } catch (error) {
    const e = error as { linePos?: { line: number }[] };
    const line = e.linePos?.[0]?.line;
    return {
      error: `không đọc được phần khai báo (YAML)${line ? ` ở dòng ${line + firstLine - 1}` : ''}: kiểm tra dấu hai chấm, dấu nháy và thụt đầu dòng (dùng dấu cách, không dùng phím Tab)`,
    };
  }
}

/** The frontmatter of a Markdown/MDX source as data, or why it cannot be read. */
export function readFrontmatter(source: string): ReadResult {
  const match = FRONTMATTER.exec(source);
  if (!match) return { error: 'thiếu phần khai báo đặt giữa hai dòng "---" ở đầu tệp' };
  // The frontmatter starts on the line after the opening "---".
  const before = source.slice(0, match.index + match[0].indexOf('---'));
  return readYaml(match[1], before.split('\n').length + 1);
}

/** A content file's data: YAML as a whole, or a Markdown/MDX file's frontmatter. */
export function readEntry(source: string, extension: string): ReadResult {
  return extension === '.md' || extension === '.mdx' ? readFrontmatter(source) : readYaml(source);
}

export interface FolderSpec {
  /** The folder on disk. */
  dir: string;
  /** The folder as editors name it (`content/tasks`). */
  shown: string;
  /** File name endings this collection reads, lower case: `.yaml`, `.mdx`. */
  extensions: readonly string[];
}

export interface FolderFile {
  id: string;
  name: string;
  extension: string;
  path: string;
  /** The file as editors name it. */
  file: string;
}

/**
 * The files of a collection folder the site reads, and an issue for every file it would not read
 * or could not address: a wrong ending (`.yml`, `.MDX`, `bai.mdx.txt`), a sub-folder, a name with
 * capitals, diacritics or spaces (it would become a public address as written). A README and hidden
 * files are the only ones left alone.
 */
export function folderFiles(spec: FolderSpec): { files: FolderFile[]; issues: ContentIssue[] } {
  const files: FolderFile[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(spec.dir)) return { files, issues };
  const allowed = spec.extensions.join(', ');
  for (const entry of readdirSync(spec.dir, { withFileTypes: true })) {
    const name = entry.name;
    if (name.startsWith('.') || /^readme\.md$/i.test(name)) continue;
    const file = `${spec.shown}/${name}`;
    if (entry.isDirectory()) {
      issues.push({
        file,
        field: 'thư mục',
        message: `trang không đọc thư mục con; hãy chuyển các tệp trong đó lên thẳng ${spec.shown}/`,
      });
      continue;
    }
    const extension = spec.extensions.find((e) => name.endsWith(e));
    if (!extension) {
      issues.push({
        file,
        field: 'tên tệp',
        message: `trang không đọc tệp này: thư mục ${spec.shown}/ chỉ nhận tệp có đuôi ${allowed} (viết thường)`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!FILE_ID.test(id)) {
      const suggestion = suggestId(id);
      issues.push({
        file,
        field: 'tên tệp',
        message: `tên tệp là mã và địa chỉ trang, nên chỉ gồm chữ thường không dấu, số và dấu "-"${suggestion ? `; hãy đổi thành "${suggestion}${extension}"` : ''}`,
      });
      continue;
    }
    files.push({ id, name, extension, path: join(spec.dir, name), file });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, issues };
}

/** "Nhiệm-vụ Mới" → "nhiem-vu-moi": the id an editor most likely meant. */
export function suggestId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file read whole, or an issue naming it when it cannot be read (permissions, not UTF-8). */
export function readSource(
  path: string,
  file: string,
): { source: string } | { issue: ContentIssue } {
  try {
    const source = readFileSync(path, 'utf8');
    if (source.includes('\uFFFD')) {
      return {
        issue: {
          file,
          field: 'toàn tệp',
          message: 'tệp không lưu ở dạng chữ UTF-8; hãy lưu lại với mã hoá UTF-8',
        },
      };
    }
    return { source };
  } catch (error) {
    return {
      issue: {
        file,
        field: 'toàn tệp',
        message: `không mở được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi đọc'})`,
      },
    };
  }
}

export interface PlanFolder {
  id: string;
  /** `plan.yaml` as data, before the schema. */
  data: Record<string, unknown>;
  /** `plan.yaml` and the text file, as editors name them. */
  file: string;
  textFile: string;
  text: string;
}

/**
 * Every plan folder `plans/<id>/`: its `plan.yaml`, and its text checked against the official
 * fingerprint the metadata records (src/lib/official-text.ts). A text that is not the official
 * one is an issue of the text file, not of whatever quotes it.
 */
export function planFolders(
  dir: string,
  shown: string,
): { plans: PlanFolder[]; issues: ContentIssue[] } {
  const plans: PlanFolder[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(dir)) return { plans, issues };
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name.startsWith('.') || /^readme\.md$/i.test(entry.name)) continue;
    const folder = `${shown}/${entry.name}`;
    if (!entry.isDirectory()) {
      issues.push({
        file: folder,
        field: 'tên tệp',
        message: `mỗi kế hoạch là một thư mục ${shown}/<mã>/ chứa plan.yaml và văn bản; tệp này không được đọc`,
      });
      continue;
    }
    if (!FILE_ID.test(entry.name)) {
      issues.push({
        file: folder,
        field: 'tên thư mục',
        message: `tên thư mục là mã và địa chỉ trang, nên chỉ gồm chữ thường không dấu, số và dấu "-"; hãy đổi thành "${suggestId(entry.name)}"`,
      });
      continue;
    }
    const metaPath = join(dir, entry.name, 'plan.yaml');
    const file = `${folder}/plan.yaml`;
    if (!existsSync(metaPath)) {
      issues.push({
        file: folder,
        field: 'plan.yaml',
        message: 'thư mục kế hoạch thiếu tệp plan.yaml',
      });
      continue;
    }
    const read = readSource(metaPath, file);
    if ('issue' in read) {
      issues.push(read.issue);
      continue;
    }
    const parsed = readYaml(read.source);
    if ('error' in parsed) {
      issues.push({ file, field: 'toàn tệp', message: parsed.error });
      continue;
    }
    const data = (parsed.data ?? {}) as Record<string, unknown>;
    const textName = typeof data['text'] === 'string' ? data['text'] : 'van-ban.txt';
    const textFile = `${folder}/${textName}`;
    const textPath = join(dir, entry.name, textName);
    if (!existsSync(textPath)) {
      issues.push({ file, field: 'Văn bản (text)', message: `không có tệp ${textFile}` });
      continue;
    }
    const text = readSource(textPath, textFile);
    if ('issue' in text) {
      issues.push(text.issue);
      continue;
    }
    const official = data['official'] as
      { sha256?: unknown; lines?: unknown; source?: unknown } | undefined;
    if (
      official &&
      typeof official.sha256 === 'string' &&
      Array.isArray(official.lines) &&
      typeof official.source === 'string'
    ) {
      issues.push(
        ...checkOfficialText(
          text.source,
          { sha256: official.sha256, lines: official.lines.map(String), source: official.source },
          textFile,
          file,
        ),
      );
    }
    // A plan without its fingerprint is reported by the plan schema ("official" is required).
    plans.push({ id: entry.name, data, file, textFile, text: text.source });
  }
  return { plans, issues };
}
