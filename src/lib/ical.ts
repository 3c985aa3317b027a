/**
 * iCalendar feeds made with the `ics` library: one per agency, and one per plan with every dated
 * deadline. One all-day event per dated duty, repeating every year for a yearly one, with two
 * reminders. A duty due "trước ngày 15/12" falls on 14/12, the last day it can be done; the
 * description keeps the text's own wording. Duties without a date (ongoing, "định kỳ hoặc đột
 * xuất", a period of years) are not invented into dates; the pages list them. A calendar with no
 * event is not made at all: RFC 5545 §3.6 requires at least one component.
 */
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import type { Agency } from '../schemas/agency.ts';
import type { Task } from '../schemas/task.ts';
import { displayName } from './agencies.ts';
import { parseCitation } from './citations.ts';
import { firstDeadline, roleLabels, tasksByPlan, timeframeLabel, type Duty } from './tasks.ts';
import { planHref, taskHref } from './routes.ts';

export interface CalendarOptions {
  /** The site's public address, for links and event ids ("https://example.org"). */
  site: string;
  /**
   * First day a task applies (its plan's effective date), or a function giving it per task: the
   * first yearly event is on or after it.
   */
  from: Date | ((task: Task) => Date);
  /** The stamp written into every event (DTSTAMP): when the feed was made, normally the build time. */
  stamp: Date;
  /**
   * More lines for a duty's description (an outside fact: where the duty went, or that it was
   * taken over in a reorganisation), written after the plan's own details. None by default.
   */
  notes?: (duty: Duty) => readonly string[];
}

/** The `from` of CalendarOptions for tasks of these plans: each task starts with its own plan. */
export function planStart(
  plans: readonly { id: string; effectiveFrom: Date }[],
): (task: Task) => Date {
  const effective = new Map(plans.map((p) => [p.id, p.effectiveFrom]));
  return (task) => effective.get(parseCitation(task.source)?.plan ?? '') ?? new Date(0);
}

function dateArray(date: Date): DateArray {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function nextDay(date: Date): Date {
  return new Date(date.getTime() + 24 * 60 * 60 * 1000);
}

function startOf(task: Task, options: Pick<CalendarOptions, 'from'>): Date {
  return typeof options.from === 'function' ? options.from(task) : options.from;
}

/**
 * The reminders of a deadline: at 09:00 two weeks before its last day, and at 09:00 the day before.
 * An all-day event starts at 00:00 of its day, so these are 327 and 15 hours before it. Written in
 * hours because `ics` writes a duration of days or weeks with a bare "T" ("-P14DT"), which
 * RFC 5545 §3.3.6 does not allow and some calendars reject.
 */
export function deadlineAlarms(title: string): Alarm[] {
  return [
    {
      action: 'display',
      description: `Còn hai tuần đến hạn: ${title}`,
      trigger: { hours: 14 * 24 - 9, before: true },
    },
    {
      action: 'display',
      description: `Ngày mai là hạn cuối: ${title}`,
      trigger: { hours: 24 - 9, before: true },
    },
  ];
}

/** The parts every deadline event shares, whoever's calendar it is in. */
function deadlineEvent(
  task: Task,
  options: CalendarOptions,
  fields: { uid: string; title: string; lines: string[]; notes?: readonly string[] },
): EventAttributes | null {
  const deadline = firstDeadline(task.timeframe, startOf(task, options));
  if (!deadline) return null;
  const site = options.site.replace(/\/$/, '');
  const cite = parseCitation(task.source);
  const lines = [
    `Thời hạn theo văn bản: ${timeframeLabel(task.timeframe)}.`,
    ...fields.lines,
    `Kết quả: ${task.output}`,
    cite ? `Nguồn: ${site}${planHref(cite.plan, cite.anchor)}` : '',
    task.basis === 'suy-luan' ? `Suy luận biên tập: ${task.reason ?? ''}` : '',
    ...(fields.notes ?? []),
  ].filter((l) => l !== '');
  return {
    uid: `${fields.uid}@${new URL(site).hostname}`,
    title: fields.title,
    description: lines.join('\n'),
    url: `${site}${taskHref(task.id)}`,
    start: dateArray(deadline.lastDay),
    end: dateArray(nextDay(deadline.lastDay)),
    ...(task.timeframe.kind === 'hang-nam' ? { recurrenceRule: 'FREQ=YEARLY' } : {}),
    transp: 'TRANSPARENT',
    categories: ['Nhiệm vụ'],
    alarms: deadlineAlarms(fields.title),
    // A number is written as a UTC date-time, which RFC 5545 requires of DTSTAMP.
    timestamp: options.stamp.getTime(),
  } as EventAttributes;
}

/** The duties that give an event: those with a date on or after their plan's start. */
export function calendarDuties(duties: readonly Duty[], options: Pick<CalendarOptions, 'from'>) {
  return duties.filter((d) => firstDeadline(d.task.timeframe, startOf(d.task, options)) !== null);
}

/** The tasks that give an event in a plan's calendar: those with a date on or after its start. */
export function calendarTasks<T extends Task>(
  tasks: readonly T[],
  options: Pick<CalendarOptions, 'from'>,
): T[] {
  return tasks.filter((t) => firstDeadline(t.timeframe, startOf(t, options)) !== null);
}

/** The plans that have a calendar of every deadline (at least one dated task), each with its count. */
export function plansWithCalendar<P extends { id: string; effectiveFrom: Date }>(
  plans: readonly P[],
  tasks: readonly Task[],
): { plan: P; count: number }[] {
  const from = planStart(plans);
  const byPlan = tasksByPlan(tasks);
  return plans
    .map((plan) => ({ plan, count: calendarTasks(byPlan.get(plan.id) ?? [], { from }).length }))
    .filter((c) => c.count > 0);
}

/** The events of an agency's dated duties, in the order given. */
export function calendarEvents(
  agency: Agency,
  duties: readonly Duty[],
  options: CalendarOptions,
): EventAttributes[] {
  return duties.flatMap((duty) => {
    const { task } = duty;
    const role = duty.via
      ? `${roleLabels[duty.role]} (qua nhóm ${displayName(duty.via)})`
      : roleLabels[duty.role];
    const event = deadlineEvent(task, options, {
      uid: `${task.id}.${agency.id}`,
      title: duty.role === 'reportsTo' ? `Nhận báo cáo: ${task.title}` : task.title,
      lines: [`Vai trò của ${displayName(agency)}: ${role}.`],
      notes: options.notes?.(duty) ?? [],
    });
    return event ? [event] : [];
  });
}

/** The events of every dated task of a plan, each once, saying who leads it. */
export function planEvents(
  tasks: readonly Task[],
  byId: ReadonlyMap<string, Agency>,
  options: CalendarOptions,
): EventAttributes[] {
  return tasks.flatMap((task) => {
    const leads = [task.lead, ...task.coLeads].map((id) => byId.get(id));
    const event = deadlineEvent(task, options, {
      uid: task.id,
      title: task.title,
      lines: [
        `Chủ trì: ${leads.map((a) => (a ? displayName(a) : '')).join(', ')}.`,
        ...(task.reportsTo.length > 0
          ? [`Báo cáo lên: ${task.reportsTo.map((id) => displayName(byId.get(id)!)).join(', ')}.`]
          : []),
      ],
    });
    return event ? [event] : [];
  });
}

const encoder = new TextEncoder();

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. `ics` folds at
 * 75 characters, and a Vietnamese character takes two or three octets, so its lines ran to 150+
 * octets. Lines are first unfolded (a CRLF then a space or tab), then folded again with CRLF and
 * one space, which counts towards the 75 of the continuation line.
 */
export function foldLines(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** One `.ics` file from its events. Throws when there is no event, or when `ics` rejects one. */
export function calendarFile(events: EventAttributes[], name: string, what: string): string {
  if (events.length === 0) {
    throw new Error(`Không tạo lịch "${what}": lịch không có sự kiện nào (RFC 5545 §3.6).`);
  }
  const { error, value } = createEvents(events, {
    productId: 'kinh-te-tap-the-binh-dinh',
    calName: name,
  });
  if (error || value === null || value === undefined)
    throw new Error(`Không tạo được lịch "${what}": ${error?.message ?? 'không rõ lỗi'}`);
  return foldLines(value);
}

/** The whole `.ics` file of one agency. Throws when it would hold no event. */
export function agencyCalendar(
  agency: Agency,
  duties: readonly Duty[],
  options: CalendarOptions,
): string {
  return calendarFile(
    calendarEvents(agency, duties, options),
    `Nhiệm vụ của ${displayName(agency)}`,
    agency.id,
  );
}

/** The `.ics` file of every dated deadline of a plan ("Mọi thời hạn của Kế hoạch …"). */
export function planCalendar(
  plan: { id: string; name: string },
  tasks: readonly Task[],
  byId: ReadonlyMap<string, Agency>,
  options: CalendarOptions,
): string {
  return calendarFile(planEvents(tasks, byId, options), `Mọi thời hạn của ${plan.name}`, plan.id);
}

/**
 * The addresses of a calendar feed: `webcal:` (calendar apps subscribe to it instead of importing
 * it once) and the plain `https:` one to paste into Google Calendar or Outlook.
 */
export function subscribeLinks(path: string, site: URL): { webcal: string; https: string } {
  const url = new URL(path, site);
  return { webcal: `webcal://${url.host}${url.pathname}`, https: url.href };
}
