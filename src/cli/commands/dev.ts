/**
 * `npm run dev` and `npm run preview`: Astro's dev server over the content
 * folder (a page lists every content problem until they are fixed), or a
 * local server over the built site. Astro comes from Firsthand's own
 * dependencies, so a community needs no `astro` command of its own.
 */
import { resolve } from 'node:path';
import { readCommandLine } from '../command-line.ts';

const usage = (command: string) => `Usage: npm run ${command} [-- --port 4321] [--host]${command === 'dev' ? ' [--content <folder>]' : ' [--out <folder>]'}

${command === 'dev' ? 'Serves the site as you edit the content' : 'Serves the built site (npm run build first)'} at http://localhost:4321/.
  --port <n>        the port (default: 4321)
  --host [address]  listen on every address (for a phone on the same network), or on the one given`;

/** Starts the server and waits until it is stopped (Ctrl-C). */
async function serve(command: 'dev' | 'preview', argv: string[]): Promise<number> {
  const args = readCommandLine(
    {
      // `--host` alone listens on every address (as Astro's own flag); `--host <address>` on that one.
      args: argv.map((arg, i) => (arg === '--host' && (argv[i + 1] === undefined || argv[i + 1]?.startsWith('-')) ? '--host=true' : arg)),
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        content: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    usage(command),
  );
  if (typeof args === 'number') return args;
  const { port, host, content, out } = args.values;
  // The integration reads the content folder from here (integration/firsthand.ts).
  if (content !== undefined) process.env['FIRSTHAND_CONTENT'] = resolve(content);
  const server = { ...(port !== undefined ? { port: Number(port) } : {}), ...(host !== undefined ? { host: host === 'true' ? true : host } : {}) };
  const astro = await import('astro');
  const root = process.cwd();
  const running =
    command === 'dev' ? await astro.dev({ root, server }) : await astro.preview({ root, server, ...(out !== undefined ? { outDir: resolve(out) } : {}) });
  await new Promise<void>((done) => {
    const stop = () => void running.stop().then(done, done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export const run = (argv: string[]) => serve('dev', argv);
export const preview = (argv: string[]) => serve('preview', argv);
