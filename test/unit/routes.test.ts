import { describe, expect, it } from 'vitest';
import { linksUnderBase } from '../../src/lib/base-links.ts';
import { citeHref, normalizeBase, planHref, withBase, withoutBase } from '../../src/lib/routes.ts';

describe('the site base', () => {
  it('always has a slash at both ends, and is "/" when none is set', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('kttt')).toBe('/kttt/');
    expect(normalizeBase('/kttt')).toBe('/kttt/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  it('puts a site path under the base and takes it off again', () => {
    expect(withBase('/van-ban/', '/kttt/')).toBe('/kttt/van-ban/');
    expect(withBase('sw.js', '/kttt/')).toBe('/kttt/sw.js');
    expect(withBase('/', '/kttt/')).toBe('/kttt/');
    expect(withBase('/van-ban/', '/')).toBe('/van-ban/');
    expect(withoutBase('/kttt/nhiem-vu/', '/kttt/')).toBe('/nhiem-vu/');
    expect(withoutBase('/khac/', '/kttt/')).toBe('/khac/');
  });
});

describe('addresses of the plan text', () => {
  it('are the same for a citation and for its plan and anchor', () => {
    expect(citeHref('510-qd-ubnd#dieu-2-p1')).toBe('/ke-hoach/510-qd-ubnd/#dieu-2-p1');
    expect(planHref('510-qd-ubnd', 'dieu-2-p1')).toBe(citeHref('510-qd-ubnd#dieu-2-p1'));
    expect(planHref('510-qd-ubnd')).toBe('/ke-hoach/510-qd-ubnd/');
  });
});

describe('links written in content, under a sub-path', () => {
  const tree = () => ({
    type: 'root',
    children: [
      { type: 'link', url: '/ke-hoach/510-qd-ubnd/#muc-iii-2-1', children: [] },
      { type: 'link', url: 'https://vbpl.vn/', children: [] },
      { type: 'link', url: '#muc-1', children: [] },
      { type: 'image', url: '/images/chuyen-muc/bia.svg' },
      { type: 'definition', url: '//cdn.example/x.png' },
      {
        type: 'mdxJsxFlowElement',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'href', value: '/nhiem-vu/x/' },
          { type: 'mdxJsxAttribute', name: 'cite', value: '/khong-phai-lien-ket/' },
        ],
        children: [],
      },
    ],
  });
  const urls = (t: ReturnType<typeof tree>) =>
    t.children.map((n) =>
      'url' in n ? n.url : (n.attributes ?? []).map((a) => a.value).join(' '),
    );

  it('go under the base when they start at the site root, and only those', () => {
    const t = tree();
    linksUnderBase(t, '/kttt/');
    expect(urls(t)).toEqual([
      '/kttt/ke-hoach/510-qd-ubnd/#muc-iii-2-1',
      'https://vbpl.vn/',
      '#muc-1',
      '/kttt/images/chuyen-muc/bia.svg',
      '//cdn.example/x.png',
      '/kttt/nhiem-vu/x/ /khong-phai-lien-ket/',
    ]);
  });

  it('stay as written when the site is at the host root', () => {
    const t = tree();
    linksUnderBase(t, '/');
    expect(urls(t)).toEqual(urls(tree()));
  });
});
