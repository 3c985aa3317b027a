/**
 * The web app manifest. Written by the build rather than kept in public/, so that its start page,
 * scope and icons are under the site's base when it is published under a sub-path.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { assetHref, homeHref } from '../lib/routes.ts';

const icon = (src: string, sizes: string, type: string, purpose?: string) =>
  `{ "src": ${JSON.stringify(assetHref(src))}, "sizes": "${sizes}", "type": "${type}"${purpose ? `, "purpose": "${purpose}"` : ''} }`;

export const GET: APIRoute = async () => {
  const { site } = await getSiteData();
  return new Response(
    `{
  "name": ${JSON.stringify(site.name)},
  "short_name": ${JSON.stringify(site.shortName)},
  "description": ${JSON.stringify(site.description)},
  "lang": "vi",
  "dir": "ltr",
  "start_url": ${JSON.stringify(homeHref)},
  "scope": ${JSON.stringify(homeHref)},
  "display": "standalone",
  "background_color": "#ffffff",
  "theme_color": "#0b3d6b",
  "icons": [
    ${icon('/icon.svg', 'any', 'image/svg+xml')},
    ${icon('/icon-192.png', '192x192', 'image/png')},
    ${icon('/icon-512.png', '512x512', 'image/png')},
    ${icon('/icon-512.png', '512x512', 'image/png', 'maskable')}
  ]
}
`,
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
};
