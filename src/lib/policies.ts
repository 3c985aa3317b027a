/**
 * The eight policy areas of III.2 as guidance: checks that tie every statement to a paragraph of
 * the plan and every reference to an existing entry, and the lists a policy page shows (its tasks,
 * the agencies to ask). Pure functions over entries passed in.
 */
import { resolveCitation } from './citations.ts';
import { didYouMean, type ContentIssue } from './content-errors.ts';
import type { PlanSection } from './plan-parser.ts';
import { headingWords } from './plans.ts';
import { policyIds, type Policy, type PolicyId } from '../schemas/policy.ts';

export interface PolicyEntry extends Policy {
  /** File name without extension; one of `policyIds`. */
  id: string;
}

/** The least a task must carry for a policy page to list it. */
export interface PolicyTask {
  id: string;
  policy?: string | null;
  lead: string;
  coLeads?: readonly string[];
  coordinators?: readonly string[];
}

/** Policies in the order of III.2. */
export function sortPolicies<T extends Policy>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) => a.order - b.order);
}

/** The section's own numbering from its citation: "510-qd-ubnd#muc-iii-2-4" → "III.2.4". */
export function sectionNumber(policy: Policy): string {
  const anchor = policy.section.split('#')[1] ?? '';
  const [roman = '', ...numbers] = anchor.replace(/^muc-/, '').split('-');
  return [roman.toUpperCase(), ...numbers].join('.');
}

/**
 * Where to ask, whatever the area: the bodies the plan gives a standing role toward cooperatives.
 * Each role restates the cited paragraph; the page shows them as the plan's words, not as a
 * promise of service.
 */
export const generalContacts: readonly { agency: string; role: string; cite: string }[] = [
  {
    agency: 'lien-minh-htx-tinh',
    role: 'Tổ chức đại diện, bảo vệ quyền và lợi ích hợp pháp của các tổ chức kinh tế tập thể; hướng dẫn, chia sẻ thông tin, vận động thực hiện các chính sách.',
    cite: '510-qd-ubnd#muc-iii-5-p3',
  },
  {
    agency: 'phong-tai-chinh-ke-hoach-cap-huyen',
    role: 'Theo hướng Kế hoạch đặt ra cho bộ máy quản lý nhà nước, tham mưu Ủy ban nhân dân huyện, thị xã, thành phố quản lý nhà nước về kinh tế tập thể, hợp tác xã.',
    cite: '510-qd-ubnd#muc-iii-4-p1',
  },
  {
    agency: 'so-ke-hoach-va-dau-tu',
    role: 'Chủ trì tham mưu Ủy ban nhân dân tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch này; đề xuất Ủy ban nhân dân tỉnh giải quyết những vấn đề vướng mắc, phát sinh vượt thẩm quyền.',
    cite: '510-qd-ubnd#muc-iv-2-p1',
  },
];

/**
 * Every agency a policy page points to, once each, with why: named in the guidance, or lead or
 * partner of one of the area's tasks. The guidance's own contacts come first, then leads, then
 * partners.
 */
export function agenciesForPolicy(
  policy: Policy,
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
  /** Require all eight areas (true for the real content, false for small fixture sets). */
  requireAll?: boolean;
}

/**
 * Checks what the schema cannot: the file is one of the eight areas and matches its section (same
 * number, same heading), the sources are exactly the paragraphs of that section, every citation
 * resolves, every legal basis is written as the text writes it, and every id exists.
 */
export function checkPolicies(
  policies: readonly PolicyEntry[],
  options: PolicyCheckOptions,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (id: string) => `${options.dir}/${id}.mdx`;
  const push = (id: string, field: string, message: string) =>
    issues.push({ file: file(id), field, message });

  if (options.requireAll) {
    for (const id of policyIds) {
      if (!policies.some((p) => p.id === id)) {
        push(id, 'tệp', `thiếu trang cho lĩnh vực "${id}"; kế hoạch có tám lĩnh vực ở mục III.2`);
      }
    }
  }

  for (const p of policies) {
    const expectedOrder = policyIds.indexOf(p.id as PolicyId) + 1;
    if (expectedOrder === 0) {
      push(
        p.id,
        'tệp',
        `tên tệp "${p.id}" không phải một lĩnh vực của mục III.2 (${policyIds.join(', ')})`,
      );
    } else if (p.order !== expectedOrder) {
      push(
        p.id,
        'order',
        `lĩnh vực "${p.id}" là mục 2.${expectedOrder}, order phải là ${expectedOrder}`,
      );
    }

    const section = resolveCitation(p.section, options.sectionsByPlan);
    if ('error' in section) {
      push(p.id, 'section', `trích dẫn ${section.error}`);
    } else {
      if (!section.section.anchor.endsWith(`-${p.order}`)) {
        push(
          p.id,
          'section',
          `order là ${p.order} nhưng section trỏ tới mục ${section.section.key}`,
        );
      }
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

/** The general contacts' agencies must exist too; reported against this module's list. */
export function checkGeneralContacts(agencyIds: ReadonlySet<string>): ContentIssue[] {
  return generalContacts
    .filter((c) => !agencyIds.has(c.agency))
    .map((c) => ({
      file: 'src/lib/policies.ts',
      field: 'generalContacts',
      message: `không có cơ quan mã "${c.agency}" trong thư mục cơ quan`,
    }));
}
