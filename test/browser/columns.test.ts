/**
 * Columns on the development server (`npm run dev`): drafts and scheduled columns are shown to
 * their authors, labelled, kept out of the feed and out of the search index markup, and the pages
 * pass axe like the built ones. The server runs from Astro's API with its own cache folder, so it
 * never shares state with a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { fixtureContent, root } from '../helpers/paths.ts';

const cache = mkdtempSync(join(tmpdir(), 'columns-dev-'));
let server: ChildProcess | undefined;
let base = '';

/** The environment without vitest's variables: Astro's dev server does not serve pages under VITEST. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
}

/** Starts `astro dev` on a free port and resolves with its address once it listens. */
function startDevServer(): Promise<string> {
  const script = [
    "import { dev } from 'astro';",
    `const s = await dev({ cacheDir: ${JSON.stringify(cache)}, server: { port: 0, host: '127.0.0.1' }, devToolbar: { enabled: false }, logLevel: 'error' });`,
    "console.log('PORT=' + s.address.port);",
  ].join('\n');
  server = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...childEnv(), CONTENT_DIR: fixtureContent, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /PORT=(\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (code) => reject(new Error(`astro dev dừng (mã ${code}):\n${output}`)));
  });
}

async function get(path: string): Promise<string> {
  const response = await fetch(`${base}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

beforeAll(async () => {
  base = await startDevServer();
}, 120_000);

afterAll(() => {
  server?.kill();
  rmSync(cache, { recursive: true, force: true });
});

describe('columns on the development server', () => {
  it('lists the draft and the scheduled column with their labels', async () => {
    const list = parse(await get('/chuyen-muc/'));
    const item = (id: string) =>
      list
        .querySelectorAll('.column-item')
        .find((li) => li.querySelector(`a[href="/chuyen-muc/${id}/"]`));
    expect(item('bai-nhap-chua-dang')?.querySelector('.status-label')?.textContent).toBe(
      'Bản nháp',
    );
    expect(item('bai-hen-dang-nam-2999')?.querySelector('.status-label')?.textContent).toBe(
      'Hẹn đăng 01/01/2999',
    );
    expect(item('tuyen-truyen-ve-hop-tac-xa-mau')?.querySelector('.status-label')).toBeNull();
  });

  it('shows a draft with a banner and without the search index marker', async () => {
    const page = parse(await get('/chuyen-muc/bai-nhap-chua-dang/'));
    expect(page.querySelector('.status-banner')?.textContent).toContain('Bản nháp.');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('meta[data-pagefind-filter]')).toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('shows a scheduled column with its date', async () => {
    const page = parse(await get('/chuyen-muc/bai-hen-dang-nam-2999/'));
    expect(page.querySelector('.status-banner')?.textContent).toContain('Hẹn đăng 01/01/2999.');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('keeps drafts and scheduled columns out of the feed even here', async () => {
    const feed = await get('/chuyen-muc/rss.xml');
    expect(feed).toContain('/chuyen-muc/tuyen-truyen-ve-hop-tac-xa-mau/');
    expect(feed).not.toContain('bai-nhap-chua-dang');
    expect(feed).not.toContain('bai-hen-dang-nam-2999');
  });
});

describe.skipIf(!hasChromium)(
  'accessibility of the labelled columns (axe-core, WCAG 2.2 AA)',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('finds no violation on the list, a draft and a scheduled column', async () => {
      const context = await browser.newContext();
      const failures: string[] = [];
      for (const path of [
        '/chuyen-muc/',
        '/chuyen-muc/bai-nhap-chua-dang/',
        '/chuyen-muc/bai-hen-dang-nam-2999/',
      ]) {
        const page = await context.newPage();
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        for (const v of await runAxe(page))
          failures.push(`${path} [${v.id}] ${v.help} → ${v.targets.join(', ')}`);
        await page.close();
      }
      await context.close();
      expect(failures.join('\n')).toBe('');
    });
  },
);
