/**
 * The layout of a document's relations diagram, computed at build time and drawn as inline SVG by
 * src/components/document-diagram.astro.
 */
import { formatDate } from './format.ts';
import type { RelationType } from '../schemas/document.ts';
import {
  type DocumentRelations,
  type LegalDocument,
  RELATION_LABELS,
  type RelationGraph,
  type RelationView,
  documentStatus,
} from './documents.ts';

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
