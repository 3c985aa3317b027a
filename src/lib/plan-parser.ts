/**
 * Turns the verbatim text of a Vietnamese administrative decision and its attached plan into
 * numbered sections with stable anchors. The structure comes from the text itself (the document's
 * own numbering), never from a hand-made copy that could drift from it.
 *
 * The parser never alters a character of a line: a paragraph's `text` is the source line with only
 * its surrounding white space trimmed, so the rendered page can be compared with the source.
 */

export type ParagraphKind = 'text' | 'item' | 'row';

export interface PlanParagraph {
  /** Stable anchor: `<section anchor>-p<n>`, n counting from 1 within the section. */
  anchor: string;
  /** 1-based position within the section. */
  index: number;
  /** 1-based line of the source text where the paragraph starts. */
  line: number;
  /** `item` for lines that start with "- ", `row` for appendix table rows. */
  kind: ParagraphKind;
  /** The line as written, trimmed; for a table row, its cells joined by a tab. */
  text: string;
  /** Table cells, trimmed, only for `row`. */
  cells?: string[];
}

export interface PlanSection {
  /** The document's own numbering, as a reader cites it: `Điều 1`, `II.2.1`, `Phụ lục`. */
  key: string;
  /** Stable HTML id derived from the numbering: `dieu-1`, `muc-ii-2-1`, `phu-luc`. */
  anchor: string;
  /** The heading line as written (`2.1. Chính sách phát triển nguồn nhân lực`), or null. */
  heading: string | null;
  /** 1 for the top parts, 2 and 3 for nested numbering. */
  level: number;
  /** Anchor of the enclosing section, or null at the top. */
  parent: string | null;
  /** Position in document order, from 0. */
  order: number;
  /** 1-based line of the heading, or of the first paragraph when there is no heading. */
  line: number;
  paragraphs: PlanParagraph[];
}

export class PlanParseError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`dòng ${line}: ${message}`);
    this.name = 'PlanParseError';
    this.line = line;
  }
}

const ROMAN = /^([IVXLC]+)\.\s+\S/;
const LEVEL3 = /^(\d+)\.(\d+)\.\s+\S/;
const LEVEL2 = /^(\d+)\.\s+\S/;
const ARTICLE = /^Điều\s+(\d+)\.\s/;
const BASIS = /^(Căn cứ|Theo đề nghị)\s/;
const RECIPIENTS = /^Nơi nhận:?$/;
const ENACTING = /^QUYẾT ĐỊNH:$/;
const DECISION_TITLE = /^QUYẾT ĐỊNH$/;
const PLAN_TITLE = /^KẾ HOẠCH$/;
const APPENDIX = /^PHỤ LỤC$/;
const CLOSING = /^Trên đây là\s/;
/** A numbered line that ends like a sentence is a numbered paragraph, not a title. */
const SENTENCE_END = /[.;:]$/;

/** Splits a text into lines the way a reader counts them (LF or CRLF). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** True for a line a reader sees as empty (spaces, tabs, no-break spaces only). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

function romanAnchor(roman: string): string {
  return `muc-${roman.toLowerCase()}`;
}

export function parsePlanText(text: string): PlanSection[] {
  const sections: PlanSection[] = [];
  const byAnchor = new Map<string, PlanSection>();
  let phase: 'decision' | 'plan' | 'appendix' = 'decision';
  let current: PlanSection | null = null;
  let roman: { numeral: string; anchor: string } | null = null;
  let lastRow: PlanParagraph | null = null;

  const open = (
    key: string,
    anchor: string,
    heading: string | null,
    level: number,
    parent: string | null,
    line: number,
  ): PlanSection => {
    if (byAnchor.has(anchor)) {
      throw new PlanParseError(`mục "${key}" xuất hiện hai lần (neo "${anchor}")`, line);
    }
    const section: PlanSection = {
      key,
      anchor,
      heading,
      level,
      parent,
      order: sections.length,
      line,
      paragraphs: [],
    };
    sections.push(section);
    byAnchor.set(anchor, section);
    current = section;
    lastRow = null;
    return section;
  };

  const add = (section: PlanSection, kind: ParagraphKind, body: string, line: number) => {
    const index = section.paragraphs.length + 1;
    const paragraph: PlanParagraph = {
      anchor: `${section.anchor}-p${index}`,
      index,
      line,
      kind,
      text: body,
    };
    section.paragraphs.push(paragraph);
    return paragraph;
  };

  /** Opens a numbered section; a sentence-like numbered line becomes its first paragraph. */
  const numbered = (
    key: string,
    anchor: string,
    level: number,
    parent: string | null,
    t: string,
    line: number,
  ) => {
    const isParagraph = SENTENCE_END.test(t);
    const section = open(key, anchor, isParagraph ? null : t, level, parent, line);
    if (isParagraph) add(section, 'text', t, line);
  };

  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    if (isBlank(raw)) return;
    const t = raw.trim();

    if (phase === 'appendix' && raw.includes('\t')) {
      const cells = raw.split('\t').map((c) => c.trim());
      // A line that starts with a tab carries the next cells of the row above it.
      if (raw.startsWith('\t') && lastRow) {
        lastRow.cells!.push(...cells.slice(1));
        lastRow.text = lastRow.cells!.join('\t');
        return;
      }
      const row = add(current!, 'row', cells.join('\t'), line);
      row.cells = cells;
      lastRow = row;
      return;
    }

    if (DECISION_TITLE.test(t) && sections.length === 0) {
      open('Quyết định', 'quyet-dinh', t, 1, null, line);
      return;
    }
    if (phase === 'decision' && BASIS.test(t)) {
      const section = byAnchor.get('can-cu') ?? open('Căn cứ', 'can-cu', null, 1, null, line);
      add(section, 'text', t, line);
      current = section;
      return;
    }
    if (phase === 'decision' && ENACTING.test(t)) {
      open('Quyết định:', 'cac-dieu', t, 1, null, line);
      return;
    }
    const article = ARTICLE.exec(t);
    if (phase === 'decision' && article) {
      const section = open(`Điều ${article[1]}`, `dieu-${article[1]}`, null, 2, 'cac-dieu', line);
      if (!byAnchor.has('cac-dieu')) section.parent = null;
      add(section, 'text', t, line);
      return;
    }
    if (phase === 'decision' && RECIPIENTS.test(t)) {
      open('Nơi nhận', 'noi-nhan', t, 1, null, line);
      return;
    }
    if (PLAN_TITLE.test(t)) {
      phase = 'plan';
      roman = null;
      open('Kế hoạch', 'ke-hoach', t, 1, null, line);
      return;
    }
    if (APPENDIX.test(t)) {
      phase = 'appendix';
      open('Phụ lục', 'phu-luc', t, 1, null, line);
      return;
    }
    if (phase === 'plan') {
      const r = ROMAN.exec(t);
      if (r) {
        roman = { numeral: r[1], anchor: romanAnchor(r[1]) };
        numbered(r[1], roman.anchor, 1, null, t, line);
        return;
      }
      const l3 = LEVEL3.exec(t);
      if (l3) {
        if (!roman) throw new PlanParseError(`mục "${l3[1]}.${l3[2]}." nằm ngoài phần La Mã`, line);
        const parent = `${roman.anchor}-${l3[1]}`;
        if (!byAnchor.has(parent)) {
          throw new PlanParseError(`mục "${l3[1]}.${l3[2]}." không có mục cha "${l3[1]}."`, line);
        }
        const key = `${roman.numeral}.${l3[1]}.${l3[2]}`;
        numbered(key, `${parent}-${l3[2]}`, 3, parent, t, line);
        return;
      }
      const l2 = LEVEL2.exec(t);
      if (l2) {
        if (!roman) throw new PlanParseError(`mục "${l2[1]}." nằm ngoài phần La Mã`, line);
        const key = `${roman.numeral}.${l2[1]}`;
        numbered(key, `${roman.anchor}-${l2[1]}`, 2, roman.anchor, t, line);
        return;
      }
      if (CLOSING.test(t)) {
        const section = open('Đoạn kết', 'phan-ket', null, 1, null, line);
        add(section, 'text', t, line);
        return;
      }
    }

    const target: PlanSection = current ?? open('Mở đầu', 'mo-dau', null, 1, null, line);
    add(target, t.startsWith('- ') ? 'item' : 'text', t, line);
  });

  return sections;
}

/** Every paragraph of a parsed plan, in document order, with its section. */
export function allParagraphs(
  sections: readonly PlanSection[],
): { section: PlanSection; paragraph: PlanParagraph }[] {
  return sections.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ section, paragraph })),
  );
}

/** The non-blank lines of a source text, trimmed: what a faithful rendering must contain. */
export function contentLines(text: string): string[] {
  return splitLines(text)
    .filter((l) => !isBlank(l))
    .map((l) => l.trim());
}
