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
