import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { realContent } from '../helpers/paths.ts';

/** Every .ts and .astro file under src/, as paths from the repository root. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|astro)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Lines that still name the main plan's area on purpose, each with its reason. Anything else that
 * names the plan's number, id or area is plan knowledge in code, and belongs in content.
 */
const KNOWN: readonly { file: string; text: string; reason: string }[] = [
  {
    file: 'src/schemas/shared.ts',
    text: 'binh-dinh-cu',
    reason: 'the three areas of outside figures are still a fixed list (docs/CONVENTIONS.md)',
  },
  {
    file: 'src/lib/progress.ts',
    text: 'Bình Định cũ và Gia Lai cũ',
    reason: 'the note that goes with that fixed list of areas',
  },
  {
    file: 'src/lib/ical.ts',
    text: 'kinh-te-tap-the-binh-dinh',
    reason: 'the calendars’ PRODID: changing it makes every subscribed calendar a new one',
  },
];

describe('plan knowledge stays in content', () => {
  const site = parse(readFileSync(join(realContent, 'site.yaml'), 'utf8')) as {
    mainPlan: string;
    region: string;
  };
  const plan = parse(
    readFileSync(join(realContent, 'plans', site.mainPlan, 'plan.yaml'), 'utf8'),
  ) as { number: string };
  const region = site.region.replace(/^(tỉnh|thành phố|huyện)\s+/, '');
  const words = [plan.number, site.mainPlan, region];

  it('names the main plan’s number, id and area nowhere in src/ but in examples and known cases', () => {
    const found: string[] = [];
    for (const file of sourceFiles()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          // Comments explain with the real plan; an editor's message shows a real example.
          if (/^(\/\/|\*|\/\*|\{\/\*)/.test(code) || /ví dụ/i.test(code)) return;
          const word = words.find((w) => code.includes(w));
          if (!word) return;
          if (KNOWN.some((k) => k.file === file && code.includes(k.text))) return;
          found.push(`${file}:${i + 1}: ${word}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('keeps each known case real: an exception that matches nothing is removed', () => {
    for (const k of KNOWN) expect(readFileSync(k.file, 'utf8'), k.reason).toContain(k.text);
  });
});
