/**
 * `npm run fingerprint:plan -- <official text file>`: prints the `official:` block to put in a
 * plan's `plan.yaml` when its text is first copied from an official source. Run it on the official
 * file, never on the project's copy: the point of the fingerprint is that the copy is checked
 * against the original.
 */
import { readFileSync } from 'node:fs';
import { fingerprintOf } from '../src/lib/official-text.ts';

const file = process.argv[2];
if (!file) {
  console.error('Cách dùng: npm run fingerprint:plan -- <tệp văn bản chính thức>');
  process.exitCode = 1;
} else {
  const { sha256, lines } = fingerprintOf(readFileSync(file, 'utf8'));
  console.log(
    [
      'official:',
      '  source: <nơi lấy bản gốc>',
      `  sha256: ${sha256}`,
      '  lines:',
      ...lines.map((l) => `    - ${l}`),
    ].join('\n'),
  );
}
