/**
 * The files of `public/` are published as they are, on the site's own origin, and the service
 * worker may keep them offline. An SVG is a document that can run script when opened by its own
 * address, so every SVG is held to what an image needs: no script, no event handler, no
 * `javascript:` address, no `<foreignObject>` (HTML inside the image), no reference to anything
 * outside the file. Under `public/images/` only image files are accepted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './content-errors.ts';
import { decodeEntities, findUnsafeHtml } from './content-safety.ts';

/** Endings accepted under `public/images/`. */
export const IMAGE_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif'] as const;

const TAG = /<\s*([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Elements an image never needs and that run, embed or fetch something. */
const SVG_FORBIDDEN: Readonly<Record<string, string>> = {
  foreignobject: 'thẻ <foreignObject> (nhúng HTML vào ảnh)',
  script: 'thẻ <script> (mã chạy trong ảnh)',
  iframe: 'thẻ <iframe>',
  embed: 'thẻ <embed>',
  object: 'thẻ <object>',
  handler: 'thẻ <handler> (mã chạy trong ảnh)',
  listener: 'thẻ <listener> (mã chạy trong ảnh)',
};

/** Why an SVG image is unsafe to publish on the site's origin; empty when it is a plain image. */
export function svgProblems(svg: string): string[] {
  const problems = new Set<string>(findUnsafeHtml(svg));
  if (/<!ENTITY|<!DOCTYPE/i.test(svg)) {
    problems.add('không được khai báo <!DOCTYPE> hay <!ENTITY> (có thể nạp tệp bên ngoài)');
  }
  if (/<\?xml-stylesheet/i.test(svg)) {
    problems.add('không được nạp bảng kiểu bên ngoài (<?xml-stylesheet?>)');
  }
  for (const tag of svg.matchAll(TAG)) {
    const name = tag[1].toLowerCase().replace(/^svg:/, '');
    const forbidden = SVG_FORBIDDEN[name];
    if (forbidden) problems.add(`không được dùng ${forbidden}`);
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const attr = attribute[1].toLowerCase();
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? '').trim();
      if (/^on/.test(attr)) {
        problems.add(
          `không được dùng thuộc tính "${attribute[1]}" (mã chạy khi người xem thao tác)`,
        );
      }
      // Inside the file ("#id") or an embedded raster picture; anything else is fetched or run.
      const isReference = attr === 'href' || attr.endsWith(':href') || attr === 'src';
      if (
        isReference &&
        !value.startsWith('#') &&
        !/^data:image\/(png|jpeg|webp|gif);/i.test(value)
      ) {
        problems.add(`không được tham chiếu ra ngoài tệp ("${value.slice(0, 60)}")`);
      }
    }
  }
  // url(…) in a style or presentation attribute may fetch from anywhere; only url(#id) is local.
  for (const m of decodeEntities(svg).matchAll(/url\(\s*['"]?([^'")\s]*)/gi)) {
    if (!m[1].startsWith('#')) problems.add(`không được nạp "${m[1].slice(0, 60)}" từ ngoài tệp`);
  }
  if (/@import/i.test(svg)) problems.add('không được dùng @import trong ảnh');
  if (/javascript\s*:/i.test(decodeEntities(svg))) {
    problems.add('không được có địa chỉ "javascript:" (liên kết chạy mã)');
  }
  return [...problems];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Every problem of the files under `publicDir`, named as editors see them (`public/images/…`). */
export function checkPublicFiles(publicDir: string, shown = 'public'): ContentIssue[] {
  let files: string[];
  try {
    files = walk(publicDir);
  } catch {
    return [];
  }
  const issues: ContentIssue[] = [];
  for (const path of files) {
    const relative = path.slice(publicDir.length).replace(/\\/g, '/').replace(/^\/+/, '');
    const file = `${shown}/${relative}`;
    const lower = relative.toLowerCase();
    if (lower.startsWith('images/') && !IMAGE_EXTENSIONS.some((e) => lower.endsWith(e))) {
      issues.push({
        file,
        field: 'tệp',
        message: `thư mục public/images/ chỉ nhận ảnh ${IMAGE_EXTENSIONS.join(', ')}; tệp này sẽ bị đăng nguyên như vậy`,
      });
      continue;
    }
    if (lower.endsWith('.svg')) {
      for (const problem of svgProblems(readFileSync(path, 'utf8'))) {
        issues.push({ file, field: 'ảnh SVG', message: problem });
      }
    }
  }
  return issues;
}
