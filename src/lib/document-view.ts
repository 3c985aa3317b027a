/**
 * The view of a document's relations, as its page shows them: each relation with its document and
 * its source (the plan's paragraph, or the change since the plan that states it), both directions,
 * and the diagram's layout. Built here so that the components only display it.
 */
import { checkedOn } from './changes.ts';
import { citeLink } from './citations.ts';
import { relationDiagram, type RelationDiagram } from './document-diagram.ts';
import {
  documentLabel,
  type LegalDocument,
  type RelationGraph,
  type RelationView,
} from './documents.ts';
import { formatDate } from './format.ts';
import type { PlanSection } from './plan-parser.ts';
import { changeHref, documentHref } from './routes.ts';
import type { Change } from '../schemas/change.ts';

export interface RelationItem extends RelationView {
  href: string;
  otherLabel: string;
  source: { href: string; label: string };
  /** Stated by an outside fact (a change since the plan), not by the plan. */
  outside?: boolean;
}

export interface DocumentRelationsView {
  outgoing: RelationItem[];
  incoming: RelationItem[];
  diagram: RelationDiagram;
}

export function documentRelationsView(
  doc: LegalDocument,
  data: {
    documentGraph: RelationGraph;
    sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
    changeById: ReadonlyMap<string, Change>;
  },
): DocumentRelationsView {
  const relations = data.documentGraph.get(doc.id) ?? { outgoing: [], incoming: [] };
  const item = (r: RelationView): RelationItem => ({
    ...r,
    href: documentHref(r.other.id),
    otherLabel: documentLabel(r.other),
    // A relation the plan states links to its paragraph; one an outside fact states, to the change.
    ...(r.cite
      ? { source: citeLink(r.cite, data.sectionsByPlan) }
      : {
          outside: true,
          source: {
            href: changeHref(r.change!),
            label: `thông tin ngoài kế hoạch, tính đến ${formatDate(checkedOn(data.changeById.get(r.change!)!))}`,
          },
        }),
  });
  return {
    outgoing: relations.outgoing.map(item),
    incoming: relations.incoming.map(item),
    diagram: relationDiagram(doc, data.documentGraph),
  };
}
