/**
 * `npm run dev`: Astro's dev server on one known port. Astro moves to the next free port without
 * a word when 4321 is taken (often by a dev server left running), while the README sends editors
 * to http://localhost:4321/, where they would then read the old server's pages. So the port is
 * checked first and a taken one stops here, saying what to do. Another port: `npm run dev -- --port 4400`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const DEFAULT_PORT = 4321;

/** Whether nothing listens on `port` on this machine's loopback addresses (IPv4 and IPv6). */
export async function portIsFree(port: number): Promise<boolean> {
  for (const host of ['127.0.0.1', '::1']) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', (error: NodeJS.ErrnoException) =>
        // A machine without IPv6 cannot have a server there either.
        resolve(error.code !== 'EADDRINUSE' && error.code !== 'EACCES'),
      );
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

/** What an editor reads when the port is taken: why, how to stop the other server, or move. */
export function portInUseMessage(port: number): string {
  return [
    `Cổng ${port} đang được dùng: có thể một máy chủ soạn thảo (npm run dev) hoặc npm start khác vẫn đang chạy.`,
    `Trang http://localhost:${port}/ lúc này là của máy chủ đó, không phải của lần chạy này.`,
    'Cách sửa:',
    '  - Dừng máy chủ kia: mở cửa sổ dòng lệnh đang chạy nó và bấm Ctrl+C;',
    `    không tìm thấy cửa sổ đó thì xem chương trình nào giữ cổng bằng lệnh: lsof -i :${port}`,
    '  - Hoặc chạy trên cổng khác: npm run dev -- --port 4400 rồi mở http://localhost:4400/',
  ].join('\n');
}

/** The port asked for with `--port N` (or `--port=N`), else the default. */
export function requestedPort(args: readonly string[]): number {
  const at = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (at === -1) return DEFAULT_PORT;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  const port = Number(value);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const port = requestedPort(args);
  if (!(await portIsFree(port))) {
    console.error(portInUseMessage(port));
    process.exitCode = 1;
  } else {
    const rest = args.filter((a, i) => !a.startsWith('--port') && args[i - 1] !== '--port');
    // `npm run` puts node_modules/.bin on PATH, so this is the project's own Astro.
    const child = spawn('astro', ['dev', '--port', String(port), ...rest], { stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      process.exitCode = code ?? (signal ? 1 : 0);
    });
  }
}
