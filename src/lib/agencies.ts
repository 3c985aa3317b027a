/**
 * Agencies: their aliases as the plan writes them, the groups they belong to, and the checks that
 * keep `content/agencies/` consistent. Pure functions over entries; no Astro imports.
 *
 * A group ("các Sở, ban, ngành") is an agency too. A member lists its groups and inherits every
 * duty of every group above it; the group graph must have no cycle, or inheritance would never end.
 */
import type { Agency, AgencyAlias, AgencyKind } from '../schemas/agency.ts';
import { agencyKinds } from '../schemas/agency.ts';
import type { ContentIssue } from './content-errors.ts';
import { didYouMean, duplicates } from './content-errors.ts';
import { linkText, type LinkTerm, type PlanPlace } from './linker.ts';
import type { PlanSection } from './plan-parser.ts';
import { compareVi, sortVi } from './vietnamese.ts';
import { resolveCitation } from './citations.ts';
import { paragraphLabel, sectionLabel } from './plans.ts';
import { tooBroad } from './term-breadth.ts';
import { agencyHref, planHref } from './routes.ts';

/** An agency entry as loaded, with the file it came from (for error messages). */
export interface AgencyEntry {
  agency: Agency;
  /** `content/agencies/<id>.yaml`. */
  file: string;
}

/** The name to show in tables and lists. */
export function displayName(agency: Agency): string {
  return agency.shortName ?? agency.name;
}

/** Vietnamese label of an agency kind. */
export function kindLabel(kind: AgencyKind): string {
  return agencyKinds[kind];
}

/** The words of an alias, scoped or not. */
export function aliasText(alias: AgencyAlias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function aliasApplies(alias: AgencyAlias, place: PlanPlace | undefined): boolean {
  if (typeof alias === 'string') return true;
  if (!place) return false;
  return alias.within.some(
    (c) =>
      c === `${place.plan}#${place.section}` ||
      (place.paragraph !== undefined && c === `${place.plan}#${place.paragraph}`),
  );
}

/**
 * The linker's terms for agency mentions. Without a place, only the aliases that name the agency
 * everywhere; with one, also the aliases scoped to that paragraph or section (Điều 3's "Tài chính"
 * means Sở Tài chính there and nowhere else). The linker picks the longest match itself.
 */
export function agencyTerms(agencies: readonly Agency[], place?: PlanPlace): LinkTerm[] {
  const terms: LinkTerm[] = [];
  for (const agency of agencies) {
    for (const alias of agency.aliases) {
      if (!aliasApplies(alias, place)) continue;
      terms.push({
        text: aliasText(alias),
        kind: 'agency',
        id: agency.id,
        href: agencyHref(agency.id),
        title: agency.name,
      });
    }
  }
  return terms;
}

/** One place where the plan text names an agency. */
export interface Mention {
  plan: string;
  /** The section's own numbering (`Điều 3`, `III.2.4`). */
  sectionKey: string;
  /** Anchor of the paragraph, or of the section when the mention is in its heading. */
  anchor: string;
  /** Link to the place in the full text. */
  href: string;
  /** The words exactly as the text writes them there. */
  text: string;
  /** The whole paragraph (or heading), for context. */
  context: string;
  /** Where the words start in `context`. */
  start: number;
  /** How readers cite the place: "Điều 3", "Mục III.2.4, đoạn 2". */
  label: string;
}

/**
 * Every place the plan names each agency, found with the site's linker. Pass the full text's own
 * terms (documents and glossary included) as `termsAt` so that this list and the links on the
 * full-text page agree: a name inside a longer linked name (a law's title) is not a mention.
 */
export function findMentions(
  agencies: readonly Agency[],
  plan: string,
  sections: readonly PlanSection[],
  termsAt: (place: PlanPlace) => readonly LinkTerm[] = (place) => agencyTerms(agencies, place),
): Map<string, Mention[]> {
  const byAgency = new Map<string, Mention[]>(agencies.map((a) => [a.id, []]));
  const collect = (text: string, place: PlanPlace, sectionKey: string, label: string) => {
    const terms = termsAt(place);
    let start = 0;
    for (const segment of linkText(text, terms)) {
      if (segment.term?.kind === 'agency') {
        const anchor = place.paragraph ?? place.section;
        byAgency.get(segment.term.id)?.push({
          plan,
          sectionKey,
          anchor,
          href: planHref(plan, anchor),
          text: segment.text,
          context: text,
          start,
          label,
        });
      }
      start += segment.text.length;
    }
  };
  for (const section of sections) {
    if (section.heading) {
      collect(
        section.heading,
        { plan, section: section.anchor },
        section.key,
        `${sectionLabel(section)} (tiêu đề)`,
      );
    }
    for (const paragraph of section.paragraphs) {
      collect(
        paragraph.text,
        { plan, section: section.anchor, paragraph: paragraph.anchor },
        section.key,
        paragraphLabel(section, paragraph),
      );
    }
  }
  return byAgency;
}

/**
 * A short excerpt around a mention, cut at spaces: the words before, the mention, the words after,
 * with "…" where the paragraph goes on. The slices are the paragraph's own characters.
 */
export function mentionExcerpt(
  mention: Pick<Mention, 'context' | 'start' | 'text'>,
  reach = 60,
): { before: string; match: string; after: string } {
  const { context, start, text } = mention;
  const end = start + text.length;
  let from = Math.max(0, start - reach);
  let to = Math.min(context.length, end + reach);
  if (from > 0) {
    const space = context.indexOf(' ', from);
    from = space === -1 || space >= start ? from : space + 1;
  }
  if (to < context.length) {
    const space = context.lastIndexOf(' ', to);
    to = space <= end ? to : space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${context.slice(from, start)}`,
    match: context.slice(start, end),
    after: `${context.slice(end, to)}${to < context.length ? '…' : ''}`,
  };
}

/** An agency's groups, nearest first, each with the chain that leads to it. */
export interface GroupLink {
  group: Agency;
  /** Ids from the agency's direct group up to this one (length 1 for a direct group). */
  path: string[];
}

/** Every group above an agency (groups of groups included), each once, nearest first. */
export function ancestorGroups(agency: Agency, byId: ReadonlyMap<string, Agency>): GroupLink[] {
  const found: GroupLink[] = [];
  const seen = new Set<string>([agency.id]);
  let frontier: GroupLink[] = agency.groups
    .map((id) => byId.get(id))
    .filter((g): g is Agency => g !== undefined)
    .map((g) => ({ group: g, path: [g.id] }));
  while (frontier.length > 0) {
    const next: GroupLink[] = [];
    for (const link of frontier) {
      if (seen.has(link.group.id)) continue;
      seen.add(link.group.id);
      found.push(link);
      for (const id of link.group.groups) {
        const g = byId.get(id);
        if (g && !seen.has(id)) next.push({ group: g, path: [...link.path, id] });
      }
    }
    frontier = next;
  }
  return found;
}

/** The agencies that list `groupId` among their groups, in Vietnamese order. */
export function membersOf(groupId: string, agencies: readonly Agency[]): Agency[] {
  return membersByGroup(agencies).get(groupId) ?? [];
}

/** The members of every group (see membersOf) in one pass, by group id. */
export function membersByGroup(agencies: readonly Agency[]): Map<string, Agency[]> {
  const found = new Map<string, Agency[]>();
  for (const agency of sortVi(agencies, (a) => a.name)) {
    for (const group of new Set(agency.groups)) {
      found.set(group, [...(found.get(group) ?? []), agency]);
    }
  }
  return found;
}

/** Where the plans name one agency: each plan that does, in the order given, with its mentions. */
export interface AgencyMentions {
  plan: string;
  /** The plan's number as written (`510/QĐ-UBND`). */
  number: string;
  mentions: Mention[];
}

/**
 * Regroups the mentions found in each plan (plan id → agency id → mentions) by agency, keeping
 * the plans' order, so an agency page reads its own list instead of scanning every plan.
 */
export function mentionsByAgency(
  plans: readonly { id: string; number: string }[],
  byPlan: ReadonlyMap<string, ReadonlyMap<string, Mention[]>>,
): Map<string, AgencyMentions[]> {
  const found = new Map<string, AgencyMentions[]>();
  for (const plan of plans) {
    for (const [agency, mentions] of byPlan.get(plan.id) ?? []) {
      if (mentions.length === 0) continue;
      const entry = { plan: plan.id, number: plan.number, mentions };
      found.set(agency, [...(found.get(agency) ?? []), entry]);
    }
  }
  return found;
}

/** Agencies grouped by kind; kinds and agencies both in Vietnamese order. */
export function agenciesByKind(
  agencies: readonly Agency[],
): { kind: AgencyKind; label: string; agencies: Agency[] }[] {
  const kinds = [...new Set(agencies.map((a) => a.kind))];
  return kinds
    .map((kind) => ({
      kind,
      label: kindLabel(kind),
      agencies: sortVi(
        agencies.filter((a) => a.kind === kind),
        (a) => a.name,
      ),
    }))
    .sort((x, y) => compareVi(x.label, y.label));
}

/** A cycle in the group graph, as the ids along it (first id repeated at the end), or null. */
export function findCycle(
  start: string,
  edges: (id: string) => readonly string[],
): string[] | null {
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): string[] | null => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
    if (done.has(id)) return null;
    onPath.add(id);
    path.push(id);
    for (const next of edges(id)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return null;
  };
  return visit(start);
}

/**
 * Checks the agencies against each other and against the plan texts: ids unique, groups and
 * parents exist, a listed group is a group, no cycle, scoped aliases point at real paragraphs,
 * no alias claimed by two agencies in the same place, and every alias occurs in the text.
 */
export function checkAgencies(
  entries: readonly AgencyEntry[],
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map(entries.map((e) => [e.agency.id, e.agency]));
  const fileOf = new Map(entries.map((e) => [e.agency.id, e.file]));

  for (const id of duplicates(entries.map((e) => e.agency.id))) {
    for (const e of entries.filter((x) => x.agency.id === id)) {
      issues.push({
        file: e.file,
        field: 'id',
        message: `mã cơ quan "${id}" bị trùng với một tệp khác`,
      });
    }
  }

  for (const { agency, file } of entries) {
    agency.groups.forEach((id, i) => {
      const group = byId.get(id);
      if (!group) {
        issues.push({
          file,
          field: `groups[${i}]`,
          message: `không có cơ quan nào mã "${id}"${didYouMean(id, byId.keys())}`,
        });
      } else if (!group.isGroup) {
        issues.push({
          file,
          field: `groups[${i}]`,
          message: `"${id}" không phải là nhóm (thiếu isGroup: true trong tệp của nó)`,
        });
      } else if (id === agency.id) {
        issues.push({
          file,
          field: `groups[${i}]`,
          message: 'cơ quan không thể là nhóm của chính nó',
        });
      }
    });
    if (agency.parent !== undefined && !byId.has(agency.parent)) {
      issues.push({
        file,
        field: 'parent',
        message: `không có cơ quan nào mã "${agency.parent}"${didYouMean(agency.parent, byId.keys())}`,
      });
    }
    agency.aliases.forEach((alias, i) => {
      if (typeof alias === 'string') {
        // A scoped alias is limited to its paragraphs; a plain one links everywhere.
        const broad = tooBroad(alias, sectionsByPlan);
        if (broad) issues.push({ file, field: `aliases[${i}]`, message: broad });
        return;
      }
      alias.within.forEach((cite, j) => {
        const found = resolveCitation(cite, sectionsByPlan);
        if ('error' in found) {
          issues.push({
            file,
            field: `aliases[${i}].within[${j}]`,
            message: `trích dẫn ${found.error}`,
          });
        }
      });
    });
  }

  const reported = new Set<string>();
  for (const { agency } of entries) {
    const cycle = findCycle(agency.id, (id) => byId.get(id)?.groups ?? []);
    if (cycle && !reported.has(cycle.slice(0, -1).sort().join())) {
      reported.add(cycle.slice(0, -1).sort().join());
      issues.push({
        file: fileOf.get(cycle[0])!,
        field: 'groups',
        message: `các nhóm lồng vòng: ${cycle.join(' → ')}`,
      });
    }
  }
  for (const { agency, file } of entries) {
    const cycle = findCycle(agency.id, (id) => {
      const parent = byId.get(id)?.parent;
      return parent ? [parent] : [];
    });
    if (cycle && cycle[0] === agency.id) {
      issues.push({
        file,
        field: 'parent',
        message: `cơ quan cấp trên lồng vòng: ${cycle.join(' → ')}`,
      });
    }
  }

  issues.push(...checkAliasClashes(entries));
  issues.push(...checkAliasesOccur(entries, sectionsByPlan));
  return issues;
}

/** Two agencies must not claim the same words where both apply. */
function checkAliasClashes(entries: readonly AgencyEntry[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const claims = new Map<string, { id: string; scope: Set<string> | null }[]>();
  for (const { agency, file } of entries) {
    agency.aliases.forEach((alias, i) => {
      const text = aliasText(alias);
      const scope = typeof alias === 'string' ? null : new Set(alias.within);
      const earlier = claims.get(text) ?? [];
      const clash = earlier.find(
        (c) =>
          c.id !== agency.id &&
          (c.scope === null || scope === null || [...scope].some((s) => c.scope!.has(s))),
      );
      if (clash) {
        issues.push({
          file,
          field: `aliases[${i}]`,
          message: `tên gọi "${text}" đã được cơ quan "${clash.id}" dùng ở cùng chỗ; thu hẹp phạm vi bằng "within"`,
        });
      }
      claims.set(text, [...earlier, { id: agency.id, scope }]);
    });
  }
  return issues;
}

/** An alias must occur in the text (in its scope): the site lists only forms the text uses. */
function checkAliasesOccur(
  entries: readonly AgencyEntry[],
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const places: { place: PlanPlace; text: string }[] = [];
  for (const [plan, sections] of sectionsByPlan) {
    for (const section of sections) {
      if (section.heading)
        places.push({ place: { plan, section: section.anchor }, text: section.heading });
      for (const p of section.paragraphs) {
        places.push({
          place: { plan, section: section.anchor, paragraph: p.anchor },
          text: p.text,
        });
      }
    }
  }
  for (const { agency, file } of entries) {
    agency.aliases.forEach((alias, i) => {
      const text = aliasText(alias);
      const occurs = places.some(
        ({ place, text: t }) => aliasApplies(alias, place) && t.includes(text),
      );
      if (!occurs) {
        issues.push({
          file,
          field: `aliases[${i}]`,
          message: `tên gọi "${text}" không xuất hiện trong văn bản${typeof alias === 'string' ? '' : ' ở các chỗ đã ghi trong "within"'}; chỉ ghi những cách viết có trong văn bản`,
        });
      }
    });
  }
  return issues;
}
