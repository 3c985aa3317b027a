/**
 * A synthetic content folder for the performance benchmark (`npm run bench`): the real content,
 * plus `copies` numbered copies of every plan (with its document entry), agency, task and column,
 * with every reference between them rewritten to the copy of the same number. The copies reuse the real text and
 * wording, so each copy weighs what a real plan with its agencies, duties and columns weighs, and
 * the corpus passes the same schemas and integrity checks as the real site.
 *
 * The result is never published: it lives in a temporary folder, and every copy says in its
 * title that it is a synthetic copy ("bản sao tổng hợp").
 *
 *   node scripts/synthetic-corpus.ts <thư-mục-ra> <số-bản-sao> [thư-mục-nội-dung-gốc]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { agencySchema } from '../src/schemas/agency.ts';
import { columnSchema } from '../src/schemas/column.ts';
import { documentSchema } from '../src/schemas/document.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { taskSchema } from '../src/schemas/task.ts';

export interface CorpusCounts {
  plans: number;
  agencies: number;
  tasks: number;
  columns: number;
}

export interface CorpusResult {
  /** Entries of each kind in the real content. */
  real: CorpusCounts;
  /** Entries of each kind in the synthetic folder, real ones included. */
  total: CorpusCounts;
}

/** Id of copy `n` of an entry: kebab-case ASCII, like every id. */
export const copyId = (id: string, n: number) => `${id}-bs-${String(n).padStart(3, '0')}`;

const label = (n: number) => `bản sao tổng hợp ${n}`;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Ids of the entries of a collection folder (file names without extension). */
function ids(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => f.replace(pattern, ''))
    .sort();
}

/** Rewrites every citation of a copied plan (`<plan>#…`) in a YAML document to copy `n`. */
function rewriteCitations(doc: Document, plans: string[], n: number): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const plan = plans.find((p) => (node.value as string).startsWith(`${p}#`));
      if (plan) node.value = `${copyId(plan, n)}${node.value.slice(plan.length)}`;
    },
  });
}

/** Replaces the ids in a field (a string or a list of strings) with their copy `n`. */
function rewriteIds(doc: Document, field: string, known: Set<string>, n: number): void {
  const node = doc.get(field, true);
  const map = (v: unknown) => (typeof v === 'string' && known.has(v) ? copyId(v, n) : v);
  if (isScalar(node)) node.value = map(node.value);
  else if (isSeq(node))
    for (const item of node.items) if (isScalar(item)) item.value = map(item.value);
}

/** Appends the copy label to a text field, keeping its YAML quoting. */
function relabel(doc: Document, field: string, n: number): void {
  const node = doc.get(field, true);
  if (isScalar(node) && typeof node.value === 'string') {
    node.value = `${node.value.trimEnd()} (${label(n)})`;
  }
}

function check(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }) {
  return (file: string, data: unknown) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      throw new Error(`Bản sao tổng hợp ${file} không qua lược đồ: ${String(result.error)}`);
    }
  };
}

/**
 * Writes the synthetic folder: a copy of `source` plus `copies` copies of each plan, agency, task
 * and column. `out` must not exist yet or be empty.
 */
export function generateCorpus(options: {
  source: string;
  out: string;
  copies: number;
}): CorpusResult {
  const { source, out, copies } = options;
  mkdirSync(out, { recursive: true });
  cpSync(source, out, { recursive: true });

  const plans = readdirSync(join(source, 'plans'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(source, 'plans', e.name, 'plan.yaml')))
    .map((e) => e.name)
    .sort();
  const agencies = ids(join(source, 'agencies'), /\.yaml$/);
  const tasks = ids(join(source, 'tasks'), /\.yaml$/);
  const columnFiles = existsSync(join(source, 'columns'))
    ? readdirSync(join(source, 'columns'))
        .filter((f) => /\.mdx?$/.test(f))
        .sort()
    : [];
  const agencySet = new Set(agencies);
  const taskSet = new Set(tasks);

  // Every plan has its entry among the documents (`plan: <id>`); its copies need one too.
  const planDocuments = ids(join(source, 'documents'), /\.yaml$/).flatMap((id) => {
    const text = readFileSync(join(source, 'documents', `${id}.yaml`), 'utf8');
    const plan = parseDocument(text).get('plan');
    return typeof plan === 'string' && plans.includes(plan) ? [{ id, text }] : [];
  });

  const checkPlan = check(planSchema);
  const checkDocument = check(documentSchema);
  const checkAgency = check(agencySchema);
  const checkTask = check(taskSchema);
  const checkColumn = check(columnSchema);

  for (let n = 1; n <= copies; n++) {
    for (const plan of plans) {
      const from = join(source, 'plans', plan);
      const to = join(out, 'plans', copyId(plan, n));
      mkdirSync(to, { recursive: true });
      const doc = parseDocument(readFileSync(join(from, 'plan.yaml'), 'utf8'));
      rewriteCitations(doc, plans, n);
      relabel(doc, 'number', n);
      relabel(doc, 'shortTitle', n);
      rewriteIds(doc, 'issuerAgency', agencySet, n);
      // The plan knowledge stays the original's: a copy's areas would need their own pages (an
      // area id names one page) and its contacts and horizons would only repeat the original's.
      for (const field of ['policyAreas', 'horizons', 'generalContacts', 'columnAssignment']) {
        doc.delete(field);
      }
      checkPlan(join(to, 'plan.yaml'), doc.toJS());
      writeFileSync(join(to, 'plan.yaml'), doc.toString());
      const named = doc.get('text');
      const text = typeof named === 'string' ? named : 'van-ban.txt';
      cpSync(join(from, text), join(to, text));
    }

    for (const { id, text } of planDocuments) {
      const file = join(out, 'documents', `${copyId(id, n)}.yaml`);
      const doc = parseDocument(text);
      rewriteCitations(doc, plans, n);
      rewriteIds(doc, 'plan', new Set(plans), n);
      relabel(doc, 'name', n);
      relabel(doc, 'number', n);
      // The aliases are how the text writes the real document: links must keep pointing there. A
      // copy is known only by its own (labelled) number, which the text never writes.
      doc.set('aliases', [String(doc.get('number'))]);
      checkDocument(file, doc.toJS());
      writeFileSync(file, doc.toString());
    }

    for (const agency of agencies) {
      const file = join(out, 'agencies', `${copyId(agency, n)}.yaml`);
      const doc = parseDocument(readFileSync(join(source, 'agencies', `${agency}.yaml`), 'utf8'));
      relabel(doc, 'name', n);
      relabel(doc, 'shortName', n);
      rewriteIds(doc, 'groups', agencySet, n);
      rewriteIds(doc, 'parent', agencySet, n);
      // The aliases are the real agency's words in the text: a copy must not claim them.
      doc.set('aliases', []);
      // What became of the real agency in 2025 is an outside fact about it, recorded in a change
      // that lists the real agency only: a copy has no such history.
      doc.delete('successors');
      checkAgency(file, doc.toJS());
      writeFileSync(file, doc.toString());
    }

    for (const task of tasks) {
      const file = join(out, 'tasks', `${copyId(task, n)}.yaml`);
      const doc = parseDocument(readFileSync(join(source, 'tasks', `${task}.yaml`), 'utf8'));
      rewriteCitations(doc, plans, n);
      relabel(doc, 'title', n);
      for (const field of ['lead', 'coLeads', 'coordinators', 'reportsTo']) {
        rewriteIds(doc, field, agencySet, n);
      }
      // A copy's plan has no policy areas (see above), so its tasks belong to none.
      doc.delete('policy');
      checkTask(file, doc.toJS());
      writeFileSync(file, doc.toString());
    }

    for (const name of columnFiles) {
      const id = name.replace(/\.mdx?$/, '');
      const ext = name.slice(id.length);
      const file = join(out, 'columns', `${copyId(id, n)}${ext}`);
      const src = readFileSync(join(source, 'columns', name), 'utf8');
      const match = FRONTMATTER.exec(src);
      if (!match) throw new Error(`${name}: không có phần đầu bài (---)`);
      const doc = parseDocument(match[1]);
      relabel(doc, 'title', n);
      rewriteIds(doc, 'tasks', taskSet, n);
      rewriteIds(doc, 'agencies', agencySet, n);
      checkColumn(file, doc.toJS());
      let body = src.slice(match[0].length);
      for (const plan of plans) body = body.replaceAll(`"${plan}#`, `"${copyId(plan, n)}#`);
      writeFileSync(file, `---\n${doc.toString()}---\n${body}`);
    }
  }

  const real = {
    plans: plans.length,
    agencies: agencies.length,
    tasks: tasks.length,
    columns: columnFiles.length,
  };
  const times = copies + 1;
  return {
    real,
    total: {
      plans: real.plans * times,
      agencies: real.agencies * times,
      tasks: real.tasks * times,
      columns: real.columns * times,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, copiesArg, source = 'content'] = process.argv.slice(2);
  const copies = Number(copiesArg);
  if (!out || !Number.isInteger(copies) || copies < 0) {
    console.error(
      'Cách dùng: node scripts/synthetic-corpus.ts <thư-mục-ra> <số-bản-sao> [thư-mục-gốc]',
    );
    process.exit(2);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    console.error(`${out} đã có nội dung; hãy chọn một thư mục trống.`);
    process.exit(2);
  }
  const { total } = generateCorpus({ source, out, copies });
  console.log(
    `Đã tạo ${out}: ${total.plans} kế hoạch, ${total.agencies} cơ quan, ${total.tasks} nhiệm vụ, ${total.columns} bài chuyên mục.`,
  );
}
