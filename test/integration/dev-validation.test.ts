/**
 * The dev server's validations (src/integration/dev-validation.ts): the first
 * on a worker thread, begun with the server and taken by the problems page
 * unless a file changed meanwhile; and what the page hands the data layer
 * (handover.ts), so that the first page and each edit are validated once.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/report/problems.ts';
import { devProblemsMiddleware, type FirstValidation } from '../../src/integration/dev-problems.ts';
import { validateHere, validateInWorker } from '../../src/integration/dev-validation.ts';
import { firsthand } from '../../src/integration/firsthand.ts';
import { takeDevValidated, takeValidated } from '../../src/integration/handover.ts';
import { FIXTURES, PROJECT } from '../helpers/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'firsthand-dev-validation-'));
const content = join(dir, 'content');
cpSync(join(FIXTURES, 'good/content'), content, { recursive: true });
const ben = join(content, 'people/ben.md');
const good = readFileSync(ben, 'utf8');
const BROKEN = '---\nname: Ben Ortiz\nmet:\n\t- who: ada\n---\n';
const now = process.env['FIRSTHAND_NOW'];
beforeAll(() => {
  // The worker takes its environment from here; "now" decides which problems hold.
  process.env['FIRSTHAND_NOW'] = '2025-01-01T00:00:00Z';
});
afterAll(() => {
  if (now === undefined) delete process.env['FIRSTHAND_NOW'];
  else process.env['FIRSTHAND_NOW'] = now;
  rmSync(dir, { recursive: true, force: true });
});

class FakeWatcher extends EventEmitter {
  add(): this {
    return this;
  }
}

type Answer = { status: number; body: string } | 'next';

/** One request through the middleware, answered now or once the first validation came. */
function request(middleware: ReturnType<typeof devProblemsMiddleware>, url = '/'): Promise<Answer> {
  return new Promise((resolve) => {
    const res = {
      statusCode: 200,
      setHeader: () => undefined,
      end(body?: string) {
        resolve({ status: this.statusCode, body: body ?? '' });
      },
    };
    middleware({ url, method: 'GET' } as IncomingMessage, res as unknown as ServerResponse, () => resolve('next'));
  });
}

describe('the first validation, on a worker thread', () => {
  it('finds what the same validation finds in the server, and clones the content whole', async () => {
    const here = validateHere(content);
    expect(here.problems).toEqual([]);
    expect(here.content?.people.length).toBeGreaterThan(0);
    expect(await validateInWorker(content)).toEqual(here);
  });

  it('reports the problems of a broken file, without the content', async () => {
    writeFileSync(ben, BROKEN);
    try {
      const inWorker = await validateInWorker(content);
      // Files are named from the working folder, as check names them.
      expect(inWorker?.problems).toContainEqual(
        expect.objectContaining({
          file: expect.stringMatching(/content\/people\/ben\.md$/),
          line: 4,
          column: 1,
          field: 'met',
          message: 'indent with spaces, not tabs',
        }),
      );
      expect(inWorker).toEqual(validateHere(content));
      expect(inWorker?.content).toBeUndefined();
    } finally {
      writeFileSync(ben, good);
    }
  });
});

describe('the problems page with a validation begun before the first request', () => {
  const problem: ContentProblem = { file: 'content/people/ben.md', line: 4, column: 1, field: 'met', message: 'indent with spaces, not tabs' };
  const counting = () => {
    const counts = { reads: 0, taken: 0 };
    const readProblems = () => {
      counts.reads++;
      return [];
    };
    const take = (problems: ContentProblem[]) => () => {
      counts.taken++;
      return problems;
    };
    return { counts, readProblems, take };
  };

  it('waits for it and takes it once, for every request that came meanwhile', async () => {
    const { counts, readProblems, take } = counting();
    const middleware = devProblemsMiddleware(content, new FakeWatcher(), readProblems, Promise.resolve(take([problem])));
    const answers = await Promise.all([request(middleware), request(middleware, '/people/ben/')]);
    for (const answer of answers) expect(answer !== 'next' && answer.status === 500 && answer.body.includes('indent with spaces, not tabs')).toBe(true);
    expect(counts).toEqual({ reads: 0, taken: 1 });
  });

  it('leaves it when a file changed before it came, and validates again', async () => {
    const { counts, readProblems, take } = counting();
    const watcher = new FakeWatcher();
    let finish: (take: (() => ContentProblem[]) | undefined) => void = () => undefined;
    const first: FirstValidation = new Promise((resolve) => {
      finish = resolve;
    });
    const middleware = devProblemsMiddleware(content, watcher, readProblems, first);
    const waiting = request(middleware);
    watcher.emit('all', 'change', ben);
    finish(take([problem]));
    expect(await waiting).toBe('next');
    expect(counts).toEqual({ reads: 1, taken: 0 });
  });

  it('validates in the server when the worker failed', async () => {
    const { counts, readProblems } = counting();
    const middleware = devProblemsMiddleware(content, new FakeWatcher(), readProblems, Promise.resolve(undefined));
    expect(await request(middleware)).toBe('next');
    expect(counts).toEqual({ reads: 1, taken: 0 });
  });
});

describe("what the dev server's problems page hands the data layer", () => {
  it('the content it validated, while there is no problem, to the data layer alone', async () => {
    const integration = firsthand({ contentDir: content });
    const rootUrl = pathToFileURL(`${PROJECT}/`);
    (integration.hooks['astro:config:setup'] as (params: unknown) => void)({
      config: { root: rootUrl, srcDir: new URL('src/', rootUrl), publicDir: new URL('public/', rootUrl), integrations: [integration] },
      command: 'dev',
      updateConfig: () => undefined,
      injectRoute: () => undefined,
      addWatchFile: () => undefined,
    });
    let middleware: ReturnType<typeof devProblemsMiddleware> | undefined;
    const watcher = new FakeWatcher();
    const server = { middlewares: { use: (m: typeof middleware) => (middleware = m) }, watcher };
    (integration.hooks['astro:server:setup'] as (params: unknown) => void)({ server });
    if (!middleware) throw new Error('no middleware');
    expect(await request(middleware)).toBe('next');
    const handed = takeDevValidated(content);
    expect(handed?.content).toEqual(validateHere(content).content);
    expect(handed?.now).toBe(Date.parse('2025-01-01T00:00:00Z'));
    expect(handed?.meetings.pairCount).toBeGreaterThan(0);
    // Astro's collections and the logo take the build's handover only: under astro dev nothing is left out of the store.
    expect(takeValidated(content)).toBeUndefined();
    // Taken once: a data layer loaded again without a change of content (an edit of the code) reads the files itself.
    expect(takeDevValidated(content)).toBeUndefined();
    // Every change is validated again before the next page: a handover again, then none while a file is broken.
    watcher.emit('all', 'change', ben);
    expect(await request(middleware)).toBe('next');
    writeFileSync(ben, BROKEN);
    try {
      watcher.emit('all', 'change', ben);
      const answer = await request(middleware);
      expect(answer !== 'next' && answer.status).toBe(500);
      expect(takeDevValidated(content)).toBeUndefined();
    } finally {
      writeFileSync(ben, good);
    }
    watcher.emit('all', 'change', ben);
    expect(await request(middleware)).toBe('next');
    expect(takeDevValidated(content)?.content).toEqual(handed?.content);
    expect(takeDevValidated(content)).toBeUndefined();
  });
});
