/**
 * Builds the site from a copy of the fixture content after `prepare` changed it, the one way every
 * test builds a changed fixture set. Astro's API takes its own output and cache folders, so such a
 * build never touches dist/ or the shared cache.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent, root } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
  content: string;
}

/** The variables vitest sets from import.meta.env, which a build would read as its own. */
const VITEST_IMPORT_META_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The address test builds publish under: a production build needs one (src/lib/site-url.ts). */
export const TEST_SITE_URL = 'https://kinh-te-tap-the.example';

export function buildFixtureCopy(
  base: string,
  prepare: (content: string) => void,
  env: Record<string, string | undefined> = {},
): BuildResult {
  const content = join(base, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  prepare(content);
  const dist = join(base, 'dist');
  const script = `import { build } from 'astro';\nawait build({ outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(join(base, 'cache'))}, logLevel: 'error' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    // Astro changes its behaviour under vitest's variables; the build must run as on the command line.
    // Vitest also copies import.meta.env into process.env, and a BASE_URL there wins over Astro's base.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => !k.startsWith('VITEST') && !VITEST_IMPORT_META_ENV.has(k),
        ),
      ),
      CONTENT_DIR: content,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_URL: TEST_SITE_URL,
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, content };
}
