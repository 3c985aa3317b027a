import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import {
  checkContacts,
  contactsByKind,
  contactsForAgency,
  contactsForPolicy,
} from '../../src/lib/contacts.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { contactSchema, type Contact } from '../../src/schemas/contact.ts';
import { fixtureContent } from '../helpers/paths.ts';

const source = { url: 'https://example.org/nguon', publisher: 'Báo mẫu', checked: '2026-12-01' };
const contact = (id: string, fields: Record<string, unknown>): Contact => ({
  id,
  ...contactSchema.parse({
    title: `Nơi ${id}`,
    kind: 'dia-diem',
    summary: 'Một nơi liên hệ dùng cho kiểm thử, có nguồn.',
    area: 'gia-lai-moi',
    verdict: 'V',
    sources: [source],
    addresses: ['Số 1 đường Mẫu'],
    ...fields,
  }),
});
const agency = (id: string): Agency => ({
  id,
  ...agencySchema.parse({ name: `Cơ quan ${id}`, kind: 'so-nganh' }),
});

describe('where to go today', () => {
  const portal = contact('cong', {
    kind: 'cong-thong-tin',
    title: 'Cổng mẫu',
    addresses: [],
    url: 'https://example.org',
  });
  const office = contact('so-moi', { title: 'Đường Ân', agencies: ['so-moi'] });
  const second = contact('ban', { title: 'Ấp Bắc', agencies: ['khac'] });
  const bank = contact('ngan-hang', {
    kind: 'co-quan',
    title: 'Ngân hàng mẫu',
    addresses: [],
    policies: ['tin-dung'],
  });
  const all = [portal, office, second, bank];
  const holders = new Map([['so-cu', [{ agency: agency('so-moi') }]]]);

  it('groups contacts by kind in the order a reader looks for them, titles in Vietnamese order', () => {
    expect(contactsByKind(all).map((g) => [g.kind, g.contacts.map((c) => c.id)])).toEqual([
      ['dia-diem', ['ban', 'so-moi']],
      ['cong-thong-tin', ['cong']],
      ['co-quan', ['ngan-hang']],
    ]);
  });

  it('gives a defunct body the contacts of the body holding its work today', () => {
    expect(contactsForAgency('so-cu', all, holders).map((c) => c.id)).toEqual(['so-moi']);
    expect(contactsForAgency('so-moi', all, holders).map((c) => c.id)).toEqual(['so-moi']);
    expect(contactsForAgency('khong-co', all, holders)).toEqual([]);
  });

  it('gives a policy page the contacts naming the policy and those of the bodies it sends readers to', () => {
    expect(contactsForPolicy('tin-dung', ['so-cu'], all, holders).map((c) => c.id)).toEqual([
      'so-moi',
      'ngan-hang',
    ]);
    expect(contactsForPolicy('dat-dai', [], all, holders)).toEqual([]);
  });

  it('refuses a checked-with-nuance contact without its nuance, and one nobody can reach or find', () => {
    expect(() => contact('x', { verdict: 'V~' })).toThrow(/lưu ý/);
    expect(() => contact('x', { addresses: [] })).toThrow(/ít nhất một địa chỉ/);
  });

  it('names an unknown agency or policy, with the closest id, and a body named twice', () => {
    const issues = checkContacts(
      [contact('sai', { agencies: ['so-moii', 'so-moi', 'so-moi'], policies: ['tin-dungg'] })],
      { agencyIds: new Set(['so-moi']), policyIds: new Set(['tin-dung']) },
      { dir: 'content/contacts' },
    );
    expect(issues).toEqual([
      {
        file: 'content/contacts/sai.yaml',
        field: 'Cơ quan liên quan (agencies), mục 1',
        message:
          'không có cơ quan mã "so-moii" trong content/agencies/ (có phải ý bạn là "so-moi"?)',
      },
      {
        file: 'content/contacts/sai.yaml',
        field: 'Cơ quan liên quan (agencies)',
        message: '"so-moi" được nêu hai lần',
      },
      {
        file: 'content/contacts/sai.yaml',
        field: 'Lĩnh vực chính sách (policies), mục 1',
        message:
          'không có trang chính sách mã "tin-dungg" trong content/policies/ (có phải ý bạn là "tin-dung"?)',
      },
    ]);
  });
});

describe('contacts in check:content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'contacts-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = () => join(dir, 'contacts', 'trung-tam-mau.yaml');

  it('fails a contact naming a body that does not exist, naming the file and the field', () => {
    writeFileSync(
      file(),
      readFileSync(file(), 'utf8').replace('[phong-kinh-te-xa-mau-son]', '[phong-kinh-te-xa]'),
    );
    expect(checkContent(dir).issues).toEqual([
      expect.objectContaining({
        file: `${dir}/contacts/trung-tam-mau.yaml`,
        field: 'Cơ quan liên quan (agencies), mục 1',
      }),
    ]);
  });

  it('fails a source without the day it was checked, in Vietnamese', () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace(/\n    checked: .*/, ''));
    const [issue, ...rest] = checkContent(dir).issues;
    expect(rest).toEqual([]);
    expect(issue?.file).toBe(`${dir}/contacts/trung-tam-mau.yaml`);
    expect(issue?.field).toContain('Ngày kiểm tra nguồn (checked)');
  });
});
