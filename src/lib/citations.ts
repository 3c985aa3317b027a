/**
 * Citations into a plan's text: `<plan-id>#<anchor>`, where the anchor names a section
 * (`muc-iii-2-4`) or a paragraph (`muc-iii-2-4-p2`). Every page that quotes the plan cites it this
 * way, so that a quote can always be resolved, checked and linked back to its paragraph.
 */
import type { PlanParagraph, PlanSection } from './plan-parser.ts';
import { paragraphLabel, sectionLabel } from './plans.ts';
import { planHref } from './routes.ts';

export interface Citation {
  plan: string;
  anchor: string;
}

export interface ResolvedCitation extends Citation {
  section: PlanSection;
  /** The paragraph cited, or null when the citation names a whole section. */
  paragraph: PlanParagraph | null;
  /** Where the cited words are on the site. */
  href: string;
}

const CITATION = /^([a-z0-9-]+)#([a-z0-9-]+)$/;

/** Splits a citation string; null when it is not of the form `plan#anchor`. */
export function parseCitation(value: string): Citation | null {
  const match = CITATION.exec(value.trim());
  return match ? { plan: match[1], anchor: match[2] } : null;
}

/**
 * Looks a citation up in the parsed sections of every plan. Returns a Vietnamese explanation
 * instead of a result when it does not resolve, for build errors an editor can act on.
 */
export function resolveCitation(
  value: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ResolvedCitation | { error: string } {
  const citation = parseCitation(value);
  if (!citation) {
    return {
      error: `"${value}" không đúng dạng trích dẫn "<mã kế hoạch>#<neo>" (ví dụ "510-qd-ubnd#muc-iii-2-4-p2")`,
    };
  }
  const sections = sectionsByPlan.get(citation.plan);
  if (!sections) return { error: `không có kế hoạch mã "${citation.plan}"` };
  for (const section of sections) {
    const href = planHref(citation.plan, citation.anchor);
    if (section.anchor === citation.anchor) return { ...citation, section, paragraph: null, href };
    const paragraph = section.paragraphs.find((p) => p.anchor === citation.anchor);
    if (paragraph) return { ...citation, section, paragraph, href };
  }
  return {
    error: `kế hoạch "${citation.plan}" không có mục hay đoạn nào có neo "${citation.anchor}"`,
  };
}

/** Like resolveCitation, but throws a readable error naming where the citation was written. */
export function requireCitation(
  value: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
  where: string,
): ResolvedCitation {
  const result = resolveCitation(value, sectionsByPlan);
  if ('error' in result) throw new Error(`${where}: trích dẫn ${result.error}.`);
  return result;
}

/**
 * How readers cite a place of the text ("Điều 2", "Mục IV", "Mục III.2.4, đoạn 2"): the one rule
 * for every link to a paragraph or a section, its label and its permalink.
 */
export function citationLabel(place: {
  section: PlanSection;
  paragraph: PlanParagraph | null;
}): string {
  return place.paragraph
    ? paragraphLabel(place.section, place.paragraph)
    : sectionLabel(place.section);
}

/**
 * Where a citation points and how a reader names it. A citation that does not resolve throws,
 * naming `where` it was written when given (a content file, a page).
 */
export function citeLink(
  cite: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
  where?: string,
): { href: string; label: string } {
  const found = where
    ? requireCitation(cite, sectionsByPlan, where)
    : resolveCitation(cite, sectionsByPlan);
  if ('error' in found) throw new Error(`Trích dẫn "${cite}": ${found.error}`);
  return { href: found.href, label: citationLabel(found) };
}
