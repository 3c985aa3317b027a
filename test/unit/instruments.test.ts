import { describe, expect, it } from 'vitest';
import {
  ISSUE_DATE_UNKNOWN,
  instrumentLine,
  issuedOnDetail,
  issuedOnText,
} from '../../src/lib/instruments.ts';
import { instrumentSchema } from '../../src/schemas/shared.ts';

const dated = instrumentSchema.parse({
  title: 'Nghị quyết số 202/2025/QH15',
  issuer: 'Quốc hội',
  issuedOn: '2025-06-12',
});
const undated = instrumentSchema.parse({
  title: 'Thông tư số 1/2025/TT-MAU',
  issuer: 'Bộ Mẫu',
  issuedOnUnknown: 'nguồn đã kiểm chỉ cho biết ngày có hiệu lực',
});

describe('an instrument’s issue date as a reader sees it', () => {
  it('writes a known issue date as dd/mm/yyyy', () => {
    expect(issuedOnText(dated)).toBe('12/06/2025');
    expect(issuedOnDetail(dated)).toBe('12/06/2025');
    expect(instrumentLine(dated)).toBe('Nghị quyết số 202/2025/QH15, Quốc hội, 12/06/2025');
  });

  it('says plainly that an unknown issue date has not been checked, never a date', () => {
    expect(issuedOnText(undated)).toBe('ngày ban hành chưa kiểm được');
    expect(instrumentLine(undated)).toBe(
      'Thông tư số 1/2025/TT-MAU, Bộ Mẫu, ngày ban hành chưa kiểm được',
    );
  });

  it('gives the reason beside an unknown issue date where the change is shown in full', () => {
    expect(issuedOnDetail(undated)).toBe(
      `${ISSUE_DATE_UNKNOWN}: nguồn đã kiểm chỉ cho biết ngày có hiệu lực`,
    );
  });
});

describe('the instrument schema', () => {
  const base = { title: 'Thông tư số 1/2025/TT-MAU', issuer: 'Bộ Mẫu' };
  const messages = (input: unknown) =>
    instrumentSchema
      .safeParse(input)
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('fails an instrument with neither an issue date nor the reason it is unknown', () => {
    expect(messages(base)).toEqual([
      'issuedOn: thiếu ngày ban hành (issuedOn); nếu chưa kiểm được ngày này, ghi vào issuedOnUnknown đã tìm ở đâu và vì sao chưa có',
    ]);
  });

  it('fails an instrument with both an issue date and a reason it is unknown', () => {
    expect(
      messages({ ...base, issuedOn: '2025-06-12', issuedOnUnknown: 'nguồn chỉ nêu ngày hiệu lực' }),
    ).toEqual(['issuedOnUnknown: đã có ngày ban hành (issuedOn) thì bỏ trường issuedOnUnknown']);
  });

  it('fails a reason too short to say what was looked for', () => {
    expect(messages({ ...base, issuedOnUnknown: 'chưa rõ' })).toHaveLength(1);
  });
});
