import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  documentIdFromNumber,
  documentStatus,
  groupByLevel,
  missingFieldText,
  outsideDocumentReason,
  relationGraph,
  STATUS_UNKNOWN,
  type LegalDocument,
} from '../../src/lib/documents.ts';
import { checkDocuments } from '../../src/lib/document-checks.ts';
import {
  citationsByDocument,
  dependentsOf,
  documentCitations,
} from '../../src/lib/document-citations.ts';
import { relationDiagram, wrapText } from '../../src/lib/document-diagram.ts';
import { documentJsonLd, jsonLdScript } from '../../src/lib/document-json-ld.ts';
import {
  checkCitedDocuments,
  documentTerms,
  findDocumentNumbers,
} from '../../src/lib/document-linking.ts';
import { linkText } from '../../src/lib/linker.ts';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { mainPlanText, realContent } from '../helpers/paths.ts';

const documentsDir = `${realContent}/documents`;

function loadDocuments(): LegalDocument[] {
  return readdirSync(documentsDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const raw = parse(readFileSync(`${documentsDir}/${f}`, 'utf8'));
      const result = documentSchema.safeParse(raw);
      if (!result.success) throw new Error(`${f}: ${JSON.stringify(result.error.issues)}`);
      return { id: f.replace(/\.yaml$/, ''), ...result.data };
    });
}

const docs = loadDocuments();
const byId = new Map(docs.map((d) => [d.id, d]));
const text = readFileSync(mainPlanText, 'utf8');
const sections = parsePlanText(text);
const sectionsByPlan = new Map([['510-qd-ubnd', sections]]);
const graph = relationGraph(docs);

const doc = (id: string, extra: Partial<LegalDocument> = {}): LegalDocument => ({
  id,
  name: id,
  type: 'nghi-quyet',
  level: 'khong-ro',
  aliases: [id.toUpperCase()],
  relations: [],
  notes: [],
  ...extra,
});

describe('the documents collection', () => {
  it('has an entry with the id the conventions fix for every document the text cites', () => {
    for (const id of [
      '20-nq-tw',
      '52-kh-tu',
      '09-nq-cp',
      '63-kh-ubnd',
      '3204-qd-ubnd',
      '253-skhdt-ktn',
      '37-kh-ubnd',
      '134-nq-cp',
      '70-kl-tw',
      '55-2015-nd-cp',
      '116-2018-nd-cp',
      '08-ctr-tu',
      '5198-qd-ubnd',
      '510-qd-ubnd',
      'luat-hop-tac-xa',
      'luat-bao-hiem-xa-hoi',
      'luat-to-chuc-chinh-quyen-dia-phuong',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('writes every alias exactly as the text of 510/QĐ-UBND does', () => {
    for (const d of docs) {
      for (const alias of d.aliases) expect(text.includes(alias), `${d.id}: ${alias}`).toBe(true);
    }
  });

  it('keeps the typo 134//NQ-CP as a way the text writes Nghị quyết 134/NQ-CP', () => {
    const d = byId.get('134-nq-cp')!;
    expect(d.number).toBe('134/NQ-CP');
    expect(d.aliases).toContain('Nghị quyết số 134//NQ-CP');
  });

  it('passes every integrity check against the real text and agencies', () => {
    const agencyIds = new Set(
      readdirSync(`${realContent}/agencies`).map((f) => f.replace(/\.yaml$/, '')),
    );
    expect(checkDocuments(docs, { dir: 'content/documents', sectionsByPlan, agencyIds })).toEqual(
      [],
    );
    expect(checkCitedDocuments({ id: '510-qd-ubnd', file: 'van-ban.txt', text }, docs)).toEqual([]);
  });

  it('gives no date the text does not give', () => {
    for (const id of ['luat-hop-tac-xa', 'luat-bao-hiem-xa-hoi', 'chuong-trinh-ocop']) {
      expect(byId.get(id)!.date, id).toBeUndefined();
    }
    expect(byId.get('37-kh-ubnd')!.date).toBe('2021-03-25');
  });
});

describe('findDocumentNumbers', () => {
  it('finds every form of number the text uses and nothing else', () => {
    const found = findDocumentNumbers(
      'số 20-NQ/TW ngày 16/6/2022; 08-CTr/TU; 09/NQ-CP; 134//NQ-CP; 3204/QĐ-UBND;\n' +
        '253/SKHĐT-KTN, 55/2015/NĐ-CP giai đoạn 2021 - 2025, 15/12 hằng năm, K13 (45b), VssID-BHXH',
    );
    expect(found.map((f) => f.number)).toEqual([
      '20-NQ/TW',
      '08-CTr/TU',
      '09/NQ-CP',
      '134//NQ-CP',
      '3204/QĐ-UBND',
      '253/SKHĐT-KTN',
      '55/2015/NĐ-CP',
    ]);
    expect(found.map((f) => f.line)).toEqual([1, 1, 1, 1, 1, 2, 2]);
  });

  it('suggests the conventional id for a number', () => {
    expect(documentIdFromNumber('134//NQ-CP')).toBe('134-nq-cp');
    expect(documentIdFromNumber('55/2015/NĐ-CP')).toBe('55-2015-nd-cp');
    expect(documentIdFromNumber('253/SKHĐT-KTN')).toBe('253-skhdt-ktn');
  });
});

describe('checkCitedDocuments', () => {
  it('names the file, the line and the number when a plan cites a document with no entry', () => {
    const issues = checkCitedDocuments(
      {
        id: 'moi',
        file: 'content/plans/moi/van-ban.txt',
        text: 'Căn cứ Nghị quyết số 20-NQ/TW;\nCăn cứ Nghị định số 99/2024/NĐ-CP;\n99/2024/NĐ-CP',
      },
      [doc('20-nq-tw', { aliases: ['Nghị quyết số 20-NQ/TW'] })],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe('content/plans/moi/van-ban.txt');
    expect(issues[0].field).toBe('dòng 2');
    expect(issues[0].message).toContain('"99/2024/NĐ-CP"');
    expect(issues[0].message).toContain('content/documents/99-2024-nd-cp.yaml');
  });

  it('accepts a number written only in an alias, typo included', () => {
    const d = doc('134-nq-cp', { number: '134/NQ-CP', aliases: ['Nghị quyết số 134//NQ-CP'] });
    expect(checkCitedDocuments({ id: 'p', file: 'f', text: 'số 134//NQ-CP' }, [d])).toEqual([]);
    expect(
      checkCitedDocuments({ id: 'p', file: 'f', text: 'số 134/NQ-CP và 134///NQ-CP' }, [d]),
    ).toEqual([]);
  });

  it('fails a plan whose typo is not among the aliases', () => {
    const d = doc('134-nq-cp', { number: '134/NQ-CP', aliases: ['Nghị quyết số 134/NQ-CP'] });
    const issues = checkCitedDocuments({ id: 'p', file: 'f', text: 'số 134//NQ-CP' }, [d]);
    expect(issues.map((i) => i.message.includes('134//NQ-CP'))).toEqual([true]);
  });
});

describe('checkDocuments', () => {
  it('reports a dangling relation, an unresolved citation, an issuer cited to a missing paragraph and an unknown issuer by field', () => {
    const issues = checkDocuments(
      [
        doc('a', {
          issuer: {
            name: 'X',
            agency: 'khong-co',
            provenance: { kind: 'van-ban', cite: '510-qd-ubnd#dieu-9-p9' },
          },
          relations: [
            { type: 'can-cu', target: 'khong-co', cite: '510-qd-ubnd#can-cu-p1' },
            { type: 'thuc-hien', target: 'b', cite: '510-qd-ubnd#khong-co-p9' },
          ],
        }),
        doc('b', { aliases: ['A'] }),
      ],
      { dir: 'content/documents', sectionsByPlan, agencyIds: new Set(['ubnd-tinh']) },
    );
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      ['content/documents/a.yaml', 'relations[0].target'],
      ['content/documents/a.yaml', 'relations[1].cite'],
      ['content/documents/a.yaml', 'issuer.provenance.cite'],
      ['content/documents/a.yaml', 'issuer.agency'],
      ['content/documents/b.yaml', 'aliases[0]'],
    ]);
  });

  it('requires the relations a plan.yaml declares to be in the plan’s document entry', () => {
    const issues = checkDocuments([doc('p', { plan: '510-qd-ubnd' })], {
      dir: 'content/documents',
      sectionsByPlan,
      planRelations: [
        {
          plan: '510-qd-ubnd',
          file: 'content/plans/510-qd-ubnd/plan.yaml',
          implements: [],
          repeals: [{ document: '37-kh-ubnd' }],
        },
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('bai-bo');
  });
});

describe('relations and status', () => {
  it('shows 37/KH-UBND as repealed by Điều 2 of 510/QĐ-UBND', () => {
    const status = documentStatus(byId.get('37-kh-ubnd')!, graph);
    expect(status.state).toBe('bi-bai-bo');
    expect(status.by?.id).toBe('510-qd-ubnd');
    expect(status.cite).toBe('510-qd-ubnd#dieu-2-p1');
  });

  it('says the status is unknown when the plan tells nothing', () => {
    expect(documentStatus(byId.get('20-nq-tw')!, graph).label).toBe(STATUS_UNKNOWN);
  });

  it('records the amendment of 55/2015/NĐ-CP by 116/2018/NĐ-CP on both sides', () => {
    const status = documentStatus(byId.get('55-2015-nd-cp')!, graph);
    expect(status.amendedBy.map((r) => r.other.id)).toEqual(['116-2018-nd-cp']);
    expect(graph.get('116-2018-nd-cp')!.outgoing.map((r) => [r.type, r.other.id])).toEqual([
      ['sua-doi', '55-2015-nd-cp'],
    ]);
  });

  it('lists what 510/QĐ-UBND rests on, carries out and repeals, each with its paragraph', () => {
    const out = graph.get('510-qd-ubnd')!.outgoing;
    expect(out.filter((r) => r.type === 'can-cu').map((r) => r.other.id)).toEqual([
      'luat-to-chuc-chinh-quyen-dia-phuong',
      'luat-sua-doi-to-chuc-chinh-phu-va-chinh-quyen-dia-phuong',
      '20-nq-tw',
      '52-kh-tu',
      '09-nq-cp',
      '63-kh-ubnd',
      '3204-qd-ubnd',
    ]);
    expect(out.find((r) => r.type === 'bai-bo')?.other.id).toBe('37-kh-ubnd');
    for (const r of out) expect(r.cite).toMatch(/^510-qd-ubnd#(can-cu|dieu-\d)-p\d+$/);
  });

  it('groups the index by issuing level from the Party centre down, empty levels left out', () => {
    const groups = groupByLevel(docs);
    expect(groups.map((g) => g.level)).toEqual([
      'dang',
      // The laws added as outside facts (their issuer is sourced, content/changes/).
      'quoc-hoi',
      'chinh-phu',
      // The ministry's circulars of an outside fact, between the Government and the province.
      'bo',
      'tinh-uy',
      'ubnd-tinh',
      'so',
      'khong-ro',
    ]);
    expect(groups.flatMap((g) => g.documents)).toHaveLength(docs.length);
    const ubnd = groups.find((g) => g.level === 'ubnd-tinh')!.documents.map((d) => d.id);
    // Newest first.
    expect(ubnd).toEqual([
      '510-qd-ubnd',
      '3204-qd-ubnd',
      '5198-qd-ubnd',
      '37-kh-ubnd',
      '63-kh-ubnd',
    ]);
  });
});

describe('a document brought in by an outside fact', () => {
  const affects = (documents: string[], targets: string[] = []) => ({
    affects: { agencies: [], documents, plans: [], targets },
  });
  const documents = [{ id: 'cu' }, { id: 'moi', outsideChange: 'thay-doi' }];

  it('says a field it lacks is not checked yet, where a cited one says the text does not give it', () => {
    expect(missingFieldText({ outsideChange: 'thay-doi' })).toBe('Chưa kiểm được');
    expect(missingFieldText({})).toBe('Văn bản không ghi');
  });

  it('says why it has a page: a document the plan cites, a target of the plan, or both', () => {
    expect(outsideDocumentReason(affects(['moi', 'cu']), documents)).toContain(
      'liên quan tới các văn bản kế hoạch dựa vào,',
    );
    expect(outsideDocumentReason(affects(['moi'], ['2030-x']), documents)).toContain(
      'liên quan tới mục tiêu của kế hoạch,',
    );
    expect(outsideDocumentReason(affects(['moi', 'cu'], ['2030-x']), documents)).toContain(
      'liên quan tới các văn bản kế hoạch dựa vào và mục tiêu của kế hoạch,',
    );
    expect(outsideDocumentReason(affects(['moi']), documents)).toContain('liên quan tới kế hoạch,');
  });
});

describe('documentCitations', () => {
  it('finds each paragraph that names a document, typos included', () => {
    const found = documentCitations(byId.get('134-nq-cp')!, [{ id: '510-qd-ubnd', sections }]);
    expect(found.map((c) => [c.anchor, c.matches])).toEqual([
      ['dieu-2-p1', ['Nghị quyết số 134//NQ-CP']],
    ]);
  });

  it('counts a law named inside a longer law’s title as cited', () => {
    const found = documentCitations(byId.get('luat-to-chuc-chinh-phu')!, [
      { id: '510-qd-ubnd', sections },
    ]);
    expect(found.map((c) => c.cite)).toEqual(['510-qd-ubnd#can-cu-p1']);
  });

  it('finds 52-KH/TU in the upper-case title lines as well', () => {
    const anchors = documentCitations(byId.get('52-kh-tu')!, [{ id: '510-qd-ubnd', sections }]).map(
      (c) => c.anchor,
    );
    expect(anchors).toContain('quyet-dinh-p1');
    expect(anchors).toContain('phu-luc-p1');
  });

  it('finds for every document at once exactly what each document finds alone', () => {
    const plans = [{ id: '510-qd-ubnd', sections }];
    const all = citationsByDocument(docs, plans);
    expect([...all.keys()].sort()).toEqual(docs.map((d) => d.id).sort());
    for (const doc of docs) expect(all.get(doc.id)).toEqual(documentCitations(doc, plans));
    // The comparison means something only if most documents are cited somewhere.
    expect([...all.values()].filter((c) => c.length > 0).length).toBeGreaterThan(docs.length / 2);
  });
});

describe('linking the text with document terms', () => {
  it('links every document number of the text and leaves the text unchanged', () => {
    const terms = documentTerms(docs);
    for (const section of sections) {
      for (const p of section.paragraphs) {
        const segments = linkText(p.text, terms);
        expect(segments.map((s) => s.text).join('')).toBe(p.text);
        const linked = segments.filter((s) => s.term).map((s) => s.text);
        for (const { number } of findDocumentNumbers(p.text)) {
          expect(
            linked.some((l) => l.includes(number)),
            `${p.anchor}: ${number}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('documentJsonLd', () => {
  const site = 'https://example.org';

  it('names no issuer the text does not give: the laws and Nghị quyết Trung ương 5 khóa IX', () => {
    for (const id of [
      'luat-bao-hiem-xa-hoi',
      'luat-hop-tac-xa',
      'luat-to-chuc-chinh-phu',
      'luat-to-chuc-chinh-quyen-dia-phuong',
      'luat-sua-doi-to-chuc-chinh-phu-va-chinh-quyen-dia-phuong',
      'nghi-quyet-trung-uong-5-khoa-ix',
    ]) {
      const doc = byId.get(id)!;
      expect(doc.issuer, id).toBeUndefined();
      expect(doc.level, id).toBe('khong-ro');
      expect(documentJsonLd(doc, graph, site), id).not.toHaveProperty('legislationPassedBy');
    }
  });

  it('gives every issuer it names the paragraph that names it, and that paragraph holds the name', () => {
    const named = docs.filter((d) => d.issuer);
    expect(named.length).toBeGreaterThan(10);
    for (const d of named) {
      const basis = d.issuer!.provenance;
      // A document the plan does not cite names its issuer as an outside fact, with its sources.
      if (d.outsideChange) {
        expect(basis.kind, d.id).toBe('nguon-ngoai');
        expect(basis.kind === 'nguon-ngoai' ? basis.sources.length : 0, d.id).toBeGreaterThan(0);
        continue;
      }
      expect(basis.kind, d.id).toBe('van-ban');
      const anchor = basis.kind === 'van-ban' ? basis.cite.split('#')[1] : '';
      const paragraph = sections.flatMap((s) => s.paragraphs).find((p) => p.anchor === anchor);
      // The text writes "Uỷ"/"Ủy" and "Chính Phủ" both ways; compare without case.
      expect(paragraph?.text.toLowerCase(), d.id).toContain(d.issuer!.name.toLowerCase());
    }
  });

  it('describes 37/KH-UBND as Legislation no longer in force', () => {
    const data = documentJsonLd(byId.get('37-kh-ubnd')!, graph, site);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://example.org/van-ban/37-kh-ubnd/',
      legislationIdentifier: '37/KH-UBND',
      legislationType: 'Kế hoạch',
      legislationDate: '2021-03-25',
      legislationLegalForce: 'https://schema.org/NotInForce',
      legislationPassedBy: { name: 'UBND tỉnh' },
      inLanguage: 'vi',
    });
  });

  it('links what 510/QĐ-UBND repeals and rests on', () => {
    const data = documentJsonLd(byId.get('510-qd-ubnd')!, graph, site);
    expect(data['legislationRepeals']).toEqual([
      expect.objectContaining({ '@id': 'https://example.org/van-ban/37-kh-ubnd/' }),
    ]);
    const cited = (data['citation'] as { '@id': string }[]).map((c) => c['@id']);
    expect(cited).toContain('https://example.org/van-ban/20-nq-tw/');
    // 52-KH/TU is both a basis and what the plan carries out: listed once.
    expect(cited.filter((c) => c.endsWith('/52-kh-tu/'))).toHaveLength(1);
    expect(data['legislationLegalForce']).toBeUndefined();
  });

  it('leaves out what the text does not give', () => {
    const data = documentJsonLd(byId.get('luat-hop-tac-xa')!, graph, site);
    expect(data['legislationDate']).toBeUndefined();
    expect(data['legislationIdentifier']).toBeUndefined();
  });

  it('escapes "<" so the data cannot close its script element', () => {
    const out = jsonLdScript({ name: '</script><b>' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ name: '</script><b>' });
  });
});

describe('relationDiagram', () => {
  it('puts the document in the middle, what it relates to on the left, the rest on the right', () => {
    const d = relationDiagram(byId.get('134-nq-cp')!, graph);
    const center = d.nodes.find((n) => n.current)!;
    expect(center.id).toBe('134-nq-cp');
    const left = d.nodes.filter((n) => n.x < center.x).map((n) => n.id);
    const right = d.nodes.filter((n) => n.x > center.x).map((n) => n.id);
    expect(left).toEqual(['70-kl-tw']);
    expect(right).toEqual(['37-kh-ubnd']);
    expect(d.edges.map((e) => e.label)).toEqual(['thực hiện', 'thực hiện']);
    expect(d.summary).toContain('được thực hiện bởi Kế hoạch số 37/KH-UBND');
  });

  it('marks a repealed document and keeps every node inside the drawing', () => {
    const d = relationDiagram(byId.get('510-qd-ubnd')!, graph);
    expect(d.nodes.find((n) => n.id === '37-kh-ubnd')!.repealed).toBe(true);
    expect(d.nodes.find((n) => n.id === '37-kh-ubnd')!.detail).toContain('đã bị bãi bỏ');
    // 52-KH/TU is one node with both relations on one edge.
    expect(d.nodes.filter((n) => n.id === '52-kh-tu')).toHaveLength(1);
    expect(d.edges.find((e) => e.types.length === 2)!.label).toBe('căn cứ; thực hiện');
    for (const n of d.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(d.width);
      expect(n.y + n.height).toBeLessThanOrEqual(d.height);
    }
    // Nodes of one column never overlap.
    const left = d.nodes.filter((n) => !n.current).sort((a, b) => a.y - b.y);
    for (let i = 1; i < left.length; i++) {
      expect(left[i].y).toBeGreaterThanOrEqual(left[i - 1].y + left[i - 1].height);
    }
  });

  it('says so in words when a document has no relation', () => {
    const d = relationDiagram(byId.get('luat-bao-hiem-xa-hoi')!, graph);
    expect(d.nodes).toHaveLength(1);
    expect(d.edges).toEqual([]);
    expect(d.summary).toContain('không nêu quan hệ nào');
  });

  it('wraps long names and cuts them with an ellipsis', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapText('ngắn')).toEqual(['ngắn']);
  });
});

describe('dependentsOf', () => {
  it('finds the items that name a document and those written from a paragraph citing it', () => {
    const d = byId.get('55-2015-nd-cp')!;
    const citations = documentCitations(d, [{ id: '510-qd-ubnd', sections }]);
    const found = dependentsOf(d, citations, [
      {
        id: 'tin-dung',
        title: 'Tín dụng',
        href: '/chinh-sach/tin-dung/',
        cites: [],
        documents: ['55-2015-nd-cp'],
      },
      {
        id: 'vay-von',
        title: 'Vay vốn',
        href: '/nhiem-vu/vay-von/',
        cites: ['510-qd-ubnd#muc-iii-2-4-p1'],
      },
      { id: 'khac', title: 'Khác', href: '/nhiem-vu/khac/', cites: ['510-qd-ubnd#muc-iii-2-4-p2'] },
    ]);
    expect(found.map((f) => [f.id, f.reason, f.via])).toEqual([
      ['tin-dung', 'names', []],
      ['vay-von', 'paragraph', ['510-qd-ubnd#muc-iii-2-4-p1']],
    ]);
  });
});
