/** The site's main sections, in the order the header lists them. */
export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: readonly NavItem[] = [
  { href: '/ke-hoach/', label: 'Văn bản kế hoạch' },
  { href: '/chinh-sach/', label: 'Chính sách hỗ trợ' },
  { href: '/nhiem-vu/', label: 'Nhiệm vụ' },
  { href: '/co-quan/', label: 'Cơ quan' },
  { href: '/van-ban/', label: 'Văn bản liên quan' },
  { href: '/muc-tieu/', label: 'Mục tiêu' },
  { href: '/chuyen-muc/', label: 'Chuyên mục' },
  { href: '/thuat-ngu/', label: 'Thuật ngữ' },
  { href: '/cap-nhat/', label: 'Cập nhật' },
];

/** The nav item a path belongs to, for aria-current. */
export function currentNav(pathname: string): NavItem | undefined {
  return mainNav.find((item) => pathname === item.href || pathname.startsWith(item.href));
}
