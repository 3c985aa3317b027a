/**
 * An iCalendar feed per agency, made with the `ics` library: one all-day event per dated duty,
 * repeating every year for a yearly one. A duty due "trước ngày 15/12" falls on 14/12, the last
 * day it can be done; the description keeps the text's own wording. Duties without a date (ongoing,
 * "định kỳ hoặc đột xuất", a period of years) are not invented into dates; the page lists them.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Agency } from '../schemas/agency.ts';
import type { Task } from '../schemas/task.ts';
import { displayName } from './agencies.ts';
import { parseCitation, planHref } from './citations.ts';
import { firstDeadline, roleLabels, taskHref, timeframeLabel, type Duty } from './tasks.ts';

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

function dateArray(date: Date): DateArray {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function nextDay(date: Date): Date {
  return new Date(date.getTime() + 24 * 60 * 60 * 1000);
}

/** The events of an agency's dated duties, in the order given. */
export function calendarEvents(
  agency: Agency,
  duties: readonly Duty[],
  options: CalendarOptions,
): EventAttributes[] {
  const site = options.site.replace(/\/$/, '');
  const events: EventAttributes[] = [];
  for (const duty of duties) {
    const { task } = duty;
    const from = typeof options.from === 'function' ? options.from(task) : options.from;
    const deadline = firstDeadline(task.timeframe, from);
    if (!deadline) continue;
    const cite = parseCitation(task.source);
    const role = duty.via
      ? `${roleLabels[duty.role]} (qua nhóm ${displayName(duty.via)})`
      : roleLabels[duty.role];
    const lines = [
      `Thời hạn theo văn bản: ${timeframeLabel(task.timeframe)}.`,
      `Vai trò của ${displayName(agency)}: ${role}.`,
      `Kết quả: ${task.output}`,
      cite ? `Nguồn: ${site}${planHref(cite.plan, cite.anchor)}` : '',
      task.basis === 'suy-luan' ? `Suy luận biên tập: ${task.reason ?? ''}` : '',
      ...(options.notes?.(duty) ?? []),
    ].filter((l) => l !== '');
    events.push({
      uid: `${task.id}.${agency.id}@${new URL(site).hostname}`,
      title: duty.role === 'reportsTo' ? `Nhận báo cáo: ${task.title}` : task.title,
      description: lines.join('\n'),
      url: `${site}${taskHref(task.id)}`,
      start: dateArray(deadline.lastDay),
      end: dateArray(nextDay(deadline.lastDay)),
      ...(task.timeframe.kind === 'hang-nam' ? { recurrenceRule: 'FREQ=YEARLY' } : {}),
      transp: 'TRANSPARENT',
      categories: ['Nhiệm vụ'],
      // A number is written as a UTC date-time, which RFC 5545 requires of DTSTAMP.
      timestamp: options.stamp.getTime(),
    } as EventAttributes);
  }
  return events;
}

/** The whole `.ics` file of one agency. Throws when `ics` rejects an event. */
export function agencyCalendar(
  agency: Agency,
  duties: readonly Duty[],
  options: CalendarOptions,
): string {
  const events = calendarEvents(agency, duties, options);
  const header = {
    productId: 'kinh-te-tap-the-binh-dinh',
    calName: `Nhiệm vụ của ${displayName(agency)}`,
  };
  const { error, value } = createEvents(events, header);
  if (error || value === null)
    throw new Error(`Không tạo được lịch của "${agency.id}": ${error?.message ?? 'không rõ lỗi'}`);
  return value;
}
