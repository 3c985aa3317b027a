/** Plans and their parsed sections, checked and arranged for display. */
import type { ContentIssue } from './content-errors.ts';
import type { PlanParagraph, PlanSection } from './plan-parser.ts';

export interface TocNode {
  section: PlanSection;
  children: TocNode[];
}

/** The sections as a tree, in document order, for the table of contents. */
/** A plan as pages name it: its type and number ("Quyết định 510/QĐ-UBND"). */
export function planName(plan: { type: string; number: string }): string {
  return `${plan.type} ${plan.number}`;
}

/** How the site's own sentences name its main plan, its area and itself (content/site.yaml). */
export function aboutMainPlan(data: {
  site: { name: string; region: string };
  mainPlan: { type: string; number: string };
}): { plan: string; number: string; region: string; site: string } {
  return {
    plan: planName(data.mainPlan),
    number: data.mainPlan.number,
    region: data.site.region,
    site: data.site.name,
  };
}

export function tableOfContents(sections: readonly PlanSection[]): TocNode[] {
  const nodes = new Map<string, TocNode>();
  const roots: TocNode[] = [];
  for (const section of [...sections].sort((a, b) => a.order - b.order)) {
    const node: TocNode = { section, children: [] };
    nodes.set(section.anchor, node);
    const parent = section.parent ? nodes.get(section.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Every anchor of a plan: sections and paragraphs. */
export function planAnchors(sections: readonly PlanSection[]): Set<string> {
  return new Set(sections.flatMap((s) => [s.anchor, ...s.paragraphs.map((p) => p.anchor)]));
}

/** The label readers use for a section: "Điều 1", "Mục II.2.1", "Phụ lục". */
export function sectionLabel(section: Pick<PlanSection, 'key'>): string {
  return /^[IVXLC]+(\.\d+)*$/.test(section.key) ? `Mục ${section.key}` : section.key;
}

/**
 * A heading line without its own number: "2.4. Chính sách tín dụng" and "III. TỔ CHỨC THỰC HIỆN"
 * give the words alone; an empty string when the line is only a number.
 */
export function headingWords(heading: string): string {
  return heading.replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s+/, '').trim();
}

/** The label of a paragraph for a citation: "Mục III.2.4, đoạn 2". */
export function paragraphLabel(section: PlanSection, paragraph: PlanParagraph): string {
  if (section.paragraphs.length === 1) return sectionLabel(section);
  return `${sectionLabel(section)}, đoạn ${paragraph.index}`;
}

/** Editorial notes must stand beside an anchor that exists. */
export function checkPlanNotes(
  file: string,
  notes: readonly { anchor: string }[],
  sections: readonly PlanSection[],
): ContentIssue[] {
  const anchors = planAnchors(sections);
  return notes.flatMap((note, i) =>
    anchors.has(note.anchor)
      ? []
      : [
          {
            file,
            field: `notes[${i}].anchor`,
            message: `văn bản không có mục hay đoạn nào có neo "${note.anchor}"`,
          },
        ],
  );
}
