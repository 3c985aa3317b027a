/**
 * How an outside fact's instrument is written for a reader: its title, its issuer and its issue
 * date, or the plain statement that the date has not been checked. An instrument whose issue date
 * no source gave carries `issuedOnUnknown` (the schema requires one of the two), so a page never
 * shows an empty date nor one filled in from memory.
 */
import type { Instrument } from '../schemas/shared.ts';
import { formatDate } from './format.ts';

/** What a page shows in place of an issue date that has not been checked. */
export const ISSUE_DATE_UNKNOWN = 'ngày ban hành chưa kiểm được';

/** The issue date as dd/mm/yyyy, or ISSUE_DATE_UNKNOWN. */
export function issuedOnText(instrument: Instrument): string {
  return instrument.issuedOn === undefined ? ISSUE_DATE_UNKNOWN : formatDate(instrument.issuedOn);
}

/**
 * The issue date with, when it is unknown, why: "ngày ban hành chưa kiểm được: nguồn đã đọc chỉ
 * nêu ngày có hiệu lực". For the page that lists each change in full, where it already sits in
 * parentheses.
 */
export function issuedOnDetail(instrument: Instrument): string {
  return instrument.issuedOnUnknown === undefined
    ? issuedOnText(instrument)
    : `${ISSUE_DATE_UNKNOWN}: ${instrument.issuedOnUnknown}`;
}

/** "Nghị quyết số 202/2025/QH15, Quốc hội, 12/06/2025": one line naming the instrument. */
export function instrumentLine(instrument: Instrument): string {
  return `${instrument.title}, ${instrument.issuer}, ${issuedOnText(instrument)}`;
}
