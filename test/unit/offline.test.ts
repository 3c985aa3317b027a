import { describe, expect, it } from 'vitest';
import { isSearchFile, pagePathsFromSitemap, sizeInWords } from '../../src/lib/offline.ts';

describe('pages to save for offline reading', () => {
  it('are the paths of the sitemap entries, once each, whatever the host', () => {
    const xml = `<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url>
      <url><loc>https://example.org/ke-hoach/510-qd-ubnd/</loc></url>
      <url><loc>https://example.org/ke-hoach/510-qd-ubnd/</loc></url></urlset>`;
    expect(pagePathsFromSitemap(xml)).toEqual(['/', '/ke-hoach/510-qd-ubnd/']);
  });
});

describe('saving every page at once', () => {
  it('fetches the search engine and index, not the other Pagefind interfaces the site never loads', () => {
    expect(
      [
        '/pagefind/pagefind.js',
        '/pagefind/fragment/vi_1.pf_fragment',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/pagefind-component-ui.js',
        '/pagefind/pagefind-ui.js',
        '/pagefind/pagefind-modular-ui.css',
        '/pagefind/pagefind-highlight.js',
        '/index.html',
      ].filter(isSearchFile),
    ).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/fragment/vi_1.pf_fragment',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind-component-ui.js',
    ]);
  });

  it('says its size as a reader would, with a decimal comma', () => {
    expect(sizeInWords(2.54 * 1024 * 1024)).toBe('2,5 MB');
    expect(sizeInWords(820 * 1024)).toBe('820 KB');
    expect(sizeInWords(10)).toBe('1 KB');
  });
});
