/**
 * The site's own addresses written in a column's or a policy page's text: a link to an agency,
 * task, policy, document, column or plan paragraph that does not exist fails `check:content` and
 * the build with its line, instead of publishing a 404 that only the link test of `npm test` sees.
 * Only the addresses of entries are checked here; the full link check runs on the built site.
 */
import type { ContentIssue } from './content-errors.ts';
import { blankFrontmatter, parseContent } from './content-safety.ts';
import type { PlanSection } from './plan-parser.ts';
import { planAnchors } from './plans.ts';

interface AnyNode {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** The entry pages the site builds, by the first part of their address. */
export interface KnownEntries {
  agencies: ReadonlySet<string>;
  tasks: ReadonlySet<string>;
  policies: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  columns: ReadonlySet<string>;
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
}

/** Lists that live under an entry prefix (src/pages/nhiem-vu/co-quan/…), not entries. */
const LISTS = new Set(['chinh-sach', 'co-quan', 'thoi-han', 'muc', 'the', 'trang']);

const ENTRY_PAGES: readonly [string, keyof Omit<KnownEntries, 'sectionsByPlan'>, string][] = [
  ['co-quan', 'agencies', 'cơ quan'],
  ['nhiem-vu', 'tasks', 'nhiệm vụ'],
  ['chinh-sach', 'policies', 'chính sách'],
  ['van-ban', 'documents', 'văn bản'],
  ['chuyen-muc', 'columns', 'bài chuyên mục'],
];

/** Every link address of a Markdown/MDX text, with its line. */
export function linksOf(source: string, mdx: boolean): { url: string; line: number | null }[] {
  let tree: AnyNode;
  try {
    tree = parseContent(blankFrontmatter(source), mdx);
  } catch {
    return []; // A syntax error is reported by checkContentSource.
  }
  const found: { url: string; line: number | null }[] = [];
  const visit = (node: AnyNode) => {
    const line = node.position?.start.line ?? null;
    if ((node.type === 'link' || node.type === 'definition') && node.url) {
      found.push({ url: node.url, line });
    }
    for (const a of node.attributes ?? []) {
      if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string') {
        found.push({ url: a.value, line });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** Why an address of the site names no page or paragraph, or null (also for outside links). */
export function internalLinkProblem(url: string, known: KnownEntries): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const [pathAndQuery, hash] = url.split('#', 2) as [string, string | undefined];
  const path = pathAndQuery.split('?')[0];
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'ke-hoach' && parts.length === 2) {
    const sections = known.sectionsByPlan.get(parts[1]);
    if (!sections) return `không có kế hoạch mã "${parts[1]}"`;
    if (hash && !planAnchors(sections).has(hash)) {
      return `kế hoạch "${parts[1]}" không có đoạn hoặc mục "#${hash}"`;
    }
    return null;
  }
  for (const [prefix, collection, word] of ENTRY_PAGES) {
    // Only `/<prefix>/<id>/`: the lists under these prefixes (trang/2/, muc/…, co-quan/…) are
    // pages of their own, checked by the link test of the built site.
    if (
      parts[0] === prefix &&
      parts.length === 2 &&
      !parts[1].includes('.') &&
      !LISTS.has(parts[1])
    ) {
      if (!known[collection].has(parts[1])) return `không có ${word} mã "${parts[1]}"`;
      if (!path.endsWith('/')) return `địa chỉ trang phải kết thúc bằng "/" (${path}/)`;
    }
  }
  return null;
}

/** An issue for every link of `source` to a page or paragraph of the site that does not exist. */
export function checkInternalLinks(
  file: string,
  source: string,
  known: KnownEntries,
): ContentIssue[] {
  return linksOf(source, file.endsWith('.mdx')).flatMap(({ url, line }) => {
    const problem = internalLinkProblem(url, known);
    return problem
      ? [
          {
            file,
            field: line ? `nội dung, dòng ${line}` : 'nội dung',
            message: `liên kết "${url}" hỏng: ${problem}`,
          },
        ]
      : [];
  });
}
