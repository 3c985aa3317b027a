/**
 * The documents a plan cites, as a graph: their labels, what each rests on, carries out, repeals or
 * amends, what the plan tells of its status and how the index groups them. Pure functions over
 * plain entries. The rest of the concern lives beside it: document-linking.ts (terms and the
 * missing-document check), document-checks.ts (integrity), document-citations.ts (where a plan
 * cites a document, what rests on it), document-json-ld.ts and document-diagram.ts.
 */
import { formatDate } from './format.ts';
import { compareVi, foldVi } from './vietnamese.ts';
import type { Change } from '../schemas/change.ts';
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
  'thong-tu': 'Thông tư',
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
  bo: 'Bộ, cơ quan ngang bộ',
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

/**
 * What a document's page shows for a field (number, date, title) it does not have. A document the
 * plan cites has only what the plan's text gives; one brought in by an outside fact has only what
 * its sources were read to say, so the field is not "not given" but not checked yet.
 */
export function missingFieldText(doc: Pick<LegalDocument, 'outsideChange'>): string {
  return doc.outsideChange === undefined ? 'Văn bản không ghi' : 'Chưa kiểm được';
}

/**
 * Why the site has a page for a document the plan does not cite, from what the change that brings
 * it in touches: documents the plan cites (those not brought in by a change), the plan's targets,
 * or else the plan itself.
 */
export function outsideDocumentReason(
  change: Pick<Change, 'affects'>,
  documents: readonly Pick<LegalDocument, 'id' | 'outsideChange'>[],
): string {
  const cited = new Set(documents.filter((d) => d.outsideChange === undefined).map((d) => d.id));
  const reasons = [
    ...(change.affects.documents.some((d) => cited.has(d)) ? ['các văn bản kế hoạch dựa vào'] : []),
    ...(change.affects.targets.length > 0 ? ['mục tiêu của kế hoạch'] : []),
  ];
  return `Kế hoạch không nhắc tới văn bản này. Trang này có vì văn bản liên quan tới ${
    reasons.length > 0 ? reasons.join(' và ') : 'kế hoạch'
  }, theo thông tin dưới đây.`;
}

/** Status when the plan tells nothing about it. */
export const STATUS_UNKNOWN = 'Không rõ từ văn bản này';

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
