/**
 * The loader of every file collection: Astro's glob loader, with the files found and read the way
 * `npm run check:content` finds and reads them (src/lib/content-files.ts). A file the site would
 * not read, a name that is not an id, a YAML mistake: the build stops with the file named in
 * Vietnamese, instead of skipping the file or publishing it under an address nobody chose. The
 * data the schema sees is the text as written (YAML core schema, no timestamps), so an impossible
 * day is reported instead of overflowing into another one.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader, ParseDataOptions } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, issuesFromSchemaReport, type ContentIssue } from '../lib/content-errors.ts';
import { folderFiles, readEntry, readSource } from '../lib/content-files.ts';
import { checkContentSource } from '../lib/content-safety.ts';

export interface ContentLoaderOptions {
  /** The content folder (`./content`). */
  base: string;
  /** The collection's folder inside it (`tasks`). */
  folder: string;
  /** File endings it reads: `.yaml`, or `.md` and `.mdx`. */
  extensions: readonly string[];
  /** Components a Markdown/MDX file may use; any when absent (script is refused regardless). */
  components?: readonly string[];
}

export function contentLoader({
  base,
  folder,
  extensions,
  components,
}: ContentLoaderOptions): Loader {
  const dir = `${base}/${folder}`;
  const shown = dir.replace(/^\.\//, '');
  const pattern = extensions.length === 1 ? `*${extensions[0]}` : `*{${extensions.join(',')}}`;
  const inner = glob({
    pattern,
    base: dir,
    // The file name is the id and the address, whatever the file says (a `slug:` field is an
    // unknown field, reported by the schema).
    generateId: ({ entry }) => entry.slice(0, entry.lastIndexOf('.')),
  });
  return {
    name: 'content-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const { files, issues } = folderFiles({ dir: resolve(root, dir), shown, extensions });
      const raw = new Map<string, unknown>();
      const shownByPath = new Map(files.map((f) => [f.path, `${shown}/${f.name}`]));
      const problems: ContentIssue[] = [...issues];
      for (const f of files) {
        const read = readSource(f.path, `${shown}/${f.name}`);
        if ('issue' in read) {
          problems.push(read.issue);
          continue;
        }
        const entry = readEntry(read.source, f.extension);
        if ('error' in entry) {
          problems.push({
            file: `${shown}/${f.name}`,
            field: 'phần khai báo',
            message: entry.error,
          });
          continue;
        }
        // The text too, as check:content reads it: an MDX mistake is named in Vietnamese with its
        // line, before the MDX compiler stops the build with its own English message.
        if (f.extension === '.md' || f.extension === '.mdx') {
          problems.push(
            ...checkContentSource(`${shown}/${f.name}`, read.source, {
              allowedComponents: components ?? null,
            }),
          );
        }
        raw.set(f.path, entry.data);
      }
      if (problems.length > 0) throw new ContentError(problems);
      // Every entry is parsed again on each build: Astro's glob loader keeps the cached entry of a
      // file that did not change, and once, after a change's schema gained `affects.targets`
      // (with a default), the fixture build crashed on an unchanged file whose cached entry
      // lacked it. The schemas live in src/schemas/, not in content.config.ts; not trusting the
      // cache costs a fraction of a second for the real site's 230-odd files.
      context.store.clear();
      await inner.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(
          props: ParseDataOptions<TData>,
        ) => {
          try {
            return await context.parseData<TData>({
              ...props,
              data: (raw.get(props.filePath ?? '') as TData | undefined) ?? props.data,
            });
          } catch (error) {
            // A schema error: the editor's file and field in Vietnamese, not Astro's English page.
            const file = shownByPath.get(props.filePath ?? '');
            const issues =
              file && error instanceof Error ? issuesFromSchemaReport(file, error.message) : [];
            if (issues.length > 0) throw new ContentError(issues);
            throw error;
          }
        },
      });
    },
  };
}
