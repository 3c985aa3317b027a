/**
 * The documents a plan cites, as a graph: what each rests on, carries out, repeals or amends, what
 * the plan tells of its status, where the plan cites it, how the index groups it, its schema.org
 * description and the layout of its relations diagram. Pure functions over plain entries.
 */
import { findCycle } from './agencies.ts';
import { resolveCitation } from './citations.ts';
import { didYouMean, type ContentIssue } from './content-errors.ts';
import { formatDate } from './format.ts';
import { linkText, termsIn, type LinkTerm } from './linker.ts';
import { splitLines, type PlanSection } from './plan-parser.ts';
import { paragraphLabel, sectionLabel } from './plans.ts';
import { compareVi, foldVi } from './vietnamese.ts';
import type {
  DocumentData,
  DocumentType,
  IssuingLevel,
  RelationType,
} from '../schemas/document.ts';

export type LegalDocument = DocumentData & { id: string };

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  luat: 'Luật',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'ket-luan': 'Kết luận',
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh': 'Chương trình',
  'chuong-trinh-hanh-dong': 'Chương trình hành động',
  'de-an': 'Đề án',
  'van-ban': 'Văn bản',
};

export const ISSUING_LEVEL_LABELS: Record<IssuingLevel, string> = {
  dang: 'Đảng (Trung ương)',
  'quoc-hoi': 'Quốc hội',
  'chinh-phu': 'Chính phủ',
  'tinh-uy': 'Tỉnh ủy',
  'ubnd-tinh': 'UBND tỉnh',
  so: 'Sở, ngành',
  'khong-ro': 'Kế hoạch không ghi cơ quan ban hành',
};

/** How the document with the relation reads it ("A căn cứ B"). */
export const RELATION_LABELS: Record<RelationType, string> = {
  'can-cu': 'Căn cứ',
  'thuc-hien': 'Thực hiện',
  'bai-bo': 'Bãi bỏ',
  'sua-doi': 'Sửa đổi, bổ sung',
  'theo-de-nghi': 'Ban hành theo đề nghị tại',
  'lien-quan': 'Liên quan đến',
  'thay-the': 'Thay thế',
};

/** How the other side reads it ("B là căn cứ của A"). */
export const INVERSE_RELATION_LABELS: Record<RelationType, string> = {
  'can-cu': 'Là căn cứ của',
  'thuc-hien': 'Được thực hiện bởi',
  'bai-bo': 'Bị bãi bỏ bởi',
  'sua-doi': 'Được sửa đổi, bổ sung bởi',
  'theo-de-nghi': 'Đề nghị ban hành',
  'lien-quan': 'Được nhắc đến trong',
  'thay-the': 'Được thay thế bởi',
};

/** Status when the plan tells nothing about it. */
export const STATUS_UNKNOWN = 'Không rõ từ văn bản này';

export function documentHref(id: string): string {
  return `/van-ban/${id}/`;
}

/** The id a document with this number would get: folded, lower case, slashes to dashes. */
export function documentIdFromNumber(number: string): string {
  return foldVi(number)
    .toLowerCase()
    .replace(/\/+/g, '-')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Nghị quyết số 20-NQ/TW ngày 16/06/2022": a document's name with its date when known. */
export function documentLabel(doc: LegalDocument): string {
  return doc.date ? `${doc.name} ngày ${formatDate(doc.date)}` : doc.name;
}

// ---------------------------------------------------------------------------------------------
// Linking and the missing-document check
// ---------------------------------------------------------------------------------------------

/** One link term per way the text writes each document, for the linker. */
export function documentTerms(docs: readonly LegalDocument[]): LinkTerm[] {
  return docs.flatMap((doc) =>
    doc.aliases.map((text) => ({
      text,
      kind: 'document' as const,
      id: doc.id,
      href: documentHref(doc.id),
      title: documentLabel(doc),
    })),
  );
}

/**
 * A document number and symbol as Vietnamese texts write them: `20-NQ/TW`, `08-CTr/TU`,
 * `09/NQ-CP`, `134//NQ-CP`, `3204/QĐ-UBND`, `253/SKHĐT-KTN`, `55/2015/NĐ-CP`. A date (`16/6/2022`)
 * or a bare number never matches: the symbol must start with a capital letter.
 */
const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}])\d+(?:\/\d{4})?(?:-|\/{1,2})[A-ZĐ][\p{L}&]*(?:[-/][A-ZĐ][\p{L}&]*)*(?![\p{L}\p{N}])/gu;

export interface FoundNumber {
  /** The number as written. */
  number: string;
  /** 1-based line of the text. */
  line: number;
}

/** Every document number a text writes, in order, with its line. */
export function findDocumentNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  splitLines(text).forEach((lineText, i) => {
    for (const m of lineText.matchAll(DOCUMENT_NUMBER)) {
      found.push({ number: m[0], line: i + 1 });
    }
  });
  return found;
}

/** The numbers each document is known by: its own and every one its aliases write. */
function knownNumbers(docs: readonly LegalDocument[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const doc of docs) {
    const numbers = [doc.number, ...doc.aliases].filter((s): s is string => Boolean(s));
    for (const s of numbers) {
      for (const { number } of findDocumentNumbers(s)) known.set(number, doc.id);
    }
  }
  return known;
}

/**
 * The check that keeps a new plan from silently missing a document: every document number its
 * text writes must be the number, or appear in an alias, of an entry in content/documents/.
 */
export function checkCitedDocuments(
  plan: { id: string; file: string; text: string },
  docs: readonly LegalDocument[],
  documentsDir = 'content/documents',
): ContentIssue[] {
  const known = knownNumbers(docs);
  const reported = new Set<string>();
  const issues: ContentIssue[] = [];
  for (const { number, line } of findDocumentNumbers(plan.text)) {
    if (known.has(number) || reported.has(number)) continue;
    reported.add(number);
    issues.push({
      file: plan.file,
      field: `dòng ${line}`,
      message:
        `văn bản trích dẫn số hiệu "${number}" nhưng ${documentsDir}/ chưa có văn bản nào mang số ` +
        `hiệu hay cách viết này. Hãy thêm tệp ${documentsDir}/${documentIdFromNumber(number)}.yaml ` +
        `(ghi "${number}" trong aliases), hoặc thêm cách viết này vào aliases của văn bản đã có.`,
    });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Integrity of the collection
// ---------------------------------------------------------------------------------------------

export interface DocumentCheckContext {
  /** Folder of the document files, for messages: `content/documents`. */
  dir: string;
  /** Parsed sections of every plan, to resolve citations. */
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
  /** Ids of content/agencies/ entries; omit to skip the issuer check. */
  agencyIds?: ReadonlySet<string>;
  /** Ids of content/changes/ entries; omit to skip the check of relations an outside fact states. */
  changeIds?: ReadonlySet<string>;
  /** The relations each plan's own metadata declares (plan.yaml), to be found in its entry. */
  planRelations?: ReadonlyArray<{
    plan: string;
    file: string;
    implements: readonly { document: string }[];
    repeals: readonly { document: string }[];
  }>;
}

/** An issuer's agency id must name an entry of content/agencies/. */
export function checkDocumentIssuers(
  docs: readonly LegalDocument[],
  agencyIds: ReadonlySet<string>,
  dir = 'content/documents',
): ContentIssue[] {
  return docs
    .filter((d) => d.issuer?.agency && !agencyIds.has(d.issuer.agency))
    .map((d) => ({
      file: `${dir}/${d.id}.yaml`,
      field: 'issuer.agency',
      message: `không có cơ quan mã "${d.issuer!.agency}" trong content/agencies/${didYouMean(d.issuer!.agency ?? '', agencyIds)}`,
    }));
}

/** Every broken reference in the documents collection, with the file and the field. */
/** The relation as a verb, for the cycle message. */
const RELATION_VERBS: Readonly<Record<string, string>> = {
  'can-cu': 'làm căn cứ cho',
  'thuc-hien': 'thực hiện',
  'bai-bo': 'bãi bỏ',
  'sua-doi': 'sửa đổi',
};

export function checkDocuments(
  docs: readonly LegalDocument[],
  ctx: DocumentCheckContext,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const fileOf = (id: string) => `${ctx.dir}/${id}.yaml`;
  const cite = (file: string, field: string, value: string) => {
    const result = resolveCitation(value, ctx.sectionsByPlan);
    if ('error' in result) issues.push({ file, field, message: `trích dẫn ${result.error}` });
  };

  const aliasOwner = new Map<string, string>();
  const numberOwner = new Map<string, string>();
  for (const doc of docs) {
    const file = fileOf(doc.id);
    doc.relations.forEach((r, i) => {
      if (r.target === doc.id) {
        issues.push({
          file,
          field: `relations[${i}].target`,
          message: 'một văn bản không thể có quan hệ với chính nó',
        });
      } else if (!byId.has(r.target)) {
        issues.push({
          file,
          field: `relations[${i}].target`,
          message: `không có văn bản mã "${r.target}" trong ${ctx.dir}/${didYouMean(r.target, byId.keys())}`,
        });
      }
      if (r.cite !== undefined) cite(file, `relations[${i}].cite`, r.cite);
      else if (r.change !== undefined && ctx.changeIds && !ctx.changeIds.has(r.change)) {
        issues.push({
          file,
          field: `relations[${i}].change`,
          message: `không có thay đổi mã "${r.change}" trong content/changes/`,
        });
      }
    });
    if (doc.effect) cite(file, 'effect.cite', doc.effect.cite);
    const issuerBasis = doc.issuer?.provenance;
    if (issuerBasis && 'cite' in issuerBasis && issuerBasis.cite) {
      cite(file, 'issuer.provenance.cite', issuerBasis.cite);
    }
    if (ctx.agencyIds) issues.push(...checkDocumentIssuers([doc], ctx.agencyIds, ctx.dir));
    if (doc.plan && !ctx.sectionsByPlan.has(doc.plan)) {
      issues.push({ file, field: 'plan', message: `không có kế hoạch mã "${doc.plan}"` });
    }
    doc.aliases.forEach((alias, i) => {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== doc.id) {
        issues.push({
          file,
          field: `aliases[${i}]`,
          message: `cách viết "${alias}" đã thuộc văn bản "${owner}"; một cách viết chỉ chỉ tới một văn bản`,
        });
      } else aliasOwner.set(alias, doc.id);
    });
    if (doc.number) {
      const owner = numberOwner.get(doc.number);
      if (owner) {
        issues.push({
          file,
          field: 'number',
          message: `số hiệu "${doc.number}" đã thuộc văn bản "${owner}"`,
        });
      } else numberOwner.set(doc.number, doc.id);
    }
  }

  // A document cannot repeal, amend, carry out or rest on one that (in turn) does the same to it.
  const DIRECTED: readonly RelationType[] = ['can-cu', 'thuc-hien', 'bai-bo', 'sua-doi'];
  for (const type of DIRECTED) {
    const reported = new Set<string>();
    for (const doc of docs) {
      const cycle = findCycle(doc.id, (id) =>
        (byId.get(id)?.relations ?? []).filter((r) => r.type === type).map((r) => r.target),
      );
      const key = cycle?.slice(0, -1).sort().join();
      if (!cycle || cycle[0] !== doc.id || reported.has(key!)) continue;
      reported.add(key!);
      issues.push({
        file: fileOf(doc.id),
        field: 'relations',
        message: `quan hệ "${type}" tạo thành vòng: ${cycle.join(' → ')}; hai văn bản không thể cùng ${RELATION_VERBS[type]} nhau`,
      });
    }
  }

  for (const plan of ctx.planRelations ?? []) {
    const entry = docs.find((d) => d.plan === plan.plan);
    if (!entry) {
      issues.push({
        file: plan.file,
        field: 'number',
        message: `kế hoạch "${plan.plan}" chưa có mục trong ${ctx.dir}/ (thêm tệp có "plan: ${plan.plan}")`,
      });
      continue;
    }
    const expect = [
      ...plan.implements.map((r) => ({ type: 'thuc-hien' as const, target: r.document })),
      ...plan.repeals.map((r) => ({ type: 'bai-bo' as const, target: r.document })),
    ];
    for (const { type, target } of expect) {
      if (!entry.relations.some((r) => r.type === type && r.target === target)) {
        issues.push({
          file: fileOf(entry.id),
          field: 'relations',
          message: `${plan.file} ghi quan hệ "${type}" tới "${target}" nhưng tệp này không có quan hệ đó`,
        });
      }
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Relations, status, grouping
// ---------------------------------------------------------------------------------------------

export interface RelationView {
  type: RelationType;
  /** "Căn cứ" for an outgoing relation, "Là căn cứ của" for an incoming one. */
  label: string;
  /** The document on the other end. */
  other: LegalDocument;
  /** The paragraph that states the relation; absent when an outside fact (`change`) does. */
  cite?: string;
  /** The change (content/changes/) that states the relation, for one the plan does not. */
  change?: string;
  note?: string;
}

export interface DocumentRelations {
  /** Relations this document has to others, in the order its file gives them. */
  outgoing: RelationView[];
  /** Relations other documents have to this one. */
  incoming: RelationView[];
}

export type RelationGraph = ReadonlyMap<string, DocumentRelations>;

export function relationGraph(docs: readonly LegalDocument[]): RelationGraph {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const graph = new Map<string, DocumentRelations>(
    docs.map((d) => [d.id, { outgoing: [], incoming: [] }]),
  );
  for (const doc of docs) {
    for (const r of doc.relations) {
      const target = byId.get(r.target);
      if (!target) continue;
      const base = {
        type: r.type,
        ...(r.cite ? { cite: r.cite } : {}),
        ...(r.change ? { change: r.change } : {}),
        ...(r.note ? { note: r.note } : {}),
      };
      graph.get(doc.id)!.outgoing.push({ ...base, label: RELATION_LABELS[r.type], other: target });
      graph
        .get(target.id)!
        .incoming.push({ ...base, label: INVERSE_RELATION_LABELS[r.type], other: doc });
    }
  }
  return graph;
}

export interface DocumentStatus {
  /** `bi-bai-bo`: a document in the collection repeals it; `co-hieu-luc`: its own text states its entry into force; else `khong-ro`. */
  state: 'bi-bai-bo' | 'co-hieu-luc' | 'khong-ro';
  /** The sentence shown to readers. */
  label: string;
  /** The repealing document, for `bi-bai-bo`. */
  by?: LegalDocument;
  /** The paragraph that says so. */
  cite?: string;
  /** Documents that amend it, as far as the plan tells. */
  amendedBy: RelationView[];
}

/** What the plan tells of a document's status; nothing beyond it. */
export function documentStatus(doc: LegalDocument, graph: RelationGraph): DocumentStatus {
  // Only what the plan states: relations an outside fact states are shown apart (changes).
  const incoming = (graph.get(doc.id)?.incoming ?? []).filter((r) => r.cite !== undefined);
  const amendedBy = incoming.filter((r) => r.type === 'sua-doi');
  const repeal = incoming.find((r) => r.type === 'bai-bo');
  if (repeal) {
    return {
      state: 'bi-bai-bo',
      label: `Bị bãi bỏ bởi ${repeal.other.name}`,
      by: repeal.other,
      cite: repeal.cite,
      amendedBy,
    };
  }
  if (doc.effect) {
    return { state: 'co-hieu-luc', label: doc.effect.note, cite: doc.effect.cite, amendedBy };
  }
  return { state: 'khong-ro', label: STATUS_UNKNOWN, amendedBy };
}

/** A citation's paragraph anchor: `510-qd-ubnd#dieu-2-p1` → `/ke-hoach/510-qd-ubnd/#dieu-2-p1`. */
export function citeHref(cite: string): string {
  const [plan, anchor] = cite.split('#');
  return `/ke-hoach/${plan}/#${anchor}`;
}

/** Where a citation points and how a reader names it ("Điều 2", "Mục III.2.4, đoạn 1"). */
export function citeLink(
  cite: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): { href: string; label: string } {
  const found = resolveCitation(cite, sectionsByPlan);
  if ('error' in found) throw new Error(`Trích dẫn "${cite}": ${found.error}`);
  const label = found.paragraph
    ? paragraphLabel(found.section, found.paragraph)
    : sectionLabel(found.section);
  return { href: found.href, label };
}

/** Dated documents first, newest first; then the undated by name, in Vietnamese order. */
export function compareDocuments(a: LegalDocument, b: LegalDocument): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return compareVi(a.name, b.name);
}

export interface LevelGroup {
  level: IssuingLevel;
  label: string;
  documents: LegalDocument[];
}

/** The index's groups, from the Party centre down to a department; empty levels left out. */
export function groupByLevel(docs: readonly LegalDocument[]): LevelGroup[] {
  const order = Object.keys(ISSUING_LEVEL_LABELS) as IssuingLevel[];
  return order
    .map((level) => ({
      level,
      label: ISSUING_LEVEL_LABELS[level],
      documents: docs.filter((d) => d.level === level).sort(compareDocuments),
    }))
    .filter((g) => g.documents.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Where a plan cites a document
// ---------------------------------------------------------------------------------------------

export interface DocumentCitation {
  plan: string;
  /** The section's numbering as a reader cites it (`Điều 2`, `III.2.4`). */
  sectionKey: string;
  /** The paragraph's anchor. */
  anchor: string;
  /** 1-based line of the source text. */
  line: number;
  /** The words of the text that cite it, as written (`Nghị quyết số 134//NQ-CP`). */
  matches: string[];
  /** `plan#anchor`, for a quote. */
  cite: string;
}

/**
 * For each document, every paragraph of every plan that names it, found with the site's linker
 * (the same whole-word, longest-match rules as the links) against that document's own aliases, so
 * a mention inside a longer document name still counts as a citation. A first pass over all
 * aliases at once finds which documents a paragraph may name, so the cost grows with paragraphs,
 * not documents × paragraphs.
 */
export function citationsByDocument(
  docs: readonly LegalDocument[],
  plans: ReadonlyArray<{ id: string; sections: readonly PlanSection[] }>,
): Map<string, DocumentCitation[]> {
  const allTerms = documentTerms(docs);
  // Two documents may share an alias; the first pass keeps one term per text, so map text → ids.
  const owners = new Map<string, Set<string>>();
  for (const term of allTerms)
    owners.set(term.text, (owners.get(term.text) ?? new Set()).add(term.id));
  const ownTerms = new Map(docs.map((doc) => [doc.id, documentTerms([doc])]));
  const found = new Map<string, DocumentCitation[]>(docs.map((doc) => [doc.id, []]));
  for (const plan of plans) {
    for (const section of plan.sections) {
      for (const paragraph of section.paragraphs) {
        const candidates = new Set(
          termsIn(paragraph.text, allTerms).flatMap((t) => [...(owners.get(t.text) ?? [])]),
        );
        for (const id of candidates) {
          const matches = linkText(paragraph.text, ownTerms.get(id)!)
            .filter((s) => s.term)
            .map((s) => s.text);
          if (matches.length === 0) continue;
          found.get(id)!.push({
            plan: plan.id,
            sectionKey: section.key,
            anchor: paragraph.anchor,
            line: paragraph.line,
            matches,
            cite: `${plan.id}#${paragraph.anchor}`,
          });
        }
      }
    }
  }
  return found;
}

/** Every paragraph of every plan that names the document (see citationsByDocument). */
export function documentCitations(
  doc: LegalDocument,
  plans: ReadonlyArray<{ id: string; sections: readonly PlanSection[] }>,
): DocumentCitation[] {
  return citationsByDocument([doc], plans).get(doc.id) ?? [];
}

export interface DependentItem {
  id: string;
  title: string;
  href: string;
  /** Paragraphs the item is written from (`plan#anchor`). */
  cites: readonly string[];
  /** Documents the item names explicitly (ids), if it has such a field. */
  documents?: readonly (string | undefined)[];
}

export interface Dependent {
  id: string;
  title: string;
  href: string;
  /** `names`: the item names the document; `paragraph`: it rests on a paragraph that cites it. */
  reason: 'names' | 'paragraph';
  /** The citing paragraphs the item shares with the document, for `paragraph`. */
  via: string[];
}

/**
 * Policy areas, tasks or any other entries that rest on a document: those that name it, and those
 * written from a paragraph of the plan that cites it.
 */
export function dependentsOf(
  doc: LegalDocument,
  citations: readonly DocumentCitation[],
  items: readonly DependentItem[],
): Dependent[] {
  const citing = new Set(citations.map((c) => c.cite));
  const found: Dependent[] = [];
  for (const item of items) {
    const base = { id: item.id, title: item.title, href: item.href };
    if (item.documents?.includes(doc.id)) {
      found.push({ ...base, reason: 'names', via: [] });
      continue;
    }
    const via = item.cites.filter((c) => citing.has(c));
    if (via.length > 0) found.push({ ...base, reason: 'paragraph', via });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// schema.org
// ---------------------------------------------------------------------------------------------

const LOCAL_LEVELS: ReadonlySet<IssuingLevel> = new Set(['tinh-uy', 'ubnd-tinh', 'so']);

/** A schema.org `Legislation` description of a document, with absolute URLs under `site`. */
export function documentJsonLd(
  doc: LegalDocument,
  graph: RelationGraph,
  site: string | URL,
): Record<string, unknown> {
  const url = (id: string) => new URL(documentHref(id), site).href;
  const ref = (d: LegalDocument) => ({
    '@type': 'Legislation',
    '@id': url(d.id),
    name: d.name,
    ...(d.number ? { legislationIdentifier: d.number } : {}),
  });
  const outgoing = graph.get(doc.id)?.outgoing ?? [];
  const of = (type: RelationType) =>
    outgoing.filter((r) => r.type === type).map((r) => ref(r.other));
  const status = documentStatus(doc, graph);
  // A law that replaces another ends it (Luật 17/2023/QH15, Điều 114): schema.org has no
  // "replaces", so it is published as a repeal.
  const repeals = [...of('bai-bo'), ...of('thay-the')];
  const amends = of('sua-doi');
  const cites = outgoing
    .filter((r) => r.type !== 'bai-bo' && r.type !== 'sua-doi' && r.type !== 'thay-the')
    .map((r) => ref(r.other));
  const uniqueCites = [...new Map(cites.map((c) => [c['@id'], c])).values()];
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url(doc.id),
    url: url(doc.id),
    name: doc.name,
    inLanguage: 'vi',
    legislationType: DOCUMENT_TYPE_LABELS[doc.type],
  };
  if (doc.number) data['legislationIdentifier'] = doc.number;
  if (doc.title) data['headline'] = doc.title;
  if (doc.date) data['legislationDate'] = doc.date;
  if (doc.aliases.length > 0) data['alternateName'] = doc.aliases;
  if (doc.issuer) {
    data['legislationPassedBy'] = {
      '@type':
        doc.level === 'dang' || doc.level === 'tinh-uy' ? 'Organization' : 'GovernmentOrganization',
      name: doc.issuer.name,
    };
  }
  if (LOCAL_LEVELS.has(doc.level)) data['legislationJurisdiction'] = 'Tỉnh Bình Định, Việt Nam';
  const replaced = (graph.get(doc.id)?.incoming ?? []).some((r) => r.type === 'thay-the');
  if (status.state === 'bi-bai-bo' || replaced) {
    data['legislationLegalForce'] = 'https://schema.org/NotInForce';
  }
  if (repeals.length > 0) data['legislationRepeals'] = repeals;
  if (amends.length > 0) data['legislationAmends'] = amends;
  if (uniqueCites.length > 0) data['citation'] = uniqueCites;
  return data;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

// ---------------------------------------------------------------------------------------------
// The relations diagram (laid out at build time, drawn as inline SVG)
// ---------------------------------------------------------------------------------------------

export interface DiagramNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name, wrapped. */
  lines: string[];
  /** A smaller line under the name (date, status). */
  detail?: string;
  /** The document the diagram is about. */
  current: boolean;
  repealed: boolean;
}

export interface DiagramEdge {
  /** SVG path data, from the document holding the relation to the other one. */
  path: string;
  /** The relation, as its holder reads it ("căn cứ", "bãi bỏ"). */
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  types: RelationType[];
}

export interface RelationDiagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** A sentence describing every relation shown, for the image's text alternative. */
  summary: string;
}

const NODE_WIDTH = 230;
const GAP_X = 180;
const GAP_Y = 14;
const LINE_HEIGHT = 16;
const PADDING = 10;
/** Characters per line at the diagram's font size; a safe estimate for Vietnamese text. */
const CHARS_PER_LINE = 30;
const MAX_LINES = 4;

/** Wraps text on spaces into at most MAX_LINES lines, the last one cut with "…". */
export function wrapText(text: string, width = CHARS_PER_LINE, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && (current + ' ' + word).length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1).trimEnd()}…`;
  return kept;
}

function nodeFor(
  doc: LegalDocument,
  graph: RelationGraph,
  x: number,
  current: boolean,
): DiagramNode {
  const lines = wrapText(doc.name);
  const repealed = documentStatus(doc, graph).state === 'bi-bai-bo';
  const parts = [doc.date ? formatDate(doc.date) : null, repealed ? 'đã bị bãi bỏ' : null].filter(
    Boolean,
  );
  const detail = parts.length > 0 ? parts.join(' · ') : undefined;
  const height = PADDING * 2 + LINE_HEIGHT * (lines.length + (detail ? 1 : 0));
  return {
    id: doc.id,
    x,
    y: 0,
    width: NODE_WIDTH,
    height,
    lines,
    ...(detail ? { detail } : {}),
    current,
    repealed,
  };
}

/** Related documents on one side, one node each, with every relation type between the two. */
function side(relations: readonly RelationView[]): { doc: LegalDocument; types: RelationType[] }[] {
  const map = new Map<string, { doc: LegalDocument; types: RelationType[] }>();
  for (const r of relations) {
    const entry = map.get(r.other.id) ?? { doc: r.other, types: [] };
    if (!entry.types.includes(r.type)) entry.types.push(r.type);
    map.set(r.other.id, entry);
  }
  return [...map.values()];
}

function stack(nodes: DiagramNode[], top: number): number {
  let y = top;
  for (const n of nodes) {
    n.y = y;
    y += n.height + GAP_Y;
  }
  return nodes.length > 0 ? y - GAP_Y - top : 0;
}

/**
 * The document in the middle; on the left the documents it relates to (what it rests on, carries
 * out, repeals, amends), on the right the documents that relate to it. Arrows go from the
 * document that holds the relation to the other one.
 */
export function relationDiagram(doc: LegalDocument, graph: RelationGraph): RelationDiagram {
  const relations = graph.get(doc.id) ?? { outgoing: [], incoming: [] };
  const left = side(relations.outgoing);
  const right = side(relations.incoming);
  const margin = 8;
  const leftX = margin;
  const centerX = left.length > 0 ? leftX + NODE_WIDTH + GAP_X : margin;
  const rightX = centerX + NODE_WIDTH + GAP_X;

  const leftNodes = left.map((s) => nodeFor(s.doc, graph, leftX, false));
  const rightNodes = right.map((s) => nodeFor(s.doc, graph, rightX, false));
  const center = nodeFor(doc, graph, centerX, true);

  const leftHeight = stack(leftNodes, margin);
  const rightHeight = stack(rightNodes, margin);
  const height = Math.max(leftHeight, rightHeight, center.height) + margin * 2;
  center.y = Math.round((height - center.height) / 2);
  // Centre the shorter column against the taller one.
  for (const [nodes, h] of [
    [leftNodes, leftHeight],
    [rightNodes, rightHeight],
  ] as const) {
    const shift = Math.round((height - margin * 2 - h) / 2);
    for (const n of nodes) n.y += shift;
  }

  const mid = (n: DiagramNode) => n.y + n.height / 2;
  const curve = (x1: number, y1: number, x2: number, y2: number) => {
    const dx = (x2 - x1) / 2;
    return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
  };
  const label = (types: RelationType[], labels: Record<RelationType, string>) =>
    types.map((t) => labels[t].toLowerCase()).join('; ');

  const edges: DiagramEdge[] = [];
  left.forEach((s, i) => {
    const n = leftNodes[i];
    edges.push({
      path: curve(center.x, mid(center), n.x + n.width + 2, mid(n)),
      label: label(s.types, RELATION_LABELS),
      labelX: n.x + n.width + 6,
      labelY: mid(n) - 6,
      labelAnchor: 'start',
      types: s.types,
    });
  });
  right.forEach((s, i) => {
    const n = rightNodes[i];
    edges.push({
      path: curve(n.x, mid(n), center.x + center.width + 2, mid(center)),
      label: label(s.types, RELATION_LABELS),
      labelX: n.x - 6,
      labelY: mid(n) - 6,
      labelAnchor: 'end',
      types: s.types,
    });
  });

  const width = (right.length > 0 ? rightX + NODE_WIDTH : centerX + NODE_WIDTH) + margin;
  return {
    width,
    height,
    nodes: [...leftNodes, center, ...rightNodes],
    edges,
    summary: diagramSummary(doc, relations),
  };
}

function diagramSummary(doc: LegalDocument, relations: DocumentRelations): string {
  const all = [...relations.outgoing, ...relations.incoming];
  if (all.length === 0) {
    return `Lược đồ quan hệ của ${doc.name}: văn bản này không nêu quan hệ nào của nó với các văn bản khác.`;
  }
  const parts = all.map((r) => `${r.label.toLowerCase()} ${r.other.name}`);
  return `Lược đồ quan hệ của ${doc.name}: ${parts.join('; ')}.`;
}
