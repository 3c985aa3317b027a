/**
 * Every built page is valid HTML by html-validate's recommended rules (configuration and its
 * commented exceptions in .htmlvalidate.mjs, explained in docs/quality.md). The pages come from the
 * sitemap, joined with every HTML file built, so no page escapes the check.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { SiteName } from '../helpers/built-site.ts';
import { pageFile, pagesToCheck } from '../helpers/site-pages.ts';

/** Built pages that are deliberately not in the sitemap, with the reason. */
const notInSitemap: Record<string, string> = {
  '/404.html': 'trang báo lỗi, không phải một trang để tìm thấy',
};

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const site of ['real', 'fixture'] as SiteName[]) {
  describe(`HTML of the ${site} site`, () => {
    const { pages, inSitemap, built } = pagesToCheck(site);

    it('checks every page the sitemap lists and every page that was built', () => {
      expect(pages.length).toBeGreaterThanOrEqual(built.length);
      expect(pages.length).toBeGreaterThan(0);
      if (inSitemap === null) {
        console.warn(`⚠ Bản dựng ${site} chưa có sitemap-index.xml: kiểm tra mọi tệp HTML.`);
        return;
      }
      const missingFiles = inSitemap.filter((p) => pageFile(site, p) === null);
      expect(missingFiles, 'trang có trong sitemap nhưng không có tệp').toEqual([]);
      const outside = built.filter((p) => !inSitemap.includes(p) && !(p in notInSitemap));
      expect(outside, 'trang đã dựng nhưng sitemap không liệt kê').toEqual([]);
    });

    it('has no html-validate error or warning on any page', async () => {
      const problems: string[] = [];
      for (const path of pages) {
        const file = pageFile(site, path);
        if (!file) continue; // reported by the test above
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const m of result.messages) {
            problems.push(
              `${path}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
            );
          }
        }
      }
      expect(problems.join('\n'), 'lỗi HTML (trang:dòng:cột [quy tắc] thông báo)').toBe('');
    });
  });
}
