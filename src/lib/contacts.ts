/**
 * Where to go today (content/contacts/): outside facts about offices, portals and the bodies that
 * now handle a procedure, grouped for the contacts page and picked for an agency's or a policy's
 * page. Pure functions over entries; the pages only display what these return.
 */
import type { Agency } from '../schemas/agency.ts';
import { CONTACT_KINDS, type Contact, type ContactKind } from '../schemas/contact.ts';
import { didYouMean, duplicates, type ContentIssue } from './content-errors.ts';

const collator = new Intl.Collator('vi');

/** Contacts by kind, kinds in the order a reader looks for them, titles in Vietnamese order. */
export function contactsByKind(
  contacts: readonly Contact[],
): { kind: ContactKind; label: string; contacts: Contact[] }[] {
  return (Object.keys(CONTACT_KINDS) as ContactKind[]).flatMap((kind) => {
    const list = contacts
      .filter((c) => c.kind === kind)
      .sort((a, b) => collator.compare(a.title, b.title));
    return list.length > 0 ? [{ kind, label: CONTACT_KINDS[kind], contacts: list }] : [];
  });
}

/**
 * The contacts of an agency: those that name it, and those that name a body holding its work
 * today (a defunct department's page leads to its successor's office). Each once.
 */
export function contactsForAgency(
  agencyId: string,
  contacts: readonly Contact[],
  holders: ReadonlyMap<string, readonly { agency: Agency }[]>,
): Contact[] {
  const ids = new Set([agencyId, ...(holders.get(agencyId) ?? []).map((h) => h.agency.id)]);
  return contacts.filter((c) => c.agencies.some((a) => ids.has(a)));
}

/**
 * The contacts that help on a policy page: those naming the policy, and those of the bodies the
 * page sends the reader to (or of the bodies holding their work today), each once, in the order
 * of the contacts page.
 */
export function contactsForPolicy(
  policyId: string,
  agencyIds: readonly string[],
  contacts: readonly Contact[],
  holders: ReadonlyMap<string, readonly { agency: Agency }[]>,
): Contact[] {
  const ids = new Set(
    agencyIds.flatMap((id) => [id, ...(holders.get(id) ?? []).map((h) => h.agency.id)]),
  );
  const picked = contacts.filter(
    (c) => c.policies.includes(policyId) || c.agencies.some((a) => ids.has(a)),
  );
  return contactsByKind(picked).flatMap((g) => g.contacts);
}

/** Contacts that name an agency or a policy page that does not exist, or name one twice. */
export function checkContacts(
  contacts: readonly Contact[],
  known: { agencyIds: ReadonlySet<string>; policyIds: ReadonlySet<string> },
  options: { dir: string },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const c of contacts) {
    const file = `${options.dir}/${c.id}.yaml`;
    const refs = [
      {
        ids: c.agencies,
        known: known.agencyIds,
        field: 'Cơ quan liên quan (agencies)',
        what: 'cơ quan',
        folder: 'content/agencies/',
      },
      {
        ids: c.policies,
        known: known.policyIds,
        field: 'Lĩnh vực chính sách (policies)',
        what: 'trang chính sách',
        folder: 'content/policies/',
      },
    ];
    for (const ref of refs) {
      ref.ids.forEach((id, i) => {
        if (!ref.known.has(id)) {
          issues.push({
            file,
            field: `${ref.field}, mục ${i + 1}`,
            message: `không có ${ref.what} mã "${id}" trong ${ref.folder}${didYouMean(id, ref.known)}`,
          });
        }
      });
      for (const dup of duplicates(ref.ids)) {
        issues.push({ file, field: ref.field, message: `"${dup}" được nêu hai lần` });
      }
    }
  }
  return issues;
}
