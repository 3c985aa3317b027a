import { describe, expect, it } from 'vitest';
import { publicationState } from '../../src/lib/columns.ts';
import { formatDate, vietnamDay, vietnamToday } from '../../src/lib/format.ts';
import { nextDeadline, nextDueLabel } from '../../src/lib/tasks.ts';
import type { Timeframe } from '../../src/schemas/task.ts';

const before15Dec: Timeframe = { kind: 'hang-nam', day: 15, month: 12, before: true };

describe('the day in Vietnam', () => {
  it('is already the next day between 00:00 and 07:00 in Vietnam, while UTC is still on the day before', () => {
    // 01:30 on 15/12/2026 in Vietnam is 18:30 on 14/12 in UTC.
    const night = new Date('2026-12-14T18:30:00Z');
    expect(vietnamDay(night)).toBe('2026-12-15');
    expect(formatDate(vietnamToday(night))).toBe('15/12/2026');
    expect(vietnamToday(night).toISOString()).toBe('2026-12-15T00:00:00.000Z');
  });

  it('is the same day as UTC from 07:00 to midnight in Vietnam', () => {
    expect(formatDate(vietnamToday(new Date('2026-12-14T00:00:00Z')))).toBe('14/12/2026');
    expect(formatDate(vietnamToday(new Date('2026-12-14T16:59:59Z')))).toBe('14/12/2026');
    expect(formatDate(vietnamToday(new Date('2026-12-14T17:00:00Z')))).toBe('15/12/2026');
  });

  it('leaves a date from content (00:00 UTC) on its own day', () => {
    expect(formatDate(vietnamToday(new Date('2023-02-22T00:00:00Z')))).toBe('22/02/2023');
  });
});

describe('deadlines and columns between 00:00 and 07:00 in Vietnam', () => {
  // 01:00 on 15/12/2026 in Vietnam: the report due "trước ngày 15/12" is past for this year.
  const night = new Date('2026-12-14T18:00:00Z');

  it('move a deadline "before 15/12" to next year once 15/12 has begun in Vietnam', () => {
    expect(formatDate(nextDeadline(before15Dec, night)!.date)).toBe('15/12/2027');
    expect(nextDueLabel(before15Dec, night)).toBe('trước ngày 15/12/2027');
  });

  it('keep this year’s deadline until midnight in Vietnam on its last day', () => {
    // 23:59 on 14/12/2026 in Vietnam.
    expect(nextDueLabel(before15Dec, new Date('2026-12-14T16:59:00Z'))).toBe(
      'trước ngày 15/12/2026',
    );
  });

  it('agree with a column dated that day, which is already published', () => {
    const column = { draft: false, publishDate: new Date('2026-12-15T00:00:00Z') };
    expect(publicationState(column, night)).toBe('published');
    expect(formatDate(nextDeadline({ kind: 'thoi-han', date: '2026-12-15' }, night)!.date)).toBe(
      '15/12/2026',
    );
    expect(nextDeadline({ kind: 'thoi-han', date: '2026-12-14' }, night)).toBeNull();
  });
});
