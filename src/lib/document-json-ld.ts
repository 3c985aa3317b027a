/**
 * A document's schema.org `Legislation` description (JSON-LD), with absolute URLs under the site.
 */
import type { IssuingLevel, RelationType } from '../schemas/document.ts';
import { documentHref } from './routes.ts';
import {
  DOCUMENT_TYPE_LABELS,
  type LegalDocument,
  type RelationGraph,
  documentStatus,
} from './documents.ts';

const LOCAL_LEVELS: ReadonlySet<IssuingLevel> = new Set(['tinh-uy', 'ubnd-tinh', 'so']);

/** A schema.org `Legislation` description of a document, with absolute URLs under `site`. */
export function documentJsonLd(
  doc: LegalDocument,
  graph: RelationGraph,
  site: string | URL,
  /** Where a provincial or local document applies, as schema.org writes it ("Tỉnh …, Việt Nam"). */
  jurisdiction?: string,
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
  if (jurisdiction && LOCAL_LEVELS.has(doc.level)) data['legislationJurisdiction'] = jurisdiction;
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
