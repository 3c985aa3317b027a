/**
 * Guards the copy of an official text. A plan's `plan.yaml` records the SHA-256 of the official
 * text it was copied from, and a short hash of each of its lines; a copy that differs by one byte
 * fails the build and `npm run check:content`, and the line hashes say where it first differs.
 * Characters an editor cannot see (a zero-width space, letters in NFD, a byte-order mark, Windows
 * line ends) are named with their column, since "the text differs" alone would not help there.
 */
import { createHash } from 'node:crypto';
import type { ContentIssue } from './content-errors.ts';

/** Length of each line's hash prefix in `plan.yaml`: 64 bits, enough to tell lines apart. */
export const LINE_HASH_LENGTH = 16;

export interface OfficialFingerprint {
  sha256: string;
  lines: readonly string[];
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The lines as the fingerprint counts them: split on "\n" only, so a "\r" stays visible. */
function splitLines(text: string): string[] {
  return text.split('\n');
}

/** The fingerprint to record for an official text (also printed by the error, for a new copy). */
export function fingerprintOf(text: string): OfficialFingerprint {
  return {
    sha256: sha256(text),
    lines: splitLines(text).map((line) => sha256(line).slice(0, LINE_HASH_LENGTH)),
  };
}

/** Invisible or look-alike characters that slip into a copied text. */
const HIDDEN: readonly [RegExp, string][] = [
  [/\u200B/, 'dấu cách không độ rộng (U+200B)'],
  [/[\u200C\u200D\u2060]/, 'ký tự nối không nhìn thấy'],
  [/\uFEFF/, 'dấu BOM (U+FEFF)'],
  [/\u00A0/, 'dấu cách không ngắt (U+00A0)'],
  [/\r/, 'ký tự xuống dòng kiểu Windows (\\r)'],
  [/[\u00AD]/, 'dấu gạch nối mềm (U+00AD)'],
];

/** "cột 12: dấu cách không độ rộng" for the first hidden or decomposed character of a line. */
function hiddenCharacter(line: string): string | null {
  for (const [pattern, name] of HIDDEN) {
    const m = pattern.exec(line);
    if (m) return `cột ${m.index + 1} có ${name}`;
  }
  if (line.normalize('NFC') !== line) {
    // The first character whose NFC form differs: a letter and its marks stored apart (NFD).
    let column = 1;
    for (const char of line) {
      if (/\p{M}/u.test(char)) {
        return `cột ${column} có dấu thanh hoặc dấu mũ viết tách khỏi chữ (dạng NFD); hãy lưu tệp ở dạng Unicode dựng sẵn (NFC)`;
      }
      column += 1;
    }
    return 'dòng này không ở dạng Unicode dựng sẵn (NFC)';
  }
  return null;
}

/**
 * Problems of a copy against its recorded fingerprint: none when the copy is byte for byte the
 * official text. `file` is the text file, `metaFile` the `plan.yaml` that records the fingerprint.
 */
export function checkOfficialText(
  text: string,
  official: OfficialFingerprint & { source: string },
  file: string,
  metaFile: string,
): ContentIssue[] {
  if (sha256(text) === official.sha256) return [];
  const where = locateDifference(text, official.lines);
  return [
    {
      file,
      field: where.field,
      message:
        `bản sao này khác văn bản chính thức (${official.source}): ${where.message}. ` +
        `Văn bản phải giữ đúng từng ký tự của bản gốc, kể cả lỗi chính tả; hãy chép lại từ bản gốc. ` +
        `Dấu vân tay SHA-256 của bản gốc ghi ở ${metaFile} (trường official.sha256), ` +
        `bản sao hiện có SHA-256 ${sha256(text)}.`,
    },
  ];
}

function locateDifference(
  text: string,
  expected: readonly string[],
): { field: string; message: string } {
  const lines = splitLines(text);
  const got = lines.map((line) => sha256(line).slice(0, LINE_HASH_LENGTH));
  for (let i = 0; i < Math.max(got.length, expected.length); i += 1) {
    if (got[i] === expected[i]) continue;
    const line = lines[i];
    if (line === undefined) {
      return {
        field: `dòng ${i + 1}`,
        message: `bản sao thiếu từ dòng ${i + 1} (bản gốc có ${expected.length} dòng, bản sao có ${lines.length})`,
      };
    }
    if (expected[i] === undefined) {
      return {
        field: `dòng ${i + 1}`,
        message: `bản sao có thêm dòng ${i + 1} mà bản gốc không có`,
      };
    }
    const hidden = hiddenCharacter(line);
    if (hidden) return { field: `dòng ${i + 1}`, message: `dòng ${i + 1} khác bản gốc: ${hidden}` };
    // A deleted or inserted line shifts the rest: say so when the next lines line up again.
    if (got[i] === expected[i + 1]) {
      return {
        field: `dòng ${i + 1}`,
        message: `dòng ${i + 1} của bản gốc bị xoá khỏi bản sao`,
      };
    }
    if (got[i + 1] === expected[i]) {
      return {
        field: `dòng ${i + 1}`,
        message: `dòng ${i + 1} của bản sao không có trong bản gốc`,
      };
    }
    return {
      field: `dòng ${i + 1}`,
      message: `dòng ${i + 1} khác bản gốc (một chữ, dấu hoặc khoảng trắng đã bị sửa)`,
    };
  }
  return { field: 'toàn văn', message: 'nội dung khác bản gốc' };
}
