/**
 * The site's configuration, `content/site.yaml`: one entry, id `site`, read the way every content
 * file is read (src/lib/content-files.ts). It also refuses a content folder the registry does not
 * know (src/registry/collections.ts), once per build, so that no editor's file goes unread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, issuesFromSchemaReport } from '../lib/content-errors.ts';
import { readSource, readYaml } from '../lib/content-files.ts';
import { unknownContent } from '../registry/collections.ts';

export function siteLoader(base: string, file: string): Loader {
  const shownBase = base.replace(/^\.\//, '');
  const shown = `${shownBase}/${file}`;
  return {
    name: 'site-loader',
    load: async (context) => {
      const { config, store } = context;
      const root = fileURLToPath(config.root);
      const path = resolve(root, base, file);
      const issues = unknownContent(resolve(root, base), shownBase);
      if (!existsSync(path)) {
        issues.push({
          file: shown,
          field: 'toàn tệp',
          message: 'thiếu tệp cấu hình trang (tên trang, mô tả, kế hoạch chính)',
        });
      }
      if (issues.length > 0) throw new ContentError(issues);
      const read = readSource(path, shown);
      if ('issue' in read) throw new ContentError([read.issue]);
      const parsed = readYaml(read.source);
      if ('error' in parsed) {
        throw new ContentError([{ file: shown, field: 'toàn tệp', message: parsed.error }]);
      }
      store.clear();
      try {
        const data = await context.parseData({
          id: 'site',
          data: parsed.data as Record<string, unknown>,
        });
        store.set({ id: 'site', data });
      } catch (error) {
        // A schema error: the file and field in Vietnamese, not Astro's English page.
        const named = error instanceof Error ? issuesFromSchemaReport(shown, error.message) : [];
        if (named.length > 0) throw new ContentError(named);
        throw error;
      }
    },
  };
}
