/**
 * How `npm run check:content` reads the content folder: each collection through the registry
 * (src/registry/collections.ts) and the build's own file rules (src/lib/content-files.ts), each
 * file against its schema, with every problem collected rather than thrown. The checks across
 * files are in ../check-content.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { didYouMean, type ContentIssue } from '../../src/lib/content-errors.ts';
import {
  folderFiles,
  planFolders,
  readFrontmatter,
  readSource,
  readYaml,
} from '../../src/lib/content-files.ts';
import { checkContentSource } from '../../src/lib/content-safety.ts';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import type { CheckedPlan } from '../../src/lib/site-checks.ts';
import { fieldLabel } from '../../src/lib/zod-vietnamese.ts';
import { collectionSpecs, registry, type CollectionName } from '../../src/registry/collections.ts';

/** A file whose fields failed the schema: its text can still be checked. */
export interface Rejected {
  file: string;
  source: string;
}

export interface Loaded<T> {
  id: string;
  file: string;
  source: string;
  data: T;
}

export interface CollectionSpec {
  dir: string;
  /** File name endings this collection reads. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** Components a Markdown/MDX file may use; any when absent (script is refused regardless). */
  components?: readonly string[];
}

/** The registry's file collections (src/registry/collections.ts), as this script reads them. */
export const COLLECTIONS = Object.fromEntries(
  collectionSpecs()
    .filter(([, c]) => c.kind === 'files')
    .map(([name, c]) => [
      name,
      {
        dir: c.folder,
        extensions: c.extensions,
        schema: c.schema,
        components: c.components,
      } satisfies CollectionSpec,
    ]),
) as Record<CollectionName, CollectionSpec>;

/** `content/site.yaml`: read, valid, and naming a plan that exists. */
export function checkSiteConfig(base: string, planIds: ReadonlySet<string>): ContentIssue[] {
  const path = join(base, registry.site.folder);
  const file = display(path);
  if (!existsSync(path)) {
    return [
      {
        file,
        field: 'toàn tệp',
        message: 'thiếu tệp cấu hình trang (tên trang, mô tả, kế hoạch chính)',
      },
    ];
  }
  const read = readSource(path, file);
  if ('issue' in read) return [read.issue];
  const parsed = readYaml(read.source);
  if ('error' in parsed) return [{ file, field: 'toàn tệp', message: parsed.error }];
  const result = registry.site.schema.safeParse(parsed.data);
  if (!result.success) {
    return result.error.issues.map((issue) => ({
      file,
      field: fieldLabel(issue.path, registry.site.schema),
      message: issue.message,
    }));
  }
  if (planIds.size > 0 && !planIds.has(result.data.mainPlan)) {
    return [
      {
        file,
        field: fieldLabel(['mainPlan'], registry.site.schema),
        message: `không có kế hoạch mã "${result.data.mainPlan}" trong thư mục kế hoạch${didYouMean(result.data.mainPlan, planIds)}`,
      },
    ];
  }
  return [];
}

export function display(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * A reader of one content folder: `load` reads a collection, `readPlans` the plans with their
 * sections; both add what is wrong to `issues` and count the files read.
 */
export function contentReader(base: string, issues: ContentIssue[]) {
  let files = 0;
  const rejected = new Map<string, Rejected[]>();

  function load<T>(spec: CollectionSpec): Loaded<T>[] {
    const dir = join(base, spec.dir);
    const loaded: Loaded<T>[] = [];
    // The build's own rules for which files are read and what their ids are.
    const found = folderFiles({ dir, shown: display(dir), extensions: spec.extensions });
    issues.push(...found.issues);
    for (const { id, name, extension: ext, path } of found.files) {
      files += 1;
      const file = display(join(dir, name));
      const read = readSource(path, file);
      if ('issue' in read) {
        issues.push(read.issue);
        continue;
      }
      const source = read.source;
      const isText = ext === '.md' || ext === '.mdx';
      let raw: unknown;
      if (isText) {
        const parsed = readFrontmatter(source);
        if ('error' in parsed) {
          issues.push({ file, field: 'phần đầu tệp', message: parsed.error });
          continue;
        }
        raw = parsed.data;
        // Script is refused everywhere; only columns are held to a list of components.
        issues.push(
          ...checkContentSource(file, source, {
            allowedComponents: spec.components === undefined ? null : spec.components,
          }),
        );
      } else {
        const parsed = readYaml(source);
        if ('error' in parsed) {
          issues.push({ file, field: 'toàn tệp', message: parsed.error });
          continue;
        }
        raw = parsed.data;
      }
      const result = spec.schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ file, field: fieldLabel(issue.path, spec.schema), message: issue.message });
        }
        rejected.set(spec.dir, [...(rejected.get(spec.dir) ?? []), { file, source }]);
        continue;
      }
      loaded.push({ id, file, source, data: result.data as T });
    }
    return loaded;
  }

  function readPlans(): { plans: CheckedPlan[]; officialIssues: ContentIssue[] } {
    // Plans: metadata beside the verbatim text, parsed as the sections loader does.
    const plans: CheckedPlan[] = [];
    const plansDir = join(base, 'plans');
    // Read as the build's loaders read them; a text that is not the official one is reported here.
    const planFiles = planFolders(plansDir, display(plansDir));
    issues.push(...planFiles.issues);
    for (const folder of planFiles.plans) {
      files += 1;
      const { file } = folder;
      const result = registry.plans.schema.safeParse(folder.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({
            file,
            field: fieldLabel(issue.path, registry.plans.schema),
            message: issue.message,
          });
        }
        continue;
      }
      try {
        const sections = parsePlanText(folder.text);
        plans.push({
          id: folder.id,
          ...result.data,
          file,
          textFile: folder.textFile,
          text: folder.text,
          sections,
        });
      } catch (error) {
        issues.push({ file: folder.textFile, field: 'văn bản', message: (error as Error).message });
      }
    }
    return { plans, officialIssues: planFiles.issues };
  }

  return {
    load,
    readPlans,
    rejected,
    get files() {
      return files;
    },
    countFile() {
      files += 1;
    },
  };
}
