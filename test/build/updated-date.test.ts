import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { vietnamDay } from '../../src/lib/format.ts';
import { distDir, listPages, readPage } from '../helpers/built-site.ts';

describe('"Cập nhật ngày" on every page', () => {
  const pages = listPages('real');

  it('gives the build day in Vietnam, the same on every page, as dd/mm/yyyy', () => {
    expect(pages.length).toBeGreaterThan(100);
    const days = new Set<string>();
    for (const path of pages) {
      const stamp = parse(readPage('real', path)).querySelector('.site-updated');
      expect(stamp, path).not.toBeNull();
      const time = stamp!.querySelector('time')!;
      const iso = time.getAttribute('datetime')!;
      const [y, m, d] = iso.split('-');
      expect(stamp!.textContent.replace(/\s+/g, ' ').trim(), path).toBe(
        `Cập nhật ngày ${d}/${m}/${y}`,
      );
      days.add(iso);
    }
    expect([...days]).toHaveLength(1);
    // The build wrote index.html on that day in Vietnam (or, past midnight, the day after).
    const written = statSync(join(distDir('real'), 'index.html')).mtime;
    const built = [...days][0];
    expect([vietnamDay(written), vietnamDay(new Date(written.getTime() - 3_600_000))]).toContain(
      built,
    );
  });
});
