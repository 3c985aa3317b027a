/**
 * Where content lives. The build tests point CONTENT_DIR at `test/fixtures/content` to build the
 * same site from a small fixture set; everything else reads `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_DIR'] || './content';
}
