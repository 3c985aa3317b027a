import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { checkPublicFiles, svgProblems } from '../../src/lib/public-files.ts';
import { fixtureContent, root } from '../helpers/paths.ts';

const svg = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${inner}</svg>`;

describe('SVG images in public/', () => {
  it('accepts the site’s own images', () => {
    expect(checkPublicFiles(join(root, 'public'))).toEqual([]);
  });

  it('accepts a plain image with local references and an embedded raster', () => {
    expect(
      svgProblems(
        svg(
          '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><image href="data:image/png;base64,AAAA"/>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'thẻ <script>'],
    [
      'an event handler',
      svg('<rect width="1" height="1"/>', ' onload="alert(1)"'),
      'thuộc tính "onload"',
    ],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'javascript:'],
    [
      'an encoded javascript: link',
      svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'),
      'javascript:',
    ],
    ['a foreignObject', svg('<foreignObject><div>x</div></foreignObject>'), '<foreignObject>'],
    [
      'an outside image',
      svg('<image href="https://example.com/a.png"/>'),
      'tham chiếu ra ngoài tệp',
    ],
    [
      'an outside use',
      svg('<use xlink:href="https://example.com/s.svg#a"/>'),
      'tham chiếu ra ngoài tệp',
    ],
    ['an outside style', svg('<style>@import url(https://example.com/a.css);</style>'), '@import'],
    [
      'an entity',
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`,
      '<!ENTITY>',
    ],
  ])('refuses %s', (_name, text, expected) => {
    expect(svgProblems(text).join(' | ')).toContain(expected);
  });
});

describe('npm run check:content and public/', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'public-'));
    mkdirSync(join(dir, 'images/chuyen-muc'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names every unsafe SVG and every file that is not an image under public/images/', () => {
    writeFileSync(join(dir, 'images/chuyen-muc/bia.svg'), svg('<script>alert(1)</script>'));
    writeFileSync(join(dir, 'images/trang.html'), '<script>alert(1)</script>');
    writeFileSync(join(dir, 'icon.svg'), svg('<rect/>', ' onclick="x()"'));
    const issues = checkContent(fixtureContent, { publicDir: dir }).issues;
    expect(issues.map((i) => [i.file, i.field])).toEqual(
      expect.arrayContaining([
        ['public/images/chuyen-muc/bia.svg', 'ảnh SVG'],
        ['public/images/trang.html', 'tệp'],
        ['public/icon.svg', 'ảnh SVG'],
      ]),
    );
  });
});
