import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { fingerprintOf } from '../../src/lib/official-text.ts';
import { describe, expect, it } from 'vitest';
import { contentLines, parsePlanText, PlanParseError } from '../../src/lib/plan-parser.ts';
import { fixtureContent, mainPlanMeta, mainPlanText } from '../helpers/paths.ts';

const text = readFileSync(mainPlanText, 'utf8');
const sections = parsePlanText(text);
const byKey = new Map(sections.map((s) => [s.key, s]));

describe('the project copy of the official text', () => {
  it('has the SHA-256 that plan.yaml records for the official text, and is in NFC', () => {
    // The fingerprint was taken from the official file; the repository carries everything needed.
    const meta = parseYaml(readFileSync(mainPlanMeta, 'utf8')) as {
      official: { sha256: string; lines: string[] };
    };
    expect(meta.official.sha256).toBe(
      '922f8388a922037663ff2b93b9a5182e3b7948cdfe3b000b52c47392d9959aaf',
    );
    expect(fingerprintOf(text)).toEqual({
      sha256: meta.official.sha256,
      lines: meta.official.lines,
    });
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('parsing Quyết định 510/QĐ-UBND', () => {
  it('keeps the document numbering and pins every section anchor', () => {
    // Anchors are public addresses: changing one breaks links people have saved.
    expect(sections.map((s) => [s.key, s.anchor, s.paragraphs.length])).toEqual([
      ['Quyết định', 'quyet-dinh', 2],
      ['Căn cứ', 'can-cu', 7],
      ['Quyết định:', 'cac-dieu', 0],
      ['Điều 1', 'dieu-1', 1],
      ['Điều 2', 'dieu-2', 1],
      ['Điều 3', 'dieu-3', 1],
      ['Nơi nhận', 'noi-nhan', 12],
      ['Kế hoạch', 'ke-hoach', 3],
      ['I', 'muc-i', 0],
      ['I.1', 'muc-i-1', 2],
      ['I.2', 'muc-i-2', 2],
      ['II', 'muc-ii', 0],
      ['II.1', 'muc-ii-1', 1],
      ['II.2', 'muc-ii-2', 0],
      ['II.2.1', 'muc-ii-2-1', 4],
      ['II.2.2', 'muc-ii-2-2', 1],
      ['III', 'muc-iii', 0],
      ['III.1', 'muc-iii-1', 6],
      ['III.2', 'muc-iii-2', 1],
      ['III.2.1', 'muc-iii-2-1', 1],
      ['III.2.2', 'muc-iii-2-2', 2],
      ['III.2.3', 'muc-iii-2-3', 1],
      ['III.2.4', 'muc-iii-2-4', 3],
      ['III.2.5', 'muc-iii-2-5', 2],
      ['III.2.6', 'muc-iii-2-6', 2],
      ['III.2.7', 'muc-iii-2-7', 1],
      ['III.2.8', 'muc-iii-2-8', 1],
      ['III.3', 'muc-iii-3', 5],
      ['III.4', 'muc-iii-4', 6],
      ['III.5', 'muc-iii-5', 4],
      ['IV', 'muc-iv', 0],
      ['IV.1', 'muc-iv-1', 1],
      ['IV.2', 'muc-iv-2', 1],
      ['Đoạn kết', 'phan-ket', 1],
      ['Phụ lục', 'phu-luc', 3],
    ]);
  });

  it('pins paragraph anchors to their source lines', () => {
    const lineOf = (anchor: string) =>
      sections.flatMap((s) => s.paragraphs).find((p) => p.anchor === anchor)?.line;
    expect(lineOf('can-cu-p1')).toBe(4);
    expect(lineOf('can-cu-p7')).toBe(10);
    expect(lineOf('dieu-2-p1')).toBe(13);
    expect(lineOf('noi-nhan-p12')).toBe(29);
    expect(lineOf('ke-hoach-p2')).toBe(32);
    expect(lineOf('muc-ii-2-1-p4')).toBe(49);
    expect(lineOf('muc-iii-2-4-p2')).toBe(71);
    expect(lineOf('muc-iii-5-p4')).toBe(100);
    expect(lineOf('muc-iv-1-p1')).toBe(102);
    expect(lineOf('phan-ket-p1')).toBe(104);
    expect(lineOf('phu-luc-p3')).toBe(109);
  });

  it('reads Roman parts as level 1 with their heading line', () => {
    const part = byKey.get('III')!;
    expect(part.level).toBe(1);
    expect(part.parent).toBeNull();
    expect(part.heading).toBe('III. NHIỆM VỤ VÀ GIẢI PHÁP');
  });

  it('reads "1." under a Roman part as level 2', () => {
    const s = byKey.get('I.1')!;
    expect([s.level, s.parent, s.heading]).toEqual([2, 'muc-i', '1. Mục đích']);
  });

  it('reads "2.1." as level 3 under the "2." of the same part', () => {
    const s = byKey.get('III.2.4')!;
    expect([s.level, s.parent, s.heading]).toEqual([3, 'muc-iii-2', '2.4. Chính sách tín dụng']);
    expect(byKey.get('II.2.2')!.parent).toBe('muc-ii-2');
  });

  it('treats a numbered line that ends like a sentence as a paragraph, number included', () => {
    const s = byKey.get('IV.1')!;
    expect(s.heading).toBeNull();
    expect(s.paragraphs[0].text.startsWith('1. Các Sở, ban, ngành thuộc tỉnh')).toBe(true);
  });

  it('reads each article of the decision as its own section under the enacting line', () => {
    expect(byKey.get('Điều 3')!.parent).toBe('cac-dieu');
    expect(byKey.get('Quyết định:')!.heading).toBe('QUYẾT ĐỊNH:');
  });

  it('keeps the recipients as items of Nơi nhận', () => {
    const s = byKey.get('Nơi nhận')!;
    expect(s.paragraphs.every((p) => p.kind === 'item')).toBe(true);
    expect(s.paragraphs[0].text).toBe('- Như Điều 3;');
  });

  it('reads the appendix row split over two lines as one table row', () => {
    const row = byKey.get('Phụ lục')!.paragraphs[2];
    expect(row.kind).toBe('row');
    expect(row.cells).toEqual([
      '',
      'Xây dựng các chuyên trang, chuyên mục để tuyên truyền Nghị quyết số 20-NQ/TW của BCH Trung ương Đảng khoá XIII, Kế hoạch số 52-KH/TU của Tỉnh uỷ về xây dựng và phát triển KTTT',
      'Liên minh HTX tỉnh',
    ]);
  });

  it('keeps every non-blank line of the source, unchanged and in order', () => {
    const rendered = sections.flatMap((s) => [
      ...(s.heading ? [s.heading] : []),
      ...s.paragraphs.flatMap((p) => (p.kind === 'row' ? p.cells!.filter(Boolean) : [p.text])),
    ]);
    const source = contentLines(text).flatMap((l) =>
      l
        .split('\t')
        .map((c) => c.trim())
        .filter(Boolean),
    );
    expect(rendered).toEqual(source);
  });

  it('keeps the typos of the original', () => {
    const all = sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(all).toContain('134//NQ-CP');
    expect(all).toContain('ban hành hành');
    expect(all).toContain('tăng cường tăng cường');
  });
});

describe('parsing other plans', () => {
  it('parses the fixture plan with no change to the code', () => {
    const fixture = parsePlanText(
      readFileSync(`${fixtureContent}/plans/12-kh-mau/van-ban.txt`, 'utf8'),
    );
    expect(fixture.map((s) => s.anchor)).toEqual([
      'quyet-dinh',
      'can-cu',
      'cac-dieu',
      'dieu-1',
      'dieu-2',
      'noi-nhan',
      'ke-hoach',
      'muc-i',
      'muc-i-1',
      'muc-i-2',
      'muc-i-2-1',
      'muc-ii',
      'muc-ii-1',
      'phan-ket',
      'phu-luc',
    ]);
    expect(fixture.at(-1)!.paragraphs.map((p) => p.cells ?? p.text)).toEqual([
      'NHIỆM VỤ CHỦ YẾU',
      ['1', 'Tuyên truyền về hợp tác xã', 'Phòng Văn hóa'],
      ['2', 'Tập huấn cho giám đốc hợp tác xã', 'Phòng Tài chính - Kế hoạch'],
    ]);
  });

  it('accepts a plan without a decision part', () => {
    const plain = parsePlanText('KẾ HOẠCH\nI. MỤC TIÊU\n1. Chung\nNội dung.\n');
    expect(plain.map((s) => s.anchor)).toEqual(['ke-hoach', 'muc-i', 'muc-i-1']);
    expect(plain[2].paragraphs[0].anchor).toBe('muc-i-1-p1');
  });

  it('accepts Windows line endings', () => {
    const plain = parsePlanText('KẾ HOẠCH\r\nI. MỤC TIÊU\r\nNội dung.\r\n');
    expect(plain[1].paragraphs[0].text).toBe('Nội dung.');
  });

  it('refuses a sub-item whose parent number is missing, naming the line', () => {
    expect(() => parsePlanText('KẾ HOẠCH\nI. MỤC TIÊU\n3.1. Lạc chỗ\n')).toThrowError(
      PlanParseError,
    );
    expect(() => parsePlanText('KẾ HOẠCH\nI. MỤC TIÊU\n3.1. Lạc chỗ\n')).toThrowError(/dòng 3/);
  });

  it('refuses a section numbered twice', () => {
    expect(() => parsePlanText('KẾ HOẠCH\nI. MỘT\nI. HAI\n')).toThrowError(/hai lần/);
  });
});
