/**
 * Debian's nginx for the test of the README's host setup. Locally, without nginx, that suite skips
 * with a visible warning; under CI=true a missing nginx is a failure, so CI can never pass by
 * skipping (`.ci/run` installs it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env['NGINX_PATH'] || '/usr/sbin/nginx';
export const hasNginx = existsSync(nginxPath);
/** The MIME map Debian's nginx ships, which its own `nginx.conf` includes in `http`. */
export const systemMimeTypes = process.env['NGINX_MIME_TYPES'] || '/etc/nginx/mime.types';

if (!hasNginx) {
  if (process.env['CI'] === 'true') {
    throw new Error(
      `CI=true nhưng không có nginx tại ${nginxPath}: kiểm thử cấu hình máy chủ không được bỏ qua.`,
    );
  }
  console.warn(
    `⚠ Không có nginx tại ${nginxPath}: bỏ qua kiểm thử cấu hình nginx (cài: apt-get install nginx).`,
  );
}

/** The README's nginx block: the one ```nginx fence of the file. */
export function readmeNginxBlock(readme: string): string {
  const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length !== 1) {
    throw new Error(`README.md phải có đúng một khối \`\`\`nginx, đang có ${blocks.length}.`);
  }
  return blocks[0];
}

/**
 * The README's block made to run here: its `listen` on a local port and its `root` on the built
 * site, nothing else changed. Both lines must be there, or the README's block is not what runs.
 */
export function localServerBlock(block: string, port: number, root: string): string {
  let listens = 0;
  let roots = 0;
  const local = block
    .replace(/^(\s*)listen\s+[^;]+;/gm, (_, indent: string) => {
      listens += 1;
      return `${indent}listen 127.0.0.1:${port};`;
    })
    .replace(/^(\s*)root\s+[^;]+;/gm, (_, indent: string) => {
      roots += 1;
      return `${indent}root ${root};`;
    });
  if (listens !== 1 || roots !== 1) {
    throw new Error(`Khối nginx của README cần đúng một dòng listen và một dòng root.`);
  }
  return local;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Không lấy được cổng trống.');
  return address.port;
}

export interface RunningNginx {
  url: string;
  /** What `nginx -t` said about the configuration (warnings included). */
  checkOutput: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs nginx unprivileged-style in a temporary prefix, with the `http` context of Debian's own
 * `nginx.conf` (its MIME map, `default_type`) around the given `server` block.
 */
export async function startNginx(serverBlock: (port: number) => string): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-kttt-'));
  const port = await freePort();
  copyFileSync(systemMimeTypes, join(dir, 'mime.types'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${dir}/${name};`)
    .join('\n');
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
${temp}
${serverBlock(port)}
}
`,
  );
  const args = ['-p', dir, '-c', conf, '-e', `${dir}/error.log`];
  const check = spawnSync(nginxPath, [...args, '-t'], { encoding: 'utf8' });
  const checkOutput = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) throw new Error(`nginx -t từ chối cấu hình:\n${checkOutput}`);
  const child: ChildProcess = spawn(nginxPath, args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      await fetch(`${url}/`);
      break;
    } catch (error) {
      if (i > 100 || child.exitCode !== null) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const errorLog = () =>
    existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : '';
  return {
    url,
    checkOutput,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
