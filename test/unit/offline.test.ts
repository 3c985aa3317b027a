import { describe, expect, it } from 'vitest';
import { pagePathsFromSitemap } from '../../src/lib/offline.ts';

describe('pages to save for offline reading', () => {
  it('are the paths of the sitemap entries, once each, whatever the host', () => {
    const xml = `<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url>
      <url><loc>https://example.org/ke-hoach/510-qd-ubnd/</loc></url>
      <url><loc>https://example.org/ke-hoach/510-qd-ubnd/</loc></url></urlset>`;
    expect(pagePathsFromSitemap(xml)).toEqual(['/', '/ke-hoach/510-qd-ubnd/']);
  });
});
