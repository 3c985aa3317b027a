import { describe, expect, it } from 'vitest';
import {
  createLinkState,
  isBareNumber,
  linkParts,
  linkText,
  planTextParts,
  segmentsToHtml,
  type LinkTerm,
  type Segment,
} from '../../src/lib/linker.ts';

const join = (segments: Segment[]) => segments.map((s) => s.text).join('');
const linked = (segments: Segment[]) =>
  segments.filter((s) => s.term).map((s) => [s.text, s.term!.id]);

const agency = (text: string, id: string): LinkTerm => ({ text, kind: 'agency', id });
const doc = (text: string, id: string): LinkTerm => ({ text, kind: 'document', id });
const term = (text: string, id: string): LinkTerm => ({ text, kind: 'term', id, title: id });

describe('linkText', () => {
  it('gives back the input exactly when the segments are joined', () => {
    const text =
      'Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng; Sở KH&ĐT, HTX.';
    const terms = [
      doc('Nghị quyết số 20-NQ/TW', '20-nq-tw'),
      doc('20-NQ/TW', '20-nq-tw'),
      agency('Sở KH&ĐT', 'so-ke-hoach-va-dau-tu'),
      term('HTX', 'htx'),
    ];
    const segments = linkText(text, terms);
    expect(join(segments)).toBe(text);
    expect(linked(segments)).toEqual([
      ['Nghị quyết số 20-NQ/TW', '20-nq-tw'],
      ['Sở KH&ĐT', 'so-ke-hoach-va-dau-tu'],
      ['HTX', 'htx'],
    ]);
  });

  it('keeps unusual white space, typos and punctuation untouched', () => {
    const text = ' \tNghị quyết số 134//NQ-CP ngày 25/9/2020 ban hành hành\u00a0“OCOP”… ';
    const segments = linkText(text, [doc('134//NQ-CP', '134-nq-cp'), term('OCOP', 'ocop')]);
    expect(join(segments)).toBe(text);
    expect(linked(segments)).toEqual([
      ['134//NQ-CP', '134-nq-cp'],
      ['OCOP', 'ocop'],
    ]);
  });

  it('returns no segment for an empty text and one plain segment when nothing matches', () => {
    expect(linkText('', [agency('UBND tỉnh', 'ubnd-tinh')])).toEqual([]);
    expect(linkText('Không có gì.', [agency('UBND tỉnh', 'ubnd-tinh')])).toEqual([
      { text: 'Không có gì.' },
    ]);
  });

  it('prefers the longest match among terms that start at the same place', () => {
    const terms = [agency('Sở Tài chính', 'so-tai-chinh'), agency('Sở Tài chính tỉnh', 'x')];
    const segments = linkText('Giao Sở Tài chính tỉnh chủ trì.', terms);
    expect(linked(segments)).toEqual([['Sở Tài chính tỉnh', 'x']]);
  });

  it('prefers the longest match even when a shorter term starts earlier and overlaps it', () => {
    const terms = [
      doc('Kế hoạch số 52-KH/TU', '52-kh-tu'),
      agency('Tỉnh uỷ Bình Định', 'tinh-uy'),
      agency('Bình Định về thực hiện', 'long'),
      agency('Tỉnh uỷ', 'tinh-uy'),
    ];
    const segments = linkText('của Tỉnh uỷ Bình Định về thực hiện', terms);
    expect(linked(segments)).toEqual([
      ['Tỉnh uỷ', 'tinh-uy'],
      ['Bình Định về thực hiện', 'long'],
    ]);
  });

  it('does not match a term inside a longer word, with or without diacritics', () => {
    const terms = [term('HTX', 'htx'), agency('Sở', 'so'), term('GAP', 'gap')];
    expect(linked(linkText('HTXX và XHTX', terms))).toEqual([]);
    expect(linked(linkText('Sởi là bệnh', terms))).toEqual([]);
    // "ả" is a letter, so "GAPả" is one word; a digit also continues a word.
    expect(linked(linkText('GAPả GAP2 2GAP', terms))).toEqual([]);
    expect(linked(linkText('(GAP, hữu cơ)', terms))).toEqual([['GAP', 'gap']]);
  });

  it('treats a decomposed diacritic after a term as part of the same word', () => {
    // "HTXa" written with a combining mark after the "a"; the term must not match before it.
    const text = 'HTX\u0301 và HTX';
    const segments = linkText(text, [term('HTX', 'htx')]);
    expect(join(segments)).toBe(text);
    expect(segments.filter((s) => s.term).length).toBe(1);
    expect(segments.at(-1)).toEqual({ text: 'HTX', term: expect.objectContaining({ id: 'htx' }) });
  });

  it('does not match a document number inside a longer number', () => {
    const terms = [doc('20-NQ/TW', '20-nq-tw'), doc('510/QĐ-UBND', '510-qd-ubnd')];
    expect(linked(linkText('số 120-NQ/TW và 20-NQ/TWX', terms))).toEqual([]);
    expect(linked(linkText('số 20-NQ/TW.', terms))).toEqual([['20-NQ/TW', '20-nq-tw']]);
  });

  it('never nests a link inside another link: segments do not overlap', () => {
    const terms = [
      agency('Liên minh HTX tỉnh', 'lien-minh-htx-tinh'),
      term('HTX', 'htx'),
      agency('UBND tỉnh', 'ubnd-tinh'),
      doc('Kế hoạch số 63/KH-UBND', '63-kh-ubnd'),
      agency('UBND', 'ubnd-tinh'),
    ];
    const text = 'Liên minh HTX tỉnh và Kế hoạch số 63/KH-UBND của UBND tỉnh; HTX.';
    const segments = linkText(text, terms);
    expect(join(segments)).toBe(text);
    expect(linked(segments)).toEqual([
      ['Liên minh HTX tỉnh', 'lien-minh-htx-tinh'],
      ['Kế hoạch số 63/KH-UBND', '63-kh-ubnd'],
      ['UBND tỉnh', 'ubnd-tinh'],
    ]);
    // HTX first occurs inside the agency's name: it is marked there, inside, not linked again.
    expect(segments[0].inner?.map((s) => [s.text, s.term?.id])).toEqual([
      ['Liên minh ', undefined],
      ['HTX', 'htx'],
      [' tỉnh', undefined],
    ]);
    let position = 0;
    for (const s of segments) {
      expect(text.startsWith(s.text, position)).toBe(true);
      position += s.text.length;
    }
  });

  it('never links a bare number, whatever the term list says', () => {
    const terms = [
      doc('510', 'x'),
      doc('15/12', 'y'),
      doc('2021 - 2025', 'z'),
      doc('09/NQ-CP', 'ok'),
    ];
    const segments = linkText('Số 510, ngày 15/12, giai đoạn 2021 - 2025; 09/NQ-CP.', terms);
    expect(linked(segments)).toEqual([['09/NQ-CP', 'ok']]);
    expect(isBareNumber('510')).toBe(true);
    expect(isBareNumber('25/9/2020')).toBe(true);
    expect(isBareNumber('134//NQ-CP')).toBe(false);
  });

  it('marks a glossary term only at its first occurrence across the paragraphs of a page', () => {
    const terms = [term('KTTT', 'kinh-te-tap-the'), agency('UBND tỉnh', 'ubnd-tinh')];
    const state = createLinkState();
    const first = linkText('các tổ chức KTTT và UBND tỉnh; KTTT', terms, state);
    const second = linkText('khu vực KTTT, UBND tỉnh', terms, state);
    expect(linked(first)).toEqual([
      ['KTTT', 'kinh-te-tap-the'],
      ['UBND tỉnh', 'ubnd-tinh'],
    ]);
    // Agencies and documents link every time; the glossary term does not repeat.
    expect(linked(second)).toEqual([['UBND tỉnh', 'ubnd-tinh']]);
    expect(join(second)).toBe('khu vực KTTT, UBND tỉnh');
    // A fresh page starts over.
    expect(linked(linkText('KTTT', terms, createLinkState()))).toEqual([
      ['KTTT', 'kinh-te-tap-the'],
    ]);
  });

  it('keeps the span of an already-marked glossary term so nothing shorter links inside it', () => {
    const terms = [term('tín dụng nội bộ', 'tin-dung-noi-bo'), term('tín dụng', 'tin-dung')];
    const state = createLinkState();
    linkText('hoạt động tín dụng nội bộ', terms, state);
    const again = linkText('thực hiện hoạt động tín dụng nội bộ', terms, state);
    expect(linked(again)).toEqual([]);
    expect(again).toEqual([{ text: 'thực hiện hoạt động tín dụng nội bộ' }]);
  });

  it('gives the first listed term the win when two share the same surface form', () => {
    const segments = linkText('HTX', [term('HTX', 'first'), term('HTX', 'second')]);
    expect(linked(segments)).toEqual([['HTX', 'first']]);
  });

  it('matches case and diacritics exactly as written', () => {
    const terms = [agency('Tỉnh uỷ', 'tinh-uy')];
    expect(linked(linkText('Tỉnh ủy và TỈNH UỶ', terms))).toEqual([]);
    expect(linked(linkText('của Tỉnh uỷ.', terms))).toEqual([['Tỉnh uỷ', 'tinh-uy']]);
  });

  it('handles a long text with many terms in one pass', () => {
    const terms = Array.from({ length: 500 }, (_, i) => agency(`Cơ quan số ${i}A`, `cq-${i}`));
    const text = Array.from({ length: 2000 }, (_, i) => `Cơ quan số ${i % 600}A làm việc.`).join(
      ' ',
    );
    const segments = linkText(text, terms);
    expect(join(segments)).toBe(text);
    expect(segments.filter((s) => s.term).length).toBe(
      Array.from({ length: 2000 }, (_, i) => i % 600).filter((n) => n < 500).length,
    );
  });
});

/** The text a browser shows for an HTML fragment made only of tags, text and entities. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('segmentsToHtml', () => {
  const terms: LinkTerm[] = [
    { text: 'Kế hoạch số 37/KH-UBND', kind: 'document', id: '37', href: '/van-ban/37-kh-ubnd/' },
    {
      text: 'UBND tỉnh',
      kind: 'agency',
      id: 'ubnd-tinh',
      href: '/co-quan/ubnd-tinh/',
      title: 'Ủy ban "tỉnh"',
    },
    { text: 'HTX', kind: 'term', id: 'htx', href: '/thuat-ngu/#htx', title: 'Hợp tác xã' },
    { text: 'KTTT', kind: 'term', id: 'kttt', title: 'Kinh tế tập thể' },
  ];

  it('adds markup without adding, dropping or changing a character of the text', () => {
    const text = 'bãi bỏ Kế hoạch số 37/KH-UBND của UBND tỉnh <b> & “HTX”, KTTT; HTX\u00a0 ';
    const html = segmentsToHtml(linkText(text, terms));
    expect(textOf(html)).toBe(text);
    expect(html).not.toContain('<b>');
  });

  it('renders documents and agencies as links, abbreviations as <abbr> in a glossary link', () => {
    const html = segmentsToHtml(linkText('Kế hoạch số 37/KH-UBND, UBND tỉnh, HTX, KTTT', terms));
    expect(html).toContain(
      '<a class="xref xref-document" href="/van-ban/37-kh-ubnd/">Kế hoạch số 37/KH-UBND</a>',
    );
    expect(html).toContain('title="Ủy ban &quot;tỉnh&quot;"');
    expect(html).toContain(
      '<a class="xref xref-term" href="/thuat-ngu/#htx"><abbr title="Hợp tác xã">HTX</abbr></a>',
    );
    expect(html).toContain('<abbr title="Kinh tế tập thể">KTTT</abbr>');
  });

  it('never puts a link inside a link', () => {
    const html = segmentsToHtml(
      linkText('Liên minh HTX tỉnh', [
        { text: 'Liên minh HTX tỉnh', kind: 'agency', id: 'lm', href: '/co-quan/lm/' },
        ...terms,
      ]),
    );
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toBe(
      '<a class="xref xref-agency" href="/co-quan/lm/">Liên minh <abbr title="Hợp tác xã">HTX</abbr> tỉnh</a>',
    );
  });

  it('does not link a page to itself', () => {
    const html = segmentsToHtml(linkText('Kế hoạch số 37/KH-UBND', terms), '/van-ban/37-kh-ubnd/');
    expect(html).toBe('Kế hoạch số 37/KH-UBND');
  });
});

describe('linking a whole plan in reading order', () => {
  const sections = [
    {
      anchor: 'muc-i',
      heading: 'I. KTTT',
      paragraphs: [{ anchor: 'muc-i-p1', kind: 'text', text: 'Phát triển KTTT.' }],
    },
    {
      anchor: 'phu-luc',
      heading: 'PHỤ LỤC',
      paragraphs: [
        { anchor: 'phu-luc-p1', kind: 'row', text: '1\tKTTT\tSở', cells: ['1', 'KTTT', 'Sở'] },
      ],
    },
  ];

  it('lists headings, paragraphs and table cells in the order a reader meets them', () => {
    expect(planTextParts('p', sections).map((x) => x.key)).toEqual([
      'muc-i',
      'muc-i-p1',
      'phu-luc',
      'phu-luc-p1:0',
      'phu-luc-p1:1',
      'phu-luc-p1:2',
    ]);
    expect(planTextParts('p', sections)[1].place).toEqual({
      plan: 'p',
      section: 'muc-i',
      paragraph: 'muc-i-p1',
    });
  });

  it('marks a glossary term only where the page first uses it, and applies scoped terms only at their place', () => {
    const kttt: LinkTerm = { text: 'KTTT', kind: 'term', id: 'kttt', title: 'Kinh tế tập thể' };
    const so: LinkTerm = { text: 'Sở', kind: 'agency', id: 'so', href: '/co-quan/so/' };
    const links = linkParts(planTextParts('p', sections), (place) =>
      place.paragraph === 'phu-luc-p1' ? [kttt, so] : [kttt],
    );
    const marked = [...links].filter(([, segs]) => segs.some((s) => s.term?.kind === 'term'));
    expect(marked.map(([key]) => key)).toEqual(['muc-i']);
    expect(links.get('phu-luc-p1:2')).toEqual([{ text: 'Sở', term: so }]);
  });
});

describe('abbreviations inside an agency or document mention', () => {
  const ubndTinh: LinkTerm = {
    text: 'UBND tỉnh',
    kind: 'agency',
    id: 'ubnd-tinh',
    href: '/co-quan/ubnd-tinh/',
  };
  const ubnd: LinkTerm = {
    text: 'UBND',
    kind: 'term',
    id: 'ubnd',
    title: 'Ủy ban nhân dân',
    href: '/thuat-ngu/#ubnd',
  };

  it('are expanded inside the link, once per page, without a link in the link', () => {
    const state = createLinkState();
    const first = linkText('báo cáo UBND tỉnh', [ubndTinh, ubnd], state);
    expect(first.map((s) => s.text).join('')).toBe('báo cáo UBND tỉnh');
    expect(segmentsToHtml(first)).toBe(
      'báo cáo <a class="xref xref-agency" href="/co-quan/ubnd-tinh/"><abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh</a>',
    );
    const second = linkText('UBND tỉnh', [ubndTinh, ubnd], state);
    expect(segmentsToHtml(second)).toBe(
      '<a class="xref xref-agency" href="/co-quan/ubnd-tinh/">UBND tỉnh</a>',
    );
  });
});
