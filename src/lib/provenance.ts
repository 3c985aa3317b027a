/**
 * Where a statement the site shows comes from, as one view every page displays the same way
 * (`src/components/provenance-label.astro`): the plan's own words with the paragraph, an editorial
 * inference with its reason, or an outside fact with its sources and the day each was checked.
 * Content that records its basis in an older field (a glossary expansion, a policy contact) is
 * mapped here to the same three kinds, so a reader never meets a fourth way of saying it.
 */
import { STATEMENT_KINDS, type Provenance, type StatementKind } from '../schemas/shared.ts';
import { citeLink } from './citations.ts';
import { instrumentLine } from './instruments.ts';
import type { PlanSection } from './plan-parser.ts';

export interface ProvenanceView {
  kind: StatementKind;
  /** What a reader sees first: "Theo văn bản", "Suy luận biên tập", "Thông tin ngoài kế hoạch". */
  label: string;
  /** The paragraph the plan says it in, or that an inference rests on. */
  cite?: { href: string; label: string };
  /** Why the editors infer it. */
  reason?: string;
  /** The instrument that makes an outside fact true, written out for a reader. */
  instrument?: string;
  /** Where an outside fact was read, with the day it was checked (yyyy-mm-dd). */
  sources?: { url: string; publisher: string; title?: string; checked: string }[];
}

/** The view of one provenance; a citation that does not resolve throws, failing the build. */
export function provenanceView(
  provenance: Provenance,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ProvenanceView {
  const label = STATEMENT_KINDS[provenance.kind];
  switch (provenance.kind) {
    case 'van-ban':
      return { kind: 'van-ban', label, cite: citeLink(provenance.cite, sectionsByPlan) };
    case 'suy-luan':
      return {
        kind: 'suy-luan',
        label,
        reason: provenance.reason,
        ...(provenance.cite ? { cite: citeLink(provenance.cite, sectionsByPlan) } : {}),
      };
    case 'nguon-ngoai': {
      const i = provenance.instrument;
      return {
        kind: 'nguon-ngoai',
        label,
        ...(i ? { instrument: instrumentLine(i) } : {}),
        sources: provenance.sources.map((s) => ({
          url: s.url,
          publisher: s.publisher,
          ...(s.title ? { title: s.title } : {}),
          checked: s.checked,
        })),
      };
    }
  }
}

/** How a glossary expansion is known, as one of the three kinds. */
export function expansionProvenance(term: {
  expansionBasis?: 'van-ban' | 'thong-dung' | 'khong-chac' | undefined;
  basisNote?: string | undefined;
  sources: readonly string[];
}): Provenance | undefined {
  const note = term.basisNote ?? '';
  switch (term.expansionBasis) {
    case 'van-ban':
      return { kind: 'van-ban', cite: term.sources[0] };
    case 'thong-dung':
      return {
        kind: 'suy-luan',
        reason: `Cách viết tắt thông dụng; văn bản không viết dạng đầy đủ. ${note}`.trim(),
      };
    case 'khong-chac':
      return {
        kind: 'suy-luan',
        reason: `Văn bản không giải thích; không đưa dạng đầy đủ. ${note}`.trim(),
      };
    default:
      return undefined;
  }
}

/** A policy contact's basis (`van-ban` or `suy-luan` with a reason) as one of the three kinds. */
export function contactProvenance(contact: {
  basis: 'van-ban' | 'suy-luan';
  reason?: string | undefined;
  cite: string;
}): Provenance {
  return contact.basis === 'suy-luan'
    ? { kind: 'suy-luan', reason: contact.reason ?? '', cite: contact.cite }
    : { kind: 'van-ban', cite: contact.cite };
}
