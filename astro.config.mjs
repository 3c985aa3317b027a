// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkContentSafety } from './src/lib/content-safety.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { DEV_SITE_URL, siteUrlFrom } from './src/lib/site-url.ts';
import { remarkBaseLinks } from './src/lib/base-links.ts';
import { normalizeBase } from './src/lib/routes.ts';

// The public address, for canonical URLs, the sitemap, feeds, calendars and open data: SITE_URL,
// required by `astro build` (see src/lib/site-url.ts); the dev server is on localhost anyway.
const siteSetting = siteUrlFrom(process.env.SITE_URL);
const site = 'url' in siteSetting ? siteSetting.url : DEV_SITE_URL;
// The sub-path the site is published under ("/kttt/"), "/" by default: BASE_PATH, read by the
// build's scripts too (scripts/service-worker.ts), so that every address agrees (src/lib/routes.ts).
const base = normalizeBase(process.env.BASE_PATH);

/** Stops a build whose site address is missing or wrong, before a page is written. */
const requireSiteUrl = {
  name: 'require-site-url',
  hooks: {
    /** @param {{ command: string }} options */
    'astro:config:setup': ({ command }) => {
      if (command === 'build' && 'error' in siteSetting) throw new Error(siteSetting.error);
    },
  },
};

export default defineConfig({
  site,
  base,
  // The fixture build (CONTENT_DIR set) keeps its own content cache, so the two builds never mix.
  ...(process.env.CONTENT_DIR ? { cacheDir: './node_modules/.astro-fixture' } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri is Astro 7's default Markdown processor; remark plugins need the unified one.
  // No Shiki: its inline styles cannot pass the Content Security Policy, and no page shows code.
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkGfm,
        // Fails the build on script, frames, event handlers or unknown components in content.
        remarkContentSafety({ contentDir: contentDir(), root: process.cwd() }),
        // Editors write the site's addresses from its root; under a sub-path they need the base.
        remarkBaseLinks({ base }),
      ],
    }),
    syntaxHighlight: false,
  },
  integrations: [requireSiteUrl, mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  security: {
    // Astro hashes its own scripts and styles into a <meta> CSP on every page. Pagefind compiles
    // WebAssembly, which needs 'wasm-unsafe-eval'; no 'unsafe-inline' script anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
