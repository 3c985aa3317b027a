/**
 * Shared test factories: a content folder read the way the build reads it, through the content
 * registry (src/registry/collections.ts) and src/lib/content-files.ts, instead of a loader written
 * by hand in each test file. Every entry is parsed by its collection's schema; a file that does
 * not pass fails the test that reads it, with the file named.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { folderFiles, planFolders, readEntry, readSource } from '../../src/lib/content-files.ts';
import { parsePlanText, type PlanSection } from '../../src/lib/plan-parser.ts';
import { horizonsOf, policyAreasOf } from '../../src/lib/policy-areas.ts';
import type { CheckedPlan } from '../../src/lib/site-checks.ts';
import { registry, type CollectionSpec, type Registry } from '../../src/registry/collections.ts';
import { fixtureContent, realContent } from './paths.ts';

/** The collections stored one file per entry. */
type FileCollection = Exclude<keyof Registry, 'site' | 'plans' | 'sections'>;

export type EntryOf<N extends FileCollection> = z.output<Registry[N]['schema']> & { id: string };

/** One collection's entries, by file name, each with its file as editors name it. */
export function readCollection<N extends FileCollection>(
  base: string,
  name: N,
): { entry: EntryOf<N>; file: string; source: string }[] {
  const spec: CollectionSpec = registry[name];
  const dir = join(base, spec.folder);
  const shown = `content/${spec.folder}`;
  const { files, issues } = folderFiles({ dir, shown, extensions: spec.extensions });
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
  return files.map((f) => {
    const read = readSource(f.path, f.file);
    if ('issue' in read) throw new Error(`${f.file}: ${read.issue.message}`);
    const raw = readEntry(read.source, f.extension);
    if ('error' in raw) throw new Error(`${f.file}: ${raw.error}`);
    const parsed = spec.schema.safeParse(raw.data);
    if (!parsed.success) throw new Error(`${f.file}: ${parsed.error.message}`);
    return {
      entry: { id: f.id, ...(parsed.data as object) } as EntryOf<N>,
      file: f.file,
      source: read.source,
    };
  });
}

/** Just the entries of a collection. */
export function entriesOf<N extends FileCollection>(base: string, name: N): EntryOf<N>[] {
  return readCollection(base, name).map((e) => e.entry);
}

/** Every plan of a content folder, with its parsed sections, as the build's checks see it. */
export function readPlans(base: string): CheckedPlan[] {
  const { plans, issues } = planFolders(join(base, 'plans'), 'content/plans');
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
  return plans.map((p) => ({
    id: p.id,
    ...registry.plans.schema.parse(p.data),
    file: p.file,
    textFile: p.textFile,
    text: p.text,
    sections: parsePlanText(p.text),
  }));
}

/** A content folder's plans and what the rules compare with: sections, areas, horizons. */
export function planKnowledge(base: string) {
  const plans = readPlans(base);
  return {
    plans,
    sectionsByPlan: new Map<string, PlanSection[]>(plans.map((p) => [p.id, p.sections])),
    areas: policyAreasOf(plans),
    horizons: horizonsOf(plans),
  };
}

/** The real content's and the fixture set's plans, read once per test file. */
export const real = planKnowledge(realContent);
export const fixture = planKnowledge(fixtureContent);
