import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  abbrTitle,
  checkGlossary,
  expandAbbreviations,
  glossaryTerms,
  groupGlossary,
  linkQuotes,
  type GlossaryEntry,
} from '../../src/lib/glossary.ts';
import { createLinkState, linkText } from '../../src/lib/linker.ts';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary-term.ts';
import { mainPlanText, realContent } from '../helpers/paths.ts';

const source = readFileSync(mainPlanText, 'utf8');
const sections = parsePlanText(source);
const sectionsByPlan = new Map([['510-qd-ubnd', sections]]);
const dir = `${realContent}/glossary`;
const entries: GlossaryEntry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const result = glossaryTermSchema.safeParse(parse(readFileSync(`${dir}/${f}`, 'utf8')));
    if (!result.success) throw new Error(`${f}: ${result.error.message}`);
    return { id: f.replace(/\.yaml$/, ''), ...result.data };
  });
const byId = new Map(entries.map((e) => [e.id, e]));

describe('the glossary schema', () => {
  const base = {
    term: 'HTX',
    kind: 'viet-tat',
    expansion: 'hợp tác xã',
    expansionBasis: 'van-ban',
    basisNote: 'Văn bản viết cả hai dạng.',
    definition: 'Viết tắt của hợp tác xã trong văn bản.',
    sources: ['510-qd-ubnd#muc-iii-2-3-p1'],
  };

  it('accepts an abbreviation with its expansion and basis', () => {
    expect(glossaryTermSchema.safeParse(base).success).toBe(true);
  });

  it('refuses an expansion for an abbreviation the text does not settle', () => {
    const result = glossaryTermSchema.safeParse({
      ...base,
      expansionBasis: 'khong-chac',
      hint: 'văn bản không giải thích',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('expansion');
  });

  it('requires an abbreviation to say how its expansion is known', () => {
    const { expansionBasis: _basis, ...rest } = base;
    const result = glossaryTermSchema.safeParse(rest);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('expansionBasis');
  });
});

describe('the glossary of Quyết định 510/QĐ-UBND', () => {
  it('passes the build checks: every form is in the text, every source uses it', () => {
    expect(checkGlossary(entries, { dir: 'content/glossary', sectionsByPlan })).toEqual([]);
  });

  it('explains every abbreviation the text uses', () => {
    // Words with two capitals or a capital and a digit (HTX, VssID, K13), outside the titles
    // written in Vietnamese capitals ("PHỤ LỤC"); "- CVP, PVP NN;" is capitals too, but no title.
    const isTitle = (l: string) => l === l.toLocaleUpperCase('vi') && /[^\x00-\x7f]/.test(l);
    const lines = source.split('\n').filter((l) => !isTitle(l));
    const words = lines.flatMap((l) => l.split(/[^\p{L}\p{N}&]+/u));
    const abbreviations = new Set(
      words.filter((w) => /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(w) && !/^[IVXLC]+$/.test(w)),
    );
    const explained = new Set(
      entries.flatMap((e) => e.forms ?? [e.term]).flatMap((f) => f.split(/[^\p{L}\p{N}&]+/u)),
    );
    expect([...abbreviations].filter((w) => !explained.has(w))).toEqual([]);
    expect(abbreviations.size).toBeGreaterThan(25);
  });

  it('explains the key terms the issue names', () => {
    for (const id of ['quy-khong-chia', 'tin-dung-noi-bo', 'chuoi-gia-tri', 'chuyen-doi-so']) {
      expect(byId.get(id)?.kind, id).toBe('thuat-ngu');
    }
  });

  it('does not list an abbreviation the text never uses', () => {
    expect(source).not.toContain('KH&ĐT');
    expect(entries.some((e) => e.term === 'KH&ĐT')).toBe(false);
  });

  it('gives no expansion where the text does not settle one', () => {
    for (const id of ['nn', 'k13', 'ktn', 'gap']) {
      expect(byId.get(id)?.expansionBasis, id).toBe('khong-chac');
      expect(byId.get(id)?.expansion, id).toBeUndefined();
    }
  });
});

describe('glossary terms for the linker', () => {
  const terms = glossaryTerms(entries);

  it('give an abbreviation its expansion as title and a link to its entry', () => {
    const htx = terms.find((t) => t.text === 'HTX');
    expect(htx).toEqual({
      text: 'HTX',
      kind: 'term',
      id: 'htx',
      href: '/thuat-ngu/#htx',
      title: 'hợp tác xã',
    });
  });

  it('mark an expansion the text never writes out as the editors’ reading, on hover too', () => {
    expect(abbrTitle(byId.get('tht')!)).toBe(
      'tổ hợp tác (suy luận biên tập: cách viết tắt thông dụng)',
    );
    expect(abbrTitle(byId.get('htx')!)).toBe('hợp tác xã');
  });

  it('give an uncertain abbreviation its hint instead of a guessed expansion', () => {
    expect(abbrTitle(byId.get('nn')!)).toContain('không giải thích');
  });

  it('give a key term a link and no abbreviation title', () => {
    const term = terms.find((t) => t.id === 'quy-khong-chia');
    expect(term?.href).toBe('/thuat-ngu/#quy-khong-chia');
    expect(term?.title).toBeUndefined();
  });

  it('leave out the codes that occur only inside document numbers', () => {
    expect(terms.some((t) => t.text === 'QĐ' || t.text === 'NQ')).toBe(false);
  });

  it('mark "HTX" in the full text without changing a character', () => {
    const paragraph = sections.find((s) => s.anchor === 'muc-iii-2-3')!.paragraphs[0].text;
    const segments = linkText(paragraph, terms);
    expect(segments.map((s) => s.text).join('')).toBe(paragraph);
    expect(segments.filter((s) => s.term?.id === 'htx')).toHaveLength(1);
  });
});

describe('expanding abbreviations on a page', () => {
  it('marks an abbreviation only at its first occurrence across the page', () => {
    const state = createLinkState();
    const first = expandAbbreviations('Các HTX nông nghiệp và HTX điểm.', entries, state);
    const second = expandAbbreviations('Hỗ trợ HTX chuyển đổi số.', entries, state);
    expect(first.filter((s) => s.term)).toHaveLength(1);
    expect(first.find((s) => s.term)?.text).toBe('HTX');
    expect(second.some((s) => s.term)).toBe(false);
    expect(second.map((s) => s.text).join('')).toBe('Hỗ trợ HTX chuyển đổi số.');
  });

  it('does not expand a key term, only abbreviations', () => {
    const segments = expandAbbreviations('quỹ không chia của KTTT', entries);
    expect(segments.filter((s) => s.term).map((s) => s.text)).toEqual(['KTTT']);
  });
});

describe('linking the quotes of a page', () => {
  const terms = glossaryTerms(entries);
  const cites = ['510-qd-ubnd#muc-iii-2-4-p1', '510-qd-ubnd#muc-iii-2-4-p2'];
  const linked = linkQuotes(cites, sectionsByPlan, () => terms);

  it('keys each quote by its citation and keeps its text unchanged', () => {
    expect([...linked.keys()]).toEqual(cites);
    for (const cite of cites) {
      const anchor = cite.split('#')[1];
      const text = sections.flatMap((s) => s.paragraphs).find((p) => p.anchor === anchor)!.text;
      expect(
        linked
          .get(cite)!
          .map((s) => s.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('expands an abbreviation in the first quote only', () => {
    const marked = (cite: string) =>
      linked
        .get(cite)!
        .filter((s) => s.term?.id === 'kttt')
        .map((s) => s.text);
    expect(marked(cites[0])).toEqual(['KTTT']);
    expect(marked(cites[1])).toEqual([]);
  });
});

describe('the glossary checks', () => {
  const entry = (over: Partial<GlossaryEntry>): GlossaryEntry => ({
    id: 'thu',
    term: 'HTX',
    kind: 'viet-tat',
    expansion: 'hợp tác xã',
    expansionBasis: 'van-ban',
    basisNote: 'Văn bản viết cả hai dạng.',
    definition: 'Viết tắt của hợp tác xã trong văn bản.',
    sources: ['510-qd-ubnd#muc-iii-2-3-p1'],
    related: [],
    ...over,
  });
  const check = (list: GlossaryEntry[]) =>
    checkGlossary(list, { dir: 'content/glossary', sectionsByPlan });

  it('reject an abbreviation the text does not use, naming file and field', () => {
    const issues = check([entry({ term: 'KH&ĐT' })]);
    expect(issues[0]).toMatchObject({ file: 'content/glossary/thu.yaml', field: 'term' });
  });

  it('reject a first source that does not use the term', () => {
    const issues = check([entry({ sources: ['510-qd-ubnd#dieu-1-p1'] })]);
    expect(issues.map((i) => i.field)).toEqual(['sources[0]']);
  });

  it('reject a related entry that does not exist', () => {
    const issues = check([entry({ related: ['khong-co'] })]);
    expect(issues.map((i) => i.field)).toEqual(['related[0]']);
  });

  it('reject two entries claiming the same form', () => {
    const issues = check([entry({ id: 'a' }), entry({ id: 'b' })]);
    expect(issues.map((i) => i.file)).toEqual([
      'content/glossary/a.yaml',
      'content/glossary/b.yaml',
    ]);
  });
});

describe('the glossary page order', () => {
  it('groups by kind and sorts in Vietnamese order', () => {
    const groups = groupGlossary(entries);
    expect(groups.map((g) => g.kind)).toEqual(['viet-tat', 'ky-hieu', 'thuat-ngu']);
    const terms = groups.find((g) => g.kind === 'thuat-ngu')!.entries.map((e) => e.term);
    expect(terms.indexOf('chuỗi giá trị')).toBeLessThan(terms.indexOf('hợp tác xã'));
  });
});
