/**
 * Serves the built sites over HTTP for the whole test run (Pagefind needs HTTP, not file://).
 * The sites are built beforehand by `npm test` (npm run build, npm run build:fixture).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { fixtureDist, realDist } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real site, or '' when it is not built. */
    realUrl: string;
    /** Base URL of the fixture site, or '' when it is not built. */
    fixtureUrl: string;
  }
}

async function serve(dir: string): Promise<{ url: string; server: Server | null }> {
  if (!existsSync(`${dir}/index.html`)) return { url: '', server: null };
  const handler = sirv(dir, { dev: true, etag: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Không tìm thấy');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

export default async function setup(project: TestProject) {
  const real = await serve(realDist);
  const fixture = await serve(fixtureDist);
  project.provide('realUrl', real.url);
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    await Promise.all(
      [real.server, fixture.server].map((s) =>
        s ? new Promise<void>((resolve) => s.close(() => resolve())) : Promise.resolve(),
      ),
    );
  };
}
