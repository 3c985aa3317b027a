/**
 * The policy areas of the plans (their plan.yaml's `policyAreas`) as guidance: checks that tie every statement to a paragraph of
 * the plan and every reference to an existing entry, and the lists a policy page shows (its tasks,
 * the agencies to ask). Pure functions over entries passed in.
 */
import { resolveCitation } from './citations.ts';
import { didYouMean, type ContentIssue } from './content-errors.ts';
import type { PlanSection } from './plan-parser.ts';
import { headingWords } from './plans.ts';
import type { PolicyArea } from './policy-areas.ts';
import type { Policy } from '../schemas/policy.ts';
import type { CheckedPlan } from './site-checks.ts';

/** A policy page as written: its file name is the id of one of its plan's areas. */
export interface PolicyPage extends Policy {
  id: string;
}

/** A policy page with what its area in plan.yaml gives it. */
export interface PolicyEntry extends PolicyPage {
  /** The area's short name ("Tín dụng"), for lists and the search facet. */
  name: string;
  /** Position among its plan's areas, from 1. */
  order: number;
  /** The area's section: "510-qd-ubnd#muc-iii-2-4". */
  section: string;
  /** The plan's id. */
  plan: string;
}

/**
 * The pages with their areas (name, position, section), in the plans' order; a page that is no
 * area's is left out (checkPolicies reports it).
 */
export function withAreas<P extends PolicyPage>(
  pages: readonly P[],
  areas: readonly PolicyArea[],
): (P & PolicyEntry)[] {
  return areas.flatMap((area) => {
    const page = pages.find((p) => p.id === area.id);
    return page
      ? [
          {
            ...page,
            name: area.label,
            order: area.order,
            section: `${area.plan}#${area.section}`,
            plan: area.plan,
          },
        ]
      : [];
  });
}

/** The least a task must carry for a policy page to list it. */
export interface PolicyTask {
  id: string;
  policy?: string | null;
  lead: string;
  coLeads?: readonly string[];
  coordinators?: readonly string[];
}

/** Policies in their plan's order. */
export function sortPolicies<T extends Pick<PolicyEntry, 'order'>>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) => a.order - b.order);
}

/** The section's own numbering from its citation: "510-qd-ubnd#muc-iii-2-4" → "III.2.4". */
export function sectionNumber(policy: Pick<PolicyEntry, 'section'>): string {
  const anchor = policy.section.split('#')[1] ?? '';
  const [roman = '', ...numbers] = anchor.replace(/^muc-/, '').split('-');
  return [roman.toUpperCase(), ...numbers].join('.');
}

/** The standing contacts of a policy's plan (its `generalContacts`), whatever the area. */
export function generalContactsOf(
  policy: Pick<PolicyEntry, 'section'>,
  plans: readonly { id: string; generalContacts: readonly GeneralContact[] }[],
): readonly GeneralContact[] {
  const plan = policy.section.split('#')[0];
  return plans.find((p) => p.id === plan)?.generalContacts ?? [];
}

export interface GeneralContact {
  agency: string;
  role: string;
  cite: string;
}

/**
 * Every agency a policy page points to, once each, with why: named in the guidance, or lead or
 * partner of one of the area's tasks. The guidance's own contacts come first, then leads, then
 * partners.
 */
export function agenciesForPolicy(
  policy: Pick<Policy, 'contacts'>,
  tasks: readonly PolicyTask[],
): { agency: string; via: 'lien-he' | 'chu-tri' | 'phoi-hop' }[] {
  const out = new Map<string, 'lien-he' | 'chu-tri' | 'phoi-hop'>();
  for (const c of policy.contacts) if (!out.has(c.agency)) out.set(c.agency, 'lien-he');
  for (const t of tasks) {
    for (const a of [t.lead, ...(t.coLeads ?? [])]) if (!out.has(a)) out.set(a, 'chu-tri');
  }
  for (const t of tasks) {
    for (const a of t.coordinators ?? []) if (!out.has(a)) out.set(a, 'phoi-hop');
  }
  return [...out].map(([agency, via]) => ({ agency, via }));
}

export interface PolicyCheckOptions {
  /** Folder of the policy files, for messages: `content/policies`. */
  dir: string;
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
  /** Known ids of each collection; a collection that is not loaded is left unchecked. */
  agencyIds?: ReadonlySet<string>;
  documentIds?: ReadonlySet<string>;
  targetIds?: ReadonlySet<string>;
  /** The plans' policy areas (see src/lib/policy-areas.ts). */
  areas: readonly PolicyArea[];
  /** Require a page for every area (true for the real content, false for small fixture sets). */
  requireAll?: boolean;
}

/**
 * Checks what the schema cannot: the file is one of its plan's areas and matches its section
 * (the section's heading), the sources are exactly the paragraphs of that section, every citation
 * resolves, every legal basis is written as the text writes it, and every id exists.
 */
export function checkPolicies(
  pages: readonly PolicyPage[],
  options: PolicyCheckOptions,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (id: string) => `${options.dir}/${id}.mdx`;
  const push = (id: string, field: string, message: string) =>
    issues.push({ file: file(id), field, message });

  if (options.requireAll) {
    for (const area of options.areas) {
      if (!pages.some((p) => p.id === area.id)) {
        const count = options.areas.filter((a) => a.plan === area.plan).length;
        push(
          area.id,
          'tệp',
          `thiếu trang cho lĩnh vực "${area.id}"; kế hoạch ${area.plan} có ${count} lĩnh vực (policyAreas trong plan.yaml)`,
        );
      }
    }
  }

  for (const page of pages) {
    const area = options.areas.find((a) => a.id === page.id);
    if (!area) {
      push(
        page.id,
        'tệp',
        `tên tệp "${page.id}" không phải mã một lĩnh vực chính sách của kế hoạch nào (policyAreas trong plan.yaml: ${options.areas.map((a) => a.id).join(', ')})`,
      );
      continue;
    }
    const p = withAreas([page], [area])[0];

    const section = resolveCitation(p.section, options.sectionsByPlan);
    if ('error' in section) {
      push(p.id, 'section', `trích dẫn ${section.error}`);
    } else {
      const heading = section.section.heading ? headingWords(section.section.heading) : null;
      if (heading && heading !== p.title) {
        push(p.id, 'title', `phải đúng tiêu đề của văn bản: "${heading}"`);
      }
      const paragraphs = section.section.paragraphs.map((x) => `${section.plan}#${x.anchor}`);
      const missing = paragraphs.filter((x) => !p.sources.includes(x));
      const extra = p.sources.filter((x) => !paragraphs.includes(x));
      if (missing.length > 0) {
        push(p.id, 'sources', `thiếu đoạn nguồn của mục: ${missing.join(', ')}`);
      }
      if (extra.length > 0) {
        push(
          p.id,
          'sources',
          `các đoạn sau không thuộc mục ${section.section.key}: ${extra.join(', ')}`,
        );
      }
      if (missing.length === 0 && extra.length === 0 && paragraphs.join() !== p.sources.join()) {
        push(p.id, 'sources', 'hãy xếp các đoạn nguồn theo thứ tự trong văn bản');
      }
    }

    const cite = (value: string, field: string) => {
      const found = resolveCitation(value, options.sectionsByPlan);
      if ('error' in found) {
        push(p.id, field, `trích dẫn ${found.error}`);
        return null;
      }
      return found;
    };
    const agency = (value: string, field: string) => {
      if (options.agencyIds && !options.agencyIds.has(value)) {
        push(
          p.id,
          field,
          `không có cơ quan mã "${value}" trong thư mục cơ quan${didYouMean(value, options.agencyIds)}`,
        );
      }
    };
    const document = (value: string | undefined, field: string) => {
      if (value && options.documentIds && !options.documentIds.has(value)) {
        push(
          p.id,
          field,
          `không có văn bản mã "${value}" trong thư mục văn bản${didYouMean(value, options.documentIds)}`,
        );
      }
    };

    for (const key of ['audience', 'support', 'actions'] as const) {
      p[key].forEach((s, i) => cite(s.cite, `${key}[${i}].cite`));
    }
    p.contacts.forEach((c, i) => {
      cite(c.cite, `contacts[${i}].cite`);
      agency(c.agency, `contacts[${i}].agency`);
    });
    p.legalBases.forEach((b, i) => {
      const found = cite(b.cite, `legalBases[${i}].cite`);
      if (found?.paragraph && !found.paragraph.text.includes(b.asWritten)) {
        push(
          p.id,
          `legalBases[${i}].asWritten`,
          `"${b.asWritten}" không có nguyên văn trong đoạn ${b.cite}; hãy chép đúng như văn bản viết`,
        );
      }
      document(b.document, `legalBases[${i}].document`);
    });
    p.gaps.forEach((g, i) => {
      cite(g.cite, `gaps[${i}].cite`);
      document(g.document, `gaps[${i}].document`);
      g.ask.forEach((a, j) => agency(a, `gaps[${i}].ask[${j}]`));
    });
    p.targets.forEach((t, i) => {
      if (options.targetIds && !options.targetIds.has(t)) {
        push(p.id, `targets[${i}]`, `không có mục tiêu mã "${t}" trong thư mục mục tiêu`);
      }
    });
  }
  return issues;
}

/** Each plan's general contacts: the agency exists and the paragraph is one of the text's. */
export function checkGeneralContacts(
  plans: readonly Pick<CheckedPlan, 'id' | 'file' | 'generalContacts'>[],
  agencyIds: ReadonlySet<string>,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ContentIssue[] {
  return plans.flatMap((plan) =>
    plan.generalContacts.flatMap((c, i) => {
      const issues: ContentIssue[] = [];
      if (!agencyIds.has(c.agency)) {
        issues.push({
          file: plan.file,
          field: `generalContacts[${i}].agency`,
          message: `không có cơ quan mã "${c.agency}" trong thư mục cơ quan${didYouMean(c.agency, agencyIds)}`,
        });
      }
      const found = resolveCitation(c.cite, sectionsByPlan);
      if ('error' in found) {
        issues.push({
          file: plan.file,
          field: `generalContacts[${i}].cite`,
          message: `trích dẫn ${found.error}`,
        });
      }
      return issues;
    }),
  );
}
