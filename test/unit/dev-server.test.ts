import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, portInUseMessage, portIsFree, requestedPort } from '../../scripts/dev.ts';

describe('npm run dev on a port that is taken', () => {
  let other: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
    other = undefined;
  });

  /** A server already listening, as a dev server left running would be. */
  async function listening(): Promise<number> {
    other = createServer();
    await new Promise<void>((resolve) => other!.listen({ port: 0, host: '127.0.0.1' }, resolve));
    return (other.address() as { port: number }).port;
  }

  it('sees a port another server holds as taken, and a closed one as free', async () => {
    const port = await listening();
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => other!.close(resolve));
    other = undefined;
    expect(await portIsFree(port)).toBe(true);
  });

  it('says in Vietnamese that the port is in use, how to stop the other server or move', () => {
    const message = portInUseMessage(4321);
    expect(message).toContain('Cổng 4321 đang được dùng');
    expect(message).toContain('Ctrl+C');
    expect(message).toContain('npm run dev -- --port 4400');
  });

  it('uses the README port unless another is asked for', () => {
    expect(DEFAULT_PORT).toBe(4321);
    expect(requestedPort([])).toBe(4321);
    expect(requestedPort(['--port', '4400'])).toBe(4400);
    expect(requestedPort(['--port=4500', '--open'])).toBe(4500);
  });
});
