import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: { schedule: { cron: string }[] };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: { path?: string } }[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const readme = readFileSync('README.md', 'utf8');

/** The hour in Vietnam (UTC+7) at which a UTC cron line "m h * * *" runs. */
function vietnamHour(cron: string): number {
  const [, hour] = cron.split(/\s+/);
  return (Number(hour) + 7) % 24;
}

describe('the scheduled rebuild', () => {
  it('runs every day just after midnight in Vietnam', () => {
    const [schedule] = workflow.on.schedule;
    expect(schedule.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(vietnamHour(schedule.cron)).toBe(0);
  });

  it('builds the site and publishes dist/ with actions/deploy-pages', () => {
    expect(steps.some((s) => s.run === 'npm run build')).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('is described in the README with the same time as a plain cron line for any host', () => {
    const line = /^(\d+ \d+ \* \* \*) (.+)$/m.exec(readme.split('## Cập nhật hằng ngày')[1] ?? '');
    expect(line, 'README: dòng cron').not.toBeNull();
    expect(line![1]).toBe(workflow.on.schedule[0].cron);
    // Publishes only what a successful build made.
    expect(line![2]).toMatch(/npm run build && rsync -a --delete dist\//);
  });
});
