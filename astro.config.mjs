// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// The public address, for canonical URLs, the sitemap and feeds. Set SITE_URL when deploying.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // The fixture build (CONTENT_DIR set) keeps its own content cache, so the two builds never mix.
  ...(process.env.CONTENT_DIR ? { cacheDir: './node_modules/.astro-fixture' } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri is Astro 7's default Markdown processor; remark plugins need the unified one.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
