/**
 * `npm run bench`: builds the real site and a synthetic corpus about 10 and 100 times larger
 * (scripts/synthetic-corpus.ts), each with the same steps as `npm run build`, and prints figures:
 * build time and peak memory, pages per second, search index size, the median and heaviest page (HTML + CSS + JS,
 * gzip), JavaScript per page, search bytes and latency (scripts/bench-search.ts), and how each
 * figure grows with the number of pages. It prints figures and the budget, never fails on them:
 * timings depend on the machine, so no test asserts them.
 *
 *   npm run bench                      # real site, ×10 and ×100
 *   npm run bench -- --scales=1,10     # a quicker run
 *   npm run bench -- --keep            # keep the built sites (path printed at the end)
 *
 * Search is measured next to its floor, a plain Pagefind page on the same index (see
 * scripts/bench-search.ts), and the ratios are printed against issue 16's targets.
 *
 * Run it alone: it clears Astro's content cache (`astro build --force`) and shares the cache of
 * the fixture build, so it must not run at the same time as another build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { generateCorpus } from './synthetic-corpus.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The budget of issue 8. */
const BUDGET = {
  /** Median page, HTML + CSS + JS, gzip. */
  medianPageBytes: 30 * 1024,
  /**
   * The pages allowed more JavaScript than the service-worker registration: search, and the
   * offline page that lists saved pages and saves every page when asked (issue 17).
   */
  scriptPages: ['/tim-kiem/', '/ngoai-tuyen/'],
  /** The JavaScript every other page may carry: the service-worker registration, gzip. */
  everyPageScriptBytes: 1024,
  /**
   * Growth counts as linear when the cost of one more page at the largest scale is at most this
   * many times its cost at the step before (fixed start-up costs excluded by taking differences).
   */
  linearTolerance: 1.5,
};

// ---------------------------------------------------------------- command line

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}`));
const scales = (flag('scales')?.split('=')[1] ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((n) => Number.isFinite(n) && n >= 1);
if (!scales.includes(1)) scales.unshift(1); // the real site is the reference for the others
const keep = Boolean(flag('keep'));

// ---------------------------------------------------------------- building

interface Step {
  command: string;
  ms: number;
  /** Peak resident memory of the step's largest process, when GNU time is there to tell. */
  peakBytes: number | null;
}

/**
 * GNU time reports the peak memory of a command's largest process (Node cannot for a child).
 * Debian's `time` package; without it the figure is left out, not guessed.
 */
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/** The build step running now, so that an interrupted benchmark can stop it. */
let active: ChildProcess | null = null;

function run(
  command: string,
  env: NodeJS.ProcessEnv,
  log: string[],
): Promise<{ ms: number; peakBytes: number | null }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const peakFile = join(tmpdir(), `kttt-bench-peak-${process.pid}.txt`);
    writeFileSync(peakFile, '');
    const [bin, argv] = hasGnuTime
      ? [GNU_TIME, ['-f', '%M', '-o', peakFile, 'sh', '-c', command]]
      : ['sh', ['-c', command]];
    // Its own process group, so that stopping it stops the tools the shell started.
    const child = spawn(bin, argv, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    active = child;
    child.stdout.on('data', (d: Buffer) => log.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => log.push(d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      active = null;
      if (code === 0) {
        const kb = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop());
        rmSync(peakFile, { force: true });
        done({ ms: performance.now() - started, peakBytes: kb > 0 ? kb * 1024 : null });
      } else {
        const tail = log.join('').split('\n').slice(-40).join('\n');
        fail(new Error(`Lệnh thất bại (mã ${code}): ${command}\n${tail}`));
      }
    });
  });
}

/**
 * The steps of `npm run build` (package.json), pointed at another output folder: every step runs
 * as it does for the real build, so a step added there is measured here too.
 */
function buildSteps(out: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const quoted = `'${out}'`;
  return pkg.scripts['build'].split('&&').map((raw) => {
    let step = raw.trim().replace(/(^|\s)dist(?=\s|\/|$)/g, `$1${quoted}`);
    if (/^astro build\b/.test(step)) {
      // A cold build each time, so the scales compare like with like.
      step += ' --force';
      if (!step.includes('--outDir')) step += ` --outDir ${quoted}`;
    }
    return step;
  });
}

async function build(out: string, contentDir: string | null): Promise<Step[]> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
  };
  delete env['CONTENT_DIR'];
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  // A build needs the site's address (src/lib/site-url.ts); the bench's is the tests' one.
  env['SITE_URL'] ||= 'https://kinh-te-tap-the.example';
  const steps: Step[] = [];
  for (const command of buildSteps(out)) {
    steps.push({ command, ...(await run(command, env, [])) });
  }
  return steps;
}

// ---------------------------------------------------------------- measuring

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** A site-relative URL in a page, as a file of the built site (null for other sites). */
function fileOf(out: string, from: string, url: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  const path = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
  const file = join(out, decodeURI(path));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** A JavaScript file and every module it imports statically, as files of the built site. */
function scriptClosure(out: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const from = `/${relative(out, file).split('\\').join('/')}`;
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)) {
    const dep = fileOf(out, from, m[1] ?? m[2]);
    if (dep) scriptClosure(out, dep, seen);
  }
}

/** What a first visit to a page downloads before any script runs: HTML, CSS and JS, gzip. */
function pageWeight(out: string, file: string): PageWeight {
  const path = `/${relative(out, file).split('\\').join('/')}`.replace(/index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="?stylesheet"?/.test(m[0])) continue;
    const href = m[0].match(/\bhref="([^"]+)"/)?.[1];
    const f = href ? fileOf(out, path, href) : null;
    if (f) css += gzipSize(f);
  }
  let js = 0;
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/\btype="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) {
      const f = fileOf(out, path, src);
      if (f) scriptClosure(out, f, scripts);
    } else if (m[2].trim() !== '') {
      js += gzipSync(m[2]).length;
    }
  }
  for (const f of scripts) js += gzipSize(f);
  const htmlBytes = gzipSize(file);
  return { path, html: htmlBytes, css, js, total: htmlBytes + css + js };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const dirSize = (dir: string) =>
  existsSync(dir) ? walk(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0;

/** Longest wait for the search figures of one build. */
const SEARCH_TIMEOUT_MS = 5 * 60_000;

async function measureSearch(out: string): Promise<Record<string, number | string> | null> {
  const module = join(root, 'scripts', 'bench-search.ts');
  if (!existsSync(module)) return null;
  const { benchSearch } = (await import(module)) as {
    benchSearch: (opts: {
      baseUrl: string;
      distDir: string;
    }) => Promise<Record<string, number | string>>;
  };
  const handler = sirv(out, { dev: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // A search that never shows results must not hang the whole benchmark.
  let timer: NodeJS.Timeout | undefined;
  try {
    const { port } = server.address() as AddressInfo;
    const timeout = new Promise<Record<string, string>>((resolve) => {
      timer = setTimeout(
        () => resolve({ 'tìm kiếm': `không đo được: quá ${SEARCH_TIMEOUT_MS / 60_000} phút` }),
        SEARCH_TIMEOUT_MS,
      );
    });
    const measured = benchSearch({ baseUrl: `http://127.0.0.1:${port}`, distDir: out }).catch(
      (error: unknown) => ({ 'tìm kiếm': `không đo được: ${String(error).split('\n')[0]}` }),
    );
    return await Promise.race([measured, timeout]);
  } finally {
    clearTimeout(timer);
    server.close();
  }
}

interface Result {
  scale: number;
  copies: number;
  pages: number;
  steps: Step[];
  buildMs: number;
  /** The highest peak memory of the build's steps, or null without GNU time. */
  peakBytes: number | null;
  indexBytes: number;
  indexFiles: number;
  siteBytes: number;
  weights: PageWeight[];
  medianPage: number;
  medianHtml: number;
  heaviest: PageWeight[];
  scriptPages: PageWeight[];
  /** The most JavaScript on a page outside `BUDGET.scriptPages` (the registration script). */
  otherPagesJs: number;
  sections: [string, number][];
  search: Record<string, number | string> | null;
}

function measure(
  out: string,
  scale: number,
  copies: number,
  steps: Step[],
): Omit<Result, 'search'> {
  const files = walk(out).filter((f) => f.endsWith('.html'));
  const weights = files.map((f) => pageWeight(out, f));
  const bySection = new Map<string, number>();
  for (const w of weights) {
    const section = `/${w.path.split('/')[1] ?? ''}${w.path.split('/').length > 2 ? '/' : ''}`;
    bySection.set(section, (bySection.get(section) ?? 0) + 1);
  }
  return {
    scale,
    copies,
    pages: files.length,
    steps,
    buildMs: steps.reduce((s, x) => s + x.ms, 0),
    peakBytes: steps.some((s) => s.peakBytes === null)
      ? null
      : Math.max(...steps.map((s) => s.peakBytes!)),
    indexBytes: dirSize(join(out, 'pagefind')),
    indexFiles: existsSync(join(out, 'pagefind')) ? walk(join(out, 'pagefind')).length : 0,
    siteBytes: dirSize(out),
    weights,
    medianPage: median(weights.map((w) => w.total)),
    medianHtml: median(weights.map((w) => w.html)),
    heaviest: [...weights].sort((a, b) => b.total - a.total).slice(0, 3),
    scriptPages: weights.filter(
      (w) => BUDGET.scriptPages.includes(w.path) || w.js > BUDGET.everyPageScriptBytes,
    ),
    otherPagesJs: Math.max(
      0,
      ...weights.filter((w) => !BUDGET.scriptPages.includes(w.path)).map((w) => w.js),
    ),
    sections: [...bySection].sort((a, b) => b[1] - a[1]),
  };
}

// ---------------------------------------------------------------- printing

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const num = (n: number) => n.toLocaleString('vi-VN');

function machine(): string {
  const cpu = cpus();
  const version = (pkg: string) => {
    try {
      const p = JSON.parse(
        readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
      ) as {
        version: string;
      };
      return p.version;
    } catch {
      return '?';
    }
  };
  return [
    `CPU: ${cpu[0]?.model ?? '?'} × ${cpu.length}`,
    `RAM: ${(totalmem() / 1024 ** 3).toFixed(0)} GB`,
    `Hệ điều hành: ${platform()} ${release()}`,
    `Node ${process.version}, Astro ${version('astro')}, Pagefind ${version('pagefind')}`,
  ].join('\n  ');
}

function printResult(r: Result): void {
  const title = r.scale === 1 ? 'Trang thật' : `Kho tổng hợp ×${r.scale} (${r.copies} bản sao)`;
  console.log(`\n== ${title}: ${num(r.pages)} trang ==`);
  for (const s of r.steps) {
    const peak = s.peakBytes === null ? '' : `  bộ nhớ đỉnh ${mb(s.peakBytes).padStart(9)}`;
    console.log(`  ${sec(s.ms).padStart(8)}${peak}  ${s.command}`);
  }
  if (r.peakBytes === null) console.log(`  (không có ${GNU_TIME}: bỏ qua số đo bộ nhớ)`);
  console.log(
    `  Thời gian dựng: ${sec(r.buildMs)} (${(r.pages / (r.buildMs / 1000)).toFixed(1)} trang/giây, ${(r.buildMs / r.pages).toFixed(1)} ms/trang)`,
  );
  console.log(
    `  Chỉ mục tìm kiếm: ${mb(r.indexBytes)} trong ${num(r.indexFiles)} tệp (${kb(r.indexBytes / r.pages)}/trang); cả trang: ${mb(r.siteBytes)}`,
  );
  console.log(
    `  Trang trung vị (HTML + CSS + JS, gzip): ${kb(r.medianPage)} (riêng HTML ${kb(r.medianHtml)})`,
  );
  for (const h of r.heaviest) {
    console.log(
      `  Trang nặng: ${h.path} ${kb(h.total)} (HTML ${kb(h.html)}, CSS ${kb(h.css)}, JS ${kb(h.js)})`,
    );
  }
  const jsLine = r.scriptPages.length
    ? r.scriptPages.map((p) => `${p.path} ${kb(p.js)}`).join(', ')
    : 'không trang nào';
  console.log(
    `  JavaScript: ${jsLine}; các trang còn lại tối đa ${num(r.otherPagesJs)} B (đăng ký service worker)`,
  );
  console.log(
    `  Trang theo mục: ${r.sections
      .slice(0, 8)
      .map(([s, n]) => `${s} ${num(n)}`)
      .join(', ')}`,
  );
  if (r.search) {
    console.log('  Tìm kiếm (scripts/bench-search.ts):');
    for (const [k, v] of Object.entries(r.search)) console.log(`    ${k}: ${v}`);
  } else {
    // scripts/bench-search.ts measures search in Chromium; without it the figures are missing.
    console.log('  Tìm kiếm (byte tải, độ trễ): chưa đo (chưa có scripts/bench-search.ts)');
  }
}

/** Cost of one more page between two scales, so that fixed start-up costs cancel out. */
function marginal(a: Result, b: Result, pick: (r: Result) => number): number {
  return (pick(b) - pick(a)) / (b.pages - a.pages);
}

function printBudget(results: Result[]): void {
  const real = results[0];
  console.log('\n== Ngân sách (trang thật) ==');
  const offenders = real.scriptPages.filter((p) => !BUDGET.scriptPages.includes(p.path));
  console.log(
    `  JavaScript ngoài đăng ký service worker chỉ trên ${BUDGET.scriptPages.join(', ')}: ${offenders.length === 0 ? 'ĐẠT' : `KHÔNG ĐẠT (${offenders.map((p) => p.path).join(', ')})`}`,
  );
  console.log(
    `  JavaScript của mọi trang khác ≤ ${num(BUDGET.everyPageScriptBytes)} B gzip: ${real.otherPagesJs <= BUDGET.everyPageScriptBytes ? 'ĐẠT' : 'KHÔNG ĐẠT'} (${num(real.otherPagesJs)} B)`,
  );
  console.log(
    `  Trang trung vị ≤ ${kb(BUDGET.medianPageBytes)} gzip: ${real.medianPage <= BUDGET.medianPageBytes ? 'ĐẠT' : 'KHÔNG ĐẠT'} (${kb(real.medianPage)})`,
  );
  if (results.length < 3) {
    console.log('  Tăng tuyến tính theo số trang: cần ít nhất hai mức tổng hợp để so sánh');
    return;
  }
  console.log('\n== Tăng trưởng theo số trang (chi phí thêm cho mỗi trang giữa hai mức) ==');
  const rows: [string, (r: Result) => number, (n: number) => string][] = [
    ['thời gian dựng', (r) => r.buildMs, (n) => `${n.toFixed(1)} ms`],
    ['chỉ mục tìm kiếm', (r) => r.indexBytes, (n) => kb(n)],
    ['dung lượng trang', (r) => r.siteBytes, (n) => kb(n)],
  ];
  // Memory per step: each step's peak grows on its own curve, and the largest step changes with
  // the scale (astro build on the real site, Pagefind's indexing at ×100).
  if (results.every((r) => r.steps.every((s) => s.peakBytes !== null))) {
    real.steps.forEach((step, i) => {
      const name = step.command.split(' ').slice(0, 2).join(' ');
      rows.push([`bộ nhớ đỉnh (${name})`, (r) => r.steps[i].peakBytes!, (n) => kb(n)]);
    });
  }
  let linear = true;
  for (const [name, pick, show] of rows) {
    const steps = results.slice(1).map((r, i) => marginal(results[i], r, pick));
    const ratio = steps[steps.length - 1] / steps[0];
    // A cost that barely grows has a marginal cost near zero, and the ratio of two such is noise
    // (the service worker step: 0.4 then 1.4 KB a page on a fixed 300 MB). So the cost also has
    // to outgrow, at the largest scale, what the first step's marginal cost predicts for it.
    const last = results[results.length - 1];
    const predicted = pick(results[0]) + steps[0] * (last.pages - results[0].pages);
    const overPrediction = pick(last) / predicted;
    if (ratio > BUDGET.linearTolerance && overPrediction > BUDGET.linearTolerance) linear = false;
    const between = results
      .slice(1)
      .map((r, i) => `×${results[i].scale}→×${r.scale}: ${show(steps[i])}/trang`)
      .join(', ');
    console.log(
      `  ${name}: ${between} (tỉ số ${ratio.toFixed(2)}; ×${last.scale} = ${overPrediction.toFixed(2)} lần số dự đoán từ bước đầu)`,
    );
  }
  const heaviest = results.map(
    (r) => `×${r.scale} ${kb(r.heaviest[0].total)} (${r.heaviest[0].path})`,
  );
  const medians = results.map((r) => `×${r.scale} ${kb(r.medianPage)}`);
  console.log(`  trang trung vị: ${medians.join(', ')}`);
  console.log(`  trang nặng nhất: ${heaviest.join(', ')}`);
  console.log(
    `  Tăng tuyến tính theo số trang (tỉ số ≤ ${BUDGET.linearTolerance}, hoặc ở mức lớn nhất không quá ${BUDGET.linearTolerance} lần số dự đoán): ${linear ? 'ĐẠT' : 'KHÔNG ĐẠT'}`,
  );
}

/**
 * Issue 16's targets, as ratios of the site's search page to a plain Pagefind page on the same
 * index in the same run (scripts/bench-search.ts): first-query bytes on the real site, and the
 * time to the first result, first and later queries, at every scale.
 */
const SEARCH_TARGETS = {
  firstQueryBytes: 1.2,
  time: 1.3,
};

const RATIO_KEYS = {
  bytes: 'tỉ số trang ÷ Pagefind thuần: byte truy vấn đầu',
  first: 'tỉ số trang ÷ Pagefind thuần: thời gian tới kết quả đầu',
  later: 'tỉ số trang ÷ Pagefind thuần: thời gian các truy vấn sau',
};

function printSearchRatios(results: Result[]): void {
  console.log(
    '\n== Tìm kiếm so với Pagefind thuần (trang ÷ Pagefind thuần, cùng chỉ mục, cùng lần chạy) ==\n',
  );
  console.log(
    '| mức | trang | byte truy vấn đầu | thời gian tới kết quả đầu | thời gian các truy vấn sau |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const verdicts: string[] = [];
  for (const r of results) {
    const pick = (key: string) => {
      const v = r.search?.[key];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    const [bytes, first, later] = [
      pick(RATIO_KEYS.bytes),
      pick(RATIO_KEYS.first),
      pick(RATIO_KEYS.later),
    ];
    const show = (v: number | null) =>
      v === null ? 'không đo được' : v.toFixed(2).replace('.', ',');
    const level = r.scale === 1 ? 'thật' : `×${r.scale}`;
    console.log(
      `| ${level} | ${num(r.pages)} | ${show(bytes)} | ${show(first)} | ${show(later)} |`,
    );
    if (r.scale === 1) {
      verdicts.push(
        `byte truy vấn đầu ≤ ${SEARCH_TARGETS.firstQueryBytes} (trang thật): ${bytes !== null && bytes <= SEARCH_TARGETS.firstQueryBytes ? 'ĐẠT' : 'KHÔNG ĐẠT'}`,
      );
    }
    const met =
      first !== null &&
      later !== null &&
      first <= SEARCH_TARGETS.time &&
      later <= SEARCH_TARGETS.time;
    verdicts.push(`thời gian ≤ ${SEARCH_TARGETS.time} ở ${level}: ${met ? 'ĐẠT' : 'KHÔNG ĐẠT'}`);
  }
  console.log('');
  for (const v of verdicts) console.log(`  ${v}`);
}

function printMarkdown(results: Result[]): void {
  console.log('\n== Bảng cho docs/performance.md ==\n');
  console.log(
    '| mức | trang | dựng | bộ nhớ đỉnh | trang/giây | chỉ mục | trang trung vị (gzip) | trang nặng nhất (gzip) | trang có JS |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const r of results) {
    const h = r.heaviest[0];
    console.log(
      `| ${r.scale === 1 ? 'thật' : `×${r.scale}`} | ${num(r.pages)} | ${sec(r.buildMs)} | ${r.peakBytes === null ? '—' : mb(r.peakBytes)} | ${(r.pages / (r.buildMs / 1000)).toFixed(1)} | ${mb(r.indexBytes)} | ${kb(r.medianPage)} | ${kb(h.total)} \`${h.path}\` | ${r.scriptPages.map((p) => `\`${p.path}\` ${kb(p.js)}`).join(', ') || 'không'} |`,
    );
  }
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.search ?? {})))];
  if (keys.length === 0) return;
  console.log(
    `\n| tìm kiếm | ${results.map((r) => (r.scale === 1 ? 'thật' : `×${r.scale}`)).join(' | ')} |`,
  );
  console.log(`| --- |${results.map(() => ' ---: |').join('')}`);
  for (const key of keys) {
    console.log(`| ${key} | ${results.map((r) => String(r.search?.[key] ?? '—')).join(' | ')} |`);
  }
}

// ---------------------------------------------------------------- main

const work = mkdtempSync(join(tmpdir(), 'kttt-bench-'));
// Interrupted (Ctrl+C): the large built sites are not left behind in the temporary folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (active?.pid) process.kill(-active.pid, 'SIGTERM');
    if (!keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
console.log(`Máy đo:\n  ${machine()}`);
console.log(`Thư mục tạm: ${work}`);
const results: Result[] = [];
let pagesPerCopy = 0;
try {
  for (const scale of [...new Set(scales)].sort((a, b) => a - b)) {
    const out = join(work, `x${scale}`);
    let copies = 0;
    let contentDir: string | null = null;
    if (scale > 1) {
      // Enough copies for about `scale` times the real site's pages.
      copies = Math.max(1, Math.round(((scale - 1) * results[0].pages) / pagesPerCopy));
      contentDir = join(work, `noi-dung-x${scale}`);
      const started = performance.now();
      const { total } = generateCorpus({ source: join(root, 'content'), out: contentDir, copies });
      console.log(
        `\nKho tổng hợp ×${scale}: ${copies} bản sao, ${num(total.plans)} kế hoạch, ${num(total.agencies)} cơ quan, ${num(total.tasks)} nhiệm vụ, ${num(total.columns)} bài chuyên mục (tạo trong ${sec(performance.now() - started)})`,
      );
    }
    process.stdout.write(`\nĐang dựng ${scale === 1 ? 'trang thật' : `×${scale}`}…`);
    const steps = await build(out, contentDir);
    const result: Result = {
      ...measure(out, scale, copies, steps),
      search: await measureSearch(out),
    };
    results.push(result);
    if (scale === 1) {
      // A copy adds one page per plan, plan document, agency, task and column.
      const probe = generateCorpus({
        source: join(root, 'content'),
        out: join(work, 'probe'),
        copies: 0,
      });
      rmSync(join(work, 'probe'), { recursive: true, force: true });
      const r = probe.real;
      pagesPerCopy = 2 * r.plans + r.agencies + r.tasks + r.columns;
    }
    printResult(result);
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
  printBudget(results);
  printSearchRatios(results);
  printMarkdown(results);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`\nGiữ lại các bản dựng trong ${work}`);
}
// A search measurement that timed out may still hold a browser open; the figures are printed.
process.exit(0);
