import {
  agenciesHref,
  changesHref,
  columnsHref,
  documentsHref,
  glossaryPageHref,
  plansHref,
  policiesHref,
  registerHref,
  targetsHref,
} from './routes.ts';

/** The site's main sections, in the order the header lists them. */
export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: plansHref, label: 'Văn bản kế hoạch' },
  { href: policiesHref, label: 'Chính sách hỗ trợ' },
  { href: registerHref, label: 'Nhiệm vụ' },
  { href: agenciesHref, label: 'Cơ quan' },
  { href: documentsHref, label: 'Văn bản liên quan' },
  { href: targetsHref, label: 'Mục tiêu' },
  { href: columnsHref, label: 'Chuyên mục' },
  { href: glossaryPageHref, label: 'Thuật ngữ' },
  { href: changesHref, label: 'Cập nhật' },
];

/** The nav item a path belongs to, for aria-current. */
export function currentNav(pathname: string): NavItem | undefined {
  return mainNav.find((item) => pathname === item.href || pathname.startsWith(item.href));
}
