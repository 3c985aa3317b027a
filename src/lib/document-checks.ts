/**
 * The integrity of the documents collection: issuers, relations, citations and cycles, checked
 * at build time with the file and the field named in Vietnamese.
 */
import { findCycle } from './agencies.ts';
import { resolveCitation } from './citations.ts';
import { didYouMean, type ContentIssue } from './content-errors.ts';
import type { PlanSection } from './plan-parser.ts';
import type { RelationType } from '../schemas/document.ts';
import type { LegalDocument } from './documents.ts';

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
