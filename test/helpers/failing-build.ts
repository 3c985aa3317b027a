/**
 * Builds the fixture set after one editor mistake, in a folder of its own (content, cache and
 * output), and returns the build's exit status and output: for tests that the build refuses what
 * `npm run check:content` refuses, with the same words.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { fingerprintOf } from '../../src/lib/official-text.ts';
import { fixtureContent, root } from './paths.ts';

export function buildWithMistake(
  mistake: (content: string) => void,
  env: Record<string, string | undefined> = { SITE_URL: 'https://kinh-te-tap-the.example' },
): {
  status: number | null;
  output: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'loi-noi-dung-'));
  try {
    const content = join(dir, 'content');
    cpSync(fixtureContent, content, { recursive: true });
    mistake(content);
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};\n` +
        `export default { ...base, cacheDir: ${JSON.stringify(join(dir, 'cache'))} };\n`,
    );
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--root',
        root,
        '--config',
        // Astro joins the config path to the root.
        relative(root, config),
        '--outDir',
        join(dir, 'dist'),
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Records the current text of a fixture plan as its official text, for a test that changes the
 * text on purpose to test something else (the fingerprint check would otherwise stop the build).
 */
export function acceptPlanText(planDir: string): void {
  const meta = join(planDir, 'plan.yaml');
  const doc = parseDocument(readFileSync(meta, 'utf8'));
  const { sha256, lines } = fingerprintOf(readFileSync(join(planDir, 'van-ban.txt'), 'utf8'));
  doc.setIn(['official', 'sha256'], sha256);
  doc.setIn(['official', 'lines'], lines);
  writeFileSync(meta, doc.toString());
}
