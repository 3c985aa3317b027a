/**
 * Keeps script out of the site when editors write Markdown or MDX. Astro passes raw HTML in
 * Markdown through to the page and MDX can run any component, so every content file is checked
 * before it is rendered: the build (through the remark plugin below, registered in
 * astro.config.mjs) and `npm run check:content` (through checkContentSource) apply the same rules.
 *
 * Rules: no `<script>`, no frames or plug-in objects, no event-handler attribute (`onclick=`…), no
 * `javascript:` (or `vbscript:`, `data:text/html`) address, no import/export or code in MDX, and
 * in columns only the components listed in COLUMN_COMPONENTS.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentIssue } from './content-errors.ts';

/** Components a column may use in MDX, with what each is for (shown in error messages). */
export const COLUMN_COMPONENTS: Readonly<Record<string, string>> = {
  PlanQuote:
    'trích nguyên văn một đoạn của kế hoạch, ví dụ <PlanQuote cite="510-qd-ubnd#muc-iii-2-4-p2" />',
};

/** HTML elements that run or embed code, or take the page elsewhere. */
const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'thẻ <script> (mã chạy trên trang)',
  iframe: 'thẻ <iframe> (nhúng trang khác)',
  frame: 'thẻ <frame> (nhúng trang khác)',
  frameset: 'thẻ <frameset> (nhúng trang khác)',
  object: 'thẻ <object> (nhúng chương trình)',
  embed: 'thẻ <embed> (nhúng chương trình)',
  applet: 'thẻ <applet> (nhúng chương trình)',
  base: 'thẻ <base> (đổi địa chỉ mọi liên kết)',
  meta: 'thẻ <meta> (có thể chuyển hướng trang)',
  link: 'thẻ <link> (nạp tệp ngoài)',
  form: 'thẻ <form> (gửi dữ liệu đi nơi khác)',
  style: 'thẻ <style> (đổi giao diện toàn trang)',
};

/** Attributes that take an address or markup a browser may act on. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'srcset',
  'background',
  'cite',
]);

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
};

/** Decodes the character references a writer could use to hide `javascript:` from a naive check. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return HTML_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * True when an address would run code if followed. Browsers ignore control characters and white
 * space inside the scheme ("java\tscript:"), so they are removed before comparing.
 */
export function isDangerousUrl(url: string): boolean {
  const compact = decodeEntities(url)
    .replace(/[\u0000-\u0020\u007f-\u00a0]/g, '')
    .toLowerCase();
  return (
    compact.startsWith('javascript:') ||
    compact.startsWith('vbscript:') ||
    compact.startsWith('data:text/html') ||
    compact.startsWith('data:image/svg')
  );
}

/** An attribute name that makes the browser run its value as code. */
export function isEventHandler(name: string): boolean {
  return /^on[a-z]/i.test(name);
}

const TAG = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Problems in a piece of raw HTML, in plain Vietnamese; empty when it is harmless. */
export function findUnsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const add = (message: string) => {
    if (!problems.includes(message)) problems.push(message);
  };
  for (const tag of html.matchAll(TAG)) {
    const name = tag[2].toLowerCase();
    const forbidden = FORBIDDEN_ELEMENTS[name];
    if (forbidden) add(`không được dùng ${forbidden}`);
    if (tag[1]) continue;
    for (const attribute of (tag[3] ?? '').matchAll(ATTRIBUTE)) {
      const attrName = attribute[1].toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if (isEventHandler(attrName)) {
        add(`không được dùng thuộc tính "${attribute[1]}" (mã chạy khi người đọc thao tác)`);
      } else if (attrName === 'srcdoc') {
        add('không được dùng thuộc tính "srcdoc" (nhúng cả một trang)');
      } else if (URL_ATTRIBUTES.has(attrName) && isDangerousUrl(value)) {
        add(`không được dùng địa chỉ "${value.trim().slice(0, 40)}" (liên kết chạy mã)`);
      } else if (
        attrName === 'style' &&
        /expression\s*\(|url\s*\(\s*['"]?\s*javascript:/i.test(decodeEntities(value))
      ) {
        add('không được chèn mã vào thuộc tính "style"');
      }
    }
  }
  // A tag cut across lines or written oddly can slip past the tokenizer; these words never belong in an article's HTML.
  if (/<\s*\/?\s*script\b/i.test(html)) add(`không được dùng ${FORBIDDEN_ELEMENTS['script']}`);
  if (/<\s*iframe\b/i.test(html)) add(`không được dùng ${FORBIDDEN_ELEMENTS['iframe']}`);
  return problems;
}

export interface SafetyProblem {
  /** 1-based line in the file, when known. */
  line: number | null;
  message: string;
}

export interface SafetyOptions {
  /**
   * Components the file may use. null: no component check (content outside the columns, whose
   * own rules belong to their owners). Columns pass COLUMN_COMPONENTS.
   */
  allowedComponents: readonly string[] | null;
}

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

interface AnyNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

/** An MDX expression that only holds a comment: `{/* ghi chú *\/}`, the MDX way to leave notes. */
function isCommentOnly(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

function componentList(allowed: readonly string[]): string {
  return allowed.length === 0 ? 'không có thành phần nào' : allowed.map((c) => `<${c}>`).join(', ');
}

/** Every safety problem in a Markdown or MDX syntax tree, in document order. */
export function checkTree(tree: Root | AnyNode, options: SafetyOptions): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const push = (node: AnyNode, message: string) => {
    const line = node.position?.start.line ?? null;
    // An inline <script>…</script> is two HTML nodes on one line: one report is enough.
    if (!problems.some((p) => p.line === line && p.message === message))
      problems.push({ line, message });
  };

  const visit = (node: AnyNode) => {
    switch (node.type) {
      case 'html':
        for (const message of findUnsafeHtml(node.value ?? '')) push(node, message);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && isDangerousUrl(node.url)) {
          push(
            node,
            `không được dùng địa chỉ "${node.url.trim().slice(0, 40)}" (liên kết chạy mã)`,
          );
        }
        break;
      case 'mdxjsEsm':
        push(
          node,
          'không được viết "import" hay "export" trong bài; các thành phần được phép đã có sẵn, chỉ cần viết thẻ, ví dụ <PlanQuote cite="..." />',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) {
          push(
            node,
            `không được viết mã trong dấu ngoặc nhọn {${(node.value ?? '').trim().slice(0, 30)}}; muốn ghi chú thì viết {/* ghi chú */}, muốn in dấu { thì viết \\{`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, options, push);
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

function checkJsxElement(
  node: AnyNode,
  options: SafetyOptions,
  push: (node: AnyNode, message: string) => void,
): void {
  const name = node.name ?? '';
  // A name that starts with a capital, or has a dot, is a component; anything else is an HTML element.
  const isComponent = name === '' || /^[A-Z]/.test(name) || name.includes('.');
  if (name === '') {
    push(node, 'không được dùng thẻ rỗng <>…</>');
  } else if (isComponent) {
    if (options.allowedComponents && !options.allowedComponents.includes(name)) {
      push(
        node,
        `không được dùng thành phần <${name}>; bài viết chỉ được dùng ${componentList(options.allowedComponents)}`,
      );
    }
  } else {
    const forbidden = FORBIDDEN_ELEMENTS[name.toLowerCase()];
    if (forbidden) push(node, `không được dùng ${forbidden}`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      push(node, `thẻ <${name}> không được có thuộc tính viết bằng mã {…}`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (isEventHandler(attrName)) {
      push(node, `không được dùng thuộc tính "${attrName}" (mã chạy khi người đọc thao tác)`);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      push(
        node,
        `thuộc tính "${attrName}" của thẻ <${name}> phải là chữ trong dấu nháy kép, không phải mã {…}`,
      );
      continue;
    }
    const value = attribute.value ?? '';
    if (attrName.toLowerCase() === 'srcdoc' || attrName === 'dangerouslySetInnerHTML') {
      push(node, `không được dùng thuộc tính "${attrName}"`);
    } else if (
      isDangerousUrl(value) &&
      (URL_ATTRIBUTES.has(attrName.toLowerCase()) || isComponent)
    ) {
      push(node, `không được dùng địa chỉ "${value.trim().slice(0, 40)}" (liên kết chạy mã)`);
    }
  }
}

/** Parses a Markdown or MDX body the way the site's processor reads it (frontmatter removed). */
export function parseContent(body: string, mdx: boolean): Root {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  return processor.parse(body);
}

/** The `cite` of every `<PlanQuote>` in a tree, with its line, for checking against the plan. */
export function planQuoteCites(
  tree: Root | AnyNode,
): { cite: string | null; line: number | null }[] {
  const found: { cite: string | null; line: number | null }[] = [];
  const visit = (node: AnyNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'PlanQuote'
    ) {
      const attribute = node.attributes?.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'cite',
      );
      found.push({
        cite: typeof attribute?.value === 'string' ? attribute.value : null,
        line: node.position?.start.line ?? null,
      });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * Replaces the frontmatter block with empty lines, so that line numbers in the body still match the
 * file an editor has open.
 */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

/** Safety problems of a whole content file, as issues naming the file and the line. */
export function checkContentSource(
  file: string,
  source: string,
  options: SafetyOptions,
): ContentIssue[] {
  const mdx = file.endsWith('.mdx');
  let tree: Root;
  try {
    tree = parseContent(blankFrontmatter(source), mdx);
  } catch (error) {
    const e = error as { message?: string; line?: number; place?: { line?: number } };
    const line = e.line ?? e.place?.line;
    return [
      {
        file,
        field: line ? `nội dung, dòng ${line}` : 'nội dung',
        message: `không đọc được bài viết: ${e.message ?? String(error)}. Trong tệp .mdx, dấu "<" và "{" có nghĩa riêng: muốn in ra thì viết \\< và \\{`,
      },
    ];
  }
  return toIssues(file, checkTree(tree, options));
}

export function toIssues(file: string, problems: readonly SafetyProblem[]): ContentIssue[] {
  return problems.map((p) => ({
    file,
    field: p.line ? `nội dung, dòng ${p.line}` : 'nội dung',
    message: p.message,
  }));
}

export interface RemarkSafetyOptions {
  /** The content folder, as configured (`./content` or $CONTENT_DIR). */
  contentDir: string;
  /** The project root, to name files relative to it. */
  root: string;
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+$/, '');
}

function absolute(root: string, path: string): string {
  const p = normalise(path);
  if (p.startsWith('/')) return p;
  return `${normalise(root)}/${p.replace(/^\.\//, '')}`;
}

/**
 * Lines to add to a line of the text the processor saw to get the line in the file. Markdown
 * reaches remark with its frontmatter cut off, MDX with it blanked out (same lines, offset 0).
 */
export function frontmatterOffset(path: string, processed: unknown): number {
  if (typeof processed !== 'string' && !(processed instanceof Uint8Array)) return 0;
  const seen = typeof processed === 'string' ? processed : new TextDecoder().decode(processed);
  let disk: string;
  try {
    disk = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  if (disk === seen || !disk.endsWith(seen)) return 0;
  return disk.slice(0, disk.length - seen.length).split('\n').length - 1;
}

/**
 * remark plugin: fails the build on unsafe content under the content folder, naming the file and
 * line. Columns get the component whitelist as well; other content is checked for script only.
 */
export function remarkContentSafety(options: RemarkSafetyOptions) {
  const contentRoot = absolute(options.root, options.contentDir);
  const columnsRoot = `${contentRoot}/columns/`;
  return () => (tree: Root, file: { path?: string; history?: string[]; value?: unknown }) => {
    const path = normalise(file.path ?? file.history?.[0] ?? '');
    if (!path.startsWith(`${contentRoot}/`)) return;
    const isColumn = path.startsWith(columnsRoot);
    const found = checkTree(tree, {
      allowedComponents: isColumn ? Object.keys(COLUMN_COMPONENTS) : null,
    });
    if (found.length === 0) return;
    const offset = frontmatterOffset(path, file.value);
    const problems = found.map((p) => ({ ...p, line: p.line === null ? null : p.line + offset }));
    const relative = path.startsWith(`${normalise(options.root)}/`)
      ? path.slice(normalise(options.root).length + 1)
      : path;
    const lines = toIssues(relative, problems).map((i) => `  - ${i.field}: ${i.message}`);
    throw new Error(
      `Bài viết không an toàn, trang không được xây dựng.\nTệp ${relative}:\n${lines.join('\n')}`,
    );
  };
}
