import type { APIRoute } from 'astro';
import { assetHref } from '../lib/routes.ts';

/** Everything is public; the sitemap lists what the production build contains. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(assetHref('/sitemap-index.xml'), site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
