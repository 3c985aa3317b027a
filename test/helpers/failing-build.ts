/**
 * Builds the fixture set after one editor mistake, in a folder of its own (content, cache and
 * output), and returns the build's exit status and output: for tests that the build refuses what
 * `npm run check:content` refuses, with the same words.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { fingerprintOf } from '../../src/lib/official-text.ts';
import { buildFixtureCopy } from './build-with.ts';

export function buildWithMistake(
  mistake: (content: string) => void,
  env: Record<string, string | undefined> = {},
): {
  status: number | null;
  output: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'loi-noi-dung-'));
  try {
    const { status, output } = buildFixtureCopy(dir, mistake, env);
    return { status, output };
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
