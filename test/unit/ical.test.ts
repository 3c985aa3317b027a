import { describe, expect, it } from 'vitest';
import {
  agencyCalendar,
  calendarDuties,
  calendarEvents,
  foldLines,
  planCalendar,
  subscribeLinks,
} from '../../src/lib/ical.ts';
import { dutiesOf } from '../../src/lib/tasks.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { taskSchema, type Task } from '../../src/schemas/task.ts';

const group: Agency = {
  id: 'cac-so',
  ...agencySchema.parse({ name: 'Các Sở, ban, ngành', kind: 'so-nganh', isGroup: true }),
};
const dept: Agency = {
  id: 'so-a',
  ...agencySchema.parse({ name: 'Sở A', kind: 'so-nganh', groups: ['cac-so'] }),
};
const byId = new Map([group, dept].map((a) => [a.id, a]));

function task(id: string, data: Record<string, unknown>): Task {
  return {
    id,
    ...taskSchema.parse({
      title: `Nhiệm vụ ${id}`,
      source: '510-qd-ubnd#muc-iv-1-p1',
      lead: 'cac-so',
      timeframeBasis: { kind: 'van-ban', cite: '510-qd-ubnd#muc-iv-1-p1' },
      output: 'Báo cáo kết quả thực hiện',
      basis: 'van-ban',
      ...data,
    }),
  };
}

const tasks = [
  task('bao-cao-hang-nam', { timeframe: { kind: 'hang-nam', day: 15, month: 12, before: true } }),
  task('thuong-xuyen', { timeframe: { kind: 'thuong-xuyen' } }),
  task('mot-lan', {
    lead: 'so-a',
    timeframe: { kind: 'thoi-han', date: '2024-06-30' },
    basis: 'suy-luan',
    reason: 'Văn bản không nêu cơ quan; trang này suy ra.',
  }),
];
const options = {
  site: 'https://vi.example.org',
  from: new Date('2023-02-22T00:00:00Z'),
  stamp: new Date('2025-01-02T03:04:05Z'),
};

/** The unfolded lines of an iCalendar text (RFC 5545 folds long lines with CRLF + white space). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** A TEXT value as written, without RFC 5545 escapes (\, \; \n \\). */
function unescapeText(value: string): string {
  return value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('an agency calendar', () => {
  const ics = agencyCalendar(dept, dutiesOf(dept, tasks, byId), options);
  const lines = unfold(ics);

  it('is a VCALENDAR named after the agency, with CRLF line ends', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(lines).toContain('X-WR-CALNAME:Nhiệm vụ của Sở A');
  });

  it('holds a yearly all-day event on 14/12 for a report due before 15/12, inherited from the group', () => {
    const start = lines.indexOf('UID:bao-cao-hang-nam.so-a@vi.example.org');
    expect(start).toBeGreaterThan(-1);
    const event = lines.slice(start, lines.indexOf('END:VEVENT', start));
    expect(event).toContain('DTSTART;VALUE=DATE:20231214');
    expect(event).toContain('DTEND;VALUE=DATE:20231215');
    expect(event).toContain('RRULE:FREQ=YEARLY');
    const description = unescapeText(event.find((l) => l.startsWith('DESCRIPTION:'))!);
    expect(description).toContain('Trước ngày 15/12 hằng năm');
    expect(description).toContain('qua nhóm Các Sở, ban, ngành');
    expect(description).toContain('https://vi.example.org/ke-hoach/510-qd-ubnd/#muc-iv-1-p1');
  });

  it('holds a one-off event without repetition, and labels an inference as such', () => {
    const start = lines.indexOf('UID:mot-lan.so-a@vi.example.org');
    const event = lines.slice(start, lines.indexOf('END:VEVENT', start));
    expect(event).toContain('DTSTART;VALUE=DATE:20240630');
    expect(event.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(event.find((l) => l.startsWith('DESCRIPTION:'))).toContain('Suy luận biên tập');
  });

  it('leaves out duties without a date rather than inventing one', () => {
    expect(ics).not.toContain('thuong-xuyen.so-a');
    expect(calendarEvents(dept, dutiesOf(dept, tasks, byId), options)).toHaveLength(2);
  });

  it('writes the stamp it is given as a UTC date-time, so two builds of the same data agree', () => {
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual([
      'DTSTAMP:20250102T030405Z',
      'DTSTAMP:20250102T030405Z',
    ]);
    expect(agencyCalendar(dept, dutiesOf(dept, tasks, byId), options)).toBe(ics);
  });

  it('refuses to make a calendar with no event, which RFC 5545 does not allow', () => {
    expect(() => agencyCalendar(group, [], options)).toThrow(/không có sự kiện nào/);
    const undated = dutiesOf(group, [tasks[1]], byId);
    expect(undated).toHaveLength(1);
    expect(calendarDuties(undated, options)).toEqual([]);
    expect(calendarDuties(dutiesOf(dept, tasks, byId), options)).toHaveLength(2);
  });

  it('reminds at 09:00 two weeks before the last day and at 09:00 the day before', () => {
    const start = lines.indexOf('UID:bao-cao-hang-nam.so-a@vi.example.org');
    const event = lines.slice(start, lines.indexOf('END:VEVENT', start));
    expect(event.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(event.filter((l) => l.startsWith('TRIGGER'))).toEqual([
      'TRIGGER:-PT327H',
      'TRIGGER:-PT15H',
    ]);
    expect(event).toContain('ACTION:DISPLAY');
    expect(event.find((l) => l.startsWith('DESCRIPTION:Còn hai tuần'))).toContain(
      'Nhiệm vụ bao-cao-hang-nam',
    );
  });

  it('writes every alarm trigger as a duration RFC 5545 accepts (no bare "T")', () => {
    for (const line of lines.filter((l) => l.startsWith('TRIGGER'))) {
      expect(line).toMatch(/^TRIGGER:-P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/);
      expect(line).not.toMatch(/T$/);
    }
  });
});

describe('folding', () => {
  const title = 'Kiểm tra, đôn đốc và báo cáo kết quả thực hiện Nghị quyết số 20-NQ/TW hằng năm';
  const long = task('dai', {
    title: `${title} — ${title}`,
    lead: 'so-a',
    timeframe: { kind: 'thoi-han', date: '2024-06-30' },
  });
  const ics = agencyCalendar(dept, dutiesOf(dept, [long], byId), options);

  it('keeps every line within 75 octets, not 75 characters, for Vietnamese text', () => {
    const octets = ics.split('\r\n').map((l) => new TextEncoder().encode(l).length);
    expect(Math.max(...octets)).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });

  it('never cuts a UTF-8 sequence and unfolds back to the same text', () => {
    const folded = foldLines(`SUMMARY:${'ệ'.repeat(60)}`);
    expect(folded.split('\r\n').map((l) => new TextEncoder().encode(l).length)).toEqual([
      8 + 3 * 22,
      1 + 3 * 24,
      1 + 3 * 14,
    ]);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ệ'.repeat(60)}`);
    expect(unescapeText(unfold(ics).find((l) => l.startsWith('SUMMARY:'))!)).toBe(
      `SUMMARY:${title} — ${title}`,
    );
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLines(line)).toBe(line);
    expect(foldLines(`${line}b`)).toBe(`${line}\r\n b`);
  });
});

describe('the calendar of every deadline in a plan', () => {
  const ics = planCalendar(
    { id: '510-qd-ubnd', name: 'Quyết định 510/QĐ-UBND' },
    tasks,
    byId,
    options,
  );
  const lines = unfold(ics);

  it('holds each dated task once, whoever holds it, with its lead and reminders', () => {
    expect(lines).toContain('X-WR-CALNAME:Mọi thời hạn của Quyết định 510/QĐ-UBND');
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:bao-cao-hang-nam@vi.example.org',
      'UID:mot-lan@vi.example.org',
    ]);
    expect(unescapeText(lines.find((l) => l.startsWith('DESCRIPTION:Thời hạn'))!)).toContain(
      'Chủ trì: Các Sở, ban, ngành.',
    );
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(4);
  });

  it('is not made when the plan has no dated task', () => {
    expect(() => planCalendar({ id: 'x', name: 'X' }, [tasks[1]], byId, options)).toThrow(
      /không có sự kiện nào/,
    );
  });
});

describe('subscribing', () => {
  it('gives a webcal: address for calendar apps and the https: one to paste', () => {
    expect(subscribeLinks('/co-quan/so-a.ics', new URL('https://vi.example.org'))).toEqual({
      webcal: 'webcal://vi.example.org/co-quan/so-a.ics',
      https: 'https://vi.example.org/co-quan/so-a.ics',
    });
  });
});
