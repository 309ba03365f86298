/** Talking to a server a test started (astro dev, the preview of a build): a free port, and asking until it answers. */
import { createServer } from 'node:net';

/** A port free now. (Not port 0: the dev server restarts itself once its dependencies are optimized, and must come back where it was.) */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 4321;
}

/** Asks for a page every half second until `done` holds of the answer (a server not listening yet is asked again), at most `tries` times. */
export async function poll(url: string, done: (status: number, body: string) => boolean, tries = 60): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (let i = 0; i < tries; i++) {
    try {
      const response = await fetch(url);
      last = { status: response.status, body: await response.text() };
      if (done(last.status, last.body)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return last;
}
