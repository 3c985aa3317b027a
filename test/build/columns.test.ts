/**
 * The columns as built: the fixture site (one published, one draft, one scheduled column), the
 * real site (the columns written from the plan), and three extra builds from a copy of the
 * fixtures: a newcomer's column made with `npm run new:column`, a column without a title, and a
 * column with a <script>. The extra builds use their own output and cache folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../helpers/built-site.ts';
import { buildFixtureCopy, type BuildResult } from '../helpers/build-with.ts';
import { indexedFragments } from '../helpers/pagefind-index.ts';
import { root } from '../helpers/paths.ts';

const PUBLISHED = '/chuyen-muc/tuyen-truyen-ve-hop-tac-xa-mau/';
const DRAFT = 'bai-nhap-chua-dang';
const SCHEDULED = 'bai-hen-dang-nam-2999';
/** Words that occur only in the bodies of the draft and the scheduled fixture. */
const HIDDEN_MARKERS = [
  'CHU-NHAP-DANH-DAU',
  'CHU-HEN-DANG-DANH-DAU',
  'Bài nháp chưa đăng',
  'Bài hẹn đăng năm 2999',
];

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Every text Pagefind indexed, addresses and metadata included. */
function pagefindText(dist: string): string {
  return indexedFragments(dist)
    .map((f) => JSON.stringify(f))
    .join('\n');
}

function meta(root: HTMLElement, property: string): string[] {
  return root
    .querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
    .map((m) => m.getAttribute('content') ?? '');
}

describe('the fixture site’s columns', () => {
  const dist = distDir('fixture');

  it('publishes the published column with its quote, its links and its metadata', () => {
    const page = parse(readPage('fixture', PUBLISHED));
    expect(page.querySelector('h1')?.textContent).toBe('Tuyên truyền về hợp tác xã mẫu');
    const quote = page.querySelector('blockquote.plan-quote');
    expect(quote?.querySelector('p')?.textContent.trim()).toBe(
      'Phát triển hợp tác xã trên địa bàn huyện.',
    );
    expect(quote?.querySelector('footer a')?.getAttribute('href')).toBe(
      '/ke-hoach/12-kh-mau/#muc-i-1-p1',
    );
    const related = page.querySelectorAll('.column-related a').map((a) => a.getAttribute('href'));
    expect(related).toEqual([
      '/nhiem-vu/tuyen-truyen-hop-tac-xa/',
      '/co-quan/phong-van-hoa/',
      '/van-ban/12-kh-mau/',
    ]);
    expect(page.querySelector('.column-byline')?.textContent).toContain('10/03/2024');
    expect(page.querySelector('img.column-cover')?.getAttribute('alt')).toBe(
      'Ảnh bìa mẫu có dòng chữ Chuyên mục tuyên truyền.',
    );
  });

  it('gives the column page Open Graph article metadata and a feed link', () => {
    const page = parse(readPage('fixture', PUBLISHED));
    expect(meta(page, 'og:type')).toEqual(['article']);
    expect(meta(page, 'og:title')).toEqual(['Tuyên truyền về hợp tác xã mẫu']);
    expect(meta(page, 'article:published_time')).toEqual(['2024-03-10']);
    expect(meta(page, 'article:modified_time')).toEqual(['2024-03-12']);
    expect(meta(page, 'article:tag')).toEqual(['hợp tác xã', 'đào tạo']);
    expect(meta(page, 'og:image')).toHaveLength(1);
    expect(
      page.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    ).toBe('/chuyen-muc/rss.xml');
  });

  it('marks the column body for the search index with the columns facet', () => {
    const page = parse(readPage('fixture', PUBLISHED));
    expect(page.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(page.querySelector('article.column')?.hasAttribute('data-pagefind-body')).toBe(true);
    expect(
      page.querySelector('meta[data-pagefind-filter="loai[content]"]')?.getAttribute('content'),
    ).toBe('Chuyên mục');
    expect(pagefindText(dist)).toContain(PUBLISHED);
  });

  it('lists the published column on the list, series and tag pages', () => {
    for (const path of [
      '/chuyen-muc/',
      '/chuyen-muc/muc/hoi-dap-mau/',
      '/chuyen-muc/the/dao-tao/',
      '/chuyen-muc/the/hop-tac-xa/',
    ]) {
      const links = parse(readPage('fixture', path))
        .querySelectorAll('.column-list a')
        .map((a) => a.getAttribute('href'));
      expect(links, path).toContain(PUBLISHED);
    }
  });

  it('puts the published column in the RSS feed, and nothing else', () => {
    const feed = readFileSync(join(dist, 'chuyen-muc', 'rss.xml'), 'utf8');
    expect(feed).toContain('<language>vi</language>');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
      (m) => new URL(m[1]).pathname,
    );
    expect(links).toEqual([PUBLISHED]);
  });

  it('keeps the draft and the scheduled column out of the pages, the feed, the sitemap and the index', () => {
    const pages = listPages('fixture');
    expect(pages.filter((p) => p.includes(DRAFT) || p.includes(SCHEDULED))).toEqual([]);
    expect(
      pages.filter((p) =>
        /\/chuyen-muc\/(muc|the)\/(lich-dang-mau|ban-nhap-mau|hen-dang-mau)\//.test(p),
      ),
    ).toEqual([]);
    const texts = allFiles(dist)
      .filter((f) => /\.(html|xml|js|json)$/.test(f))
      .map((f) => [f, readFileSync(f, 'utf8')] as const);
    for (const [file, text] of texts) {
      for (const marker of [...HIDDEN_MARKERS, DRAFT, SCHEDULED]) {
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
      }
    }
    const index = pagefindText(dist);
    for (const marker of [...HIDDEN_MARKERS, DRAFT, SCHEDULED]) expect(index).not.toContain(marker);
  });
});

describe('the real columns', () => {
  const columnsDir = join(root, 'content', 'columns');
  const ids = readdirSync(columnsDir).map((f) => f.replace(/\.mdx?$/, ''));

  it('are two or three columns written from the plan', () => {
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });

  it('each quote the plan verbatim with a link to the paragraph, and appear in the feed', () => {
    const feed = readFileSync(join(distDir('real'), 'chuyen-muc', 'rss.xml'), 'utf8');
    const planText = readFileSync(
      join(root, 'content', 'plans', '510-qd-ubnd', 'van-ban.txt'),
      'utf8',
    );
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const id of ids) {
      const page = parse(readPage('real', `/chuyen-muc/${id}/`));
      const quotes = page.querySelectorAll('blockquote.plan-quote');
      expect(quotes.length, id).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(quote.querySelector('footer a')?.getAttribute('href'), id).toMatch(
          /^\/ke-hoach\/510-qd-ubnd\/#/,
        );
        for (const p of quote.querySelectorAll('p')) {
          const words = norm(p.textContent);
          if (words)
            expect(norm(planText).includes(words), `${id}: ${words.slice(0, 60)}`).toBe(true);
        }
      }
      expect(feed, id).toContain(`/chuyen-muc/${id}/`);
    }
  });
});

const work = mkdtempSync(join(tmpdir(), 'columns-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, prepare: (content: string) => void): BuildResult {
  return buildFixtureCopy(join(work, name), prepare);
}

describe('the schemas Astro writes for editors', () => {
  it('still describe each collection field by field, Vietnamese error wording and all', () => {
    // withVietnameseErrors wraps every collection schema; the wrap must not hide the fields.
    const schema = JSON.parse(
      readFileSync(join(root, '.astro', 'collections', 'agencies.schema.json'), 'utf8'),
    ) as { properties?: Record<string, unknown>; required?: string[] };
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'kind', 'isGroup', 'aliases']),
    );
    expect(schema.required).toContain('name');
  });
});

describe('building from changed content', () => {
  it('publishes a column a newcomer made with npm run new:column, on the site and in the feed', () => {
    const title = 'Đồng hành cùng hợp tác xã: bài đầu tiên';
    const slug = 'dong-hanh-cung-hop-tac-xa-bai-dau-tien';
    const built = buildWith('newcomer', (content) => {
      const made = spawnSync(process.execPath, [join(root, 'scripts', 'new-column.ts'), title], {
        env: { ...process.env, CONTENT_DIR: content },
        encoding: 'utf8',
      });
      expect(made.status, made.stderr).toBe(0);
      const file = join(content, 'columns', `${slug}.mdx`);
      // What the README tells a newcomer to do: write the sapo and the text, then set draft: false.
      const text = readFileSync(file, 'utf8')
        .replace('Thay câu này bằng hai, ba câu tóm tắt bài viết.', 'Sapo của bài đầu tiên.')
        .replace('Thay đoạn này bằng nội dung bài viết.', 'Nội dung bài đầu tiên.')
        .replace('draft: true', 'draft: false');
      writeFileSync(file, text);
    });
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(built.dist, 'chuyen-muc', slug, 'index.html'), 'utf8');
    expect(parse(html).querySelector('h1')?.textContent).toBe(title);
    expect(html).toContain('Nội dung bài đầu tiên.');
    const feed = readFileSync(join(built.dist, 'chuyen-muc', 'rss.xml'), 'utf8');
    expect(feed).toContain(`/chuyen-muc/${slug}/`);
    expect(readFileSync(join(built.dist, 'chuyen-muc', 'index.html'), 'utf8')).toContain(
      `/chuyen-muc/${slug}/`,
    );
  });

  it('fails on a column without a title, naming the file and the field', () => {
    const built = buildWith('no-title', (content) => {
      const file = join(content, 'columns', 'tuyen-truyen-ve-hop-tac-xa-mau.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('tuyen-truyen-ve-hop-tac-xa-mau');
    expect(built.output).toMatch(/title\W+chưa điền tiêu đề/);
  });

  it('words schema errors in Vietnamese in the build too, naming the file and each field', () => {
    const built = buildWith('agency-fields', (content) => {
      const file = join(content, 'agencies', 'cac-phong-chuyen-mon.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/^name: .*\n/m, '')
          .replace(/^isGroup: true$/m, 'isGroup: có'),
      );
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('cac-phong-chuyen-mon');
    expect(built.output).toMatch(/name\W+chưa điền \(trường bắt buộc\)/);
    expect(built.output).toMatch(/isGroup\W+phải là true hoặc false/);
    expect(built.output).not.toMatch(/Required|Expected type/);
  });

  it('fails on a column with a <script>, and no page carries it', () => {
    const built = buildWith('script', (content) => {
      const file = join(content, 'columns', 'tuyen-truyen-ve-hop-tac-xa-mau.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n<script>alert("p7-xss")</script>\n`);
    });
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('tuyen-truyen-ve-hop-tac-xa-mau.mdx');
    expect(built.output).toContain('không được dùng thẻ <script>');
    const leaked = existsSync(built.dist)
      ? allFiles(built.dist).filter((f) => readFileSync(f, 'utf8').includes('p7-xss'))
      : [];
    expect(leaked).toEqual([]);
  });
});
