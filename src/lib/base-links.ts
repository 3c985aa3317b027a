/**
 * Editors write the site's own addresses in content as they read them on the site
 * (`[Mục III.2.1](/ke-hoach/510-qd-ubnd/#muc-iii-2-1)`, `<a href="/nhiem-vu/…/">`), and
 * `check:content` checks them in that form (src/lib/internal-links.ts). A site built under a
 * sub-path needs them under its base: this remark plugin puts every root-relative link and image
 * of Markdown and MDX under it when the page is built. Other links are left as written.
 */
import { withBase } from './routes.ts';

interface AnyNode {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
}

const LINK_NODES = new Set(['link', 'definition', 'image']);
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/** A root-relative address ("/x/"), not a protocol-relative one ("//host/"). */
const isRootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Puts the root-relative links of a Markdown/MDX tree under `base`, in place. */
export function linksUnderBase(tree: AnyNode, base: string): void {
  if (base === '/') return;
  const visit = (node: AnyNode) => {
    if (LINK_NODES.has(node.type) && node.url && isRootRelative(node.url)) {
      node.url = withBase(node.url, base);
    }
    for (const a of node.attributes ?? []) {
      if (
        a.type === 'mdxJsxAttribute' &&
        a.name &&
        LINK_ATTRIBUTES.has(a.name) &&
        typeof a.value === 'string' &&
        isRootRelative(a.value)
      ) {
        a.value = withBase(a.value, base);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

/** remark plugin: `remarkBaseLinks({ base: '/kttt/' })`. */
export function remarkBaseLinks(options: { base: string }) {
  return () => (tree: AnyNode) => linksUnderBase(tree, options.base);
}
