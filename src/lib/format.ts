/** Display formats for Vietnamese readers. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date as dd/mm/yyyy. Accepts a Date or an ISO `yyyy-mm-dd` string; a Date is read in UTC so that
 * a date written in content ("2023-02-22") never shifts by a day with the build machine's zone.
 */
export function formatDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`Ngày không hợp lệ: ${String(value)}`);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** A day of a month with no year, as dd/mm ("15/12"). */
export function formatDayMonth(day: number, month: number): string {
  return `${pad(day)}/${pad(month)}`;
}

/** An ISO `yyyy-mm-dd` for machine-readable attributes (`<time datetime>`). */
export function isoDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return date.toISOString().slice(0, 10);
}

/** The province's time zone: Vietnam has one zone, UTC+7, with no summer time. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// One formatter for the whole build: each Intl object holds ICU memory outside the JavaScript heap
// that the garbage collector does not see, so one per call grew the build's memory with
// pages × columns (4.3 GB at ×10, see docs/performance.md).
const vietnamDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day an instant falls on in Vietnam, as `yyyy-mm-dd`. */
export function vietnamDay(date: Date): string {
  return vietnamDayFormat.format(date);
}

/**
 * Today in Vietnam, as that day at 00:00 UTC: the form in which dates from content are read, so a
 * deadline and "today" compare day by day. The one place the site decides what day it is: reading
 * the UTC day instead made deadlines one day behind the columns between 00:00 and 07:00.
 */
export function vietnamToday(now: Date = new Date()): Date {
  return new Date(`${vietnamDay(now)}T00:00:00Z`);
}
