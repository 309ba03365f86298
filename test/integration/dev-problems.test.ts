/**
 * astro dev with content problems (src/integration/dev-problems.ts): what decides
 * between the problems page and the site, with a real content folder read and
 * validated as the dev server does; test/site/dev-server.test.ts runs the
 * real server.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devProblemsMiddleware, tolerantOfUnreadableFrontmatter } from '../../src/integration/dev-problems.ts';
import { readContentFolder } from '../../src/node/read-content.ts';
import { problemsPage } from '../../src/content/report/problems-page.ts';
import { validateContent } from '../../src/content/validate/index.ts';
import { FIXTURES } from '../helpers/build.ts';

const dir = mkdtempSync(join(tmpdir(), 'firsthand-dev-'));
const content = join(dir, 'content');
cpSync(join(FIXTURES, 'good/content'), content, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A watcher that tells of the changes the test makes. */
class FakeWatcher extends EventEmitter {
  added: string[] = [];
  add(path: string): this {
    this.added.push(path);
    return this;
  }
}

/** One request through the middleware: the page it answered with, or "next" when it let the site answer. */
function request(middleware: ReturnType<typeof devProblemsMiddleware>, url: string, method = 'GET'): { status: number; body: string } | 'next' {
  let answer: { status: number; body: string } | 'next' = 'next';
  const res = {
    statusCode: 200,
    setHeader: () => undefined,
    end(body?: string) {
      answer = { status: this.statusCode, body: body ?? '' };
    },
  };
  middleware({ url, method } as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return answer;
}

describe('astro dev while the content has problems', () => {
  const watcher = new FakeWatcher();
  let reads = 0;
  const middleware = devProblemsMiddleware(content, watcher, () => {
    reads++;
    return validateContent(readContentFolder(content, dir)).problems;
  });
  const ben = join(content, 'people/ben.md');
  const good = readFileSync(ben, 'utf8');

  it('lets the site answer while the content is fine, and reads it once until a file changes', () => {
    expect(request(middleware, '/')).toBe('next');
    expect(request(middleware, '/events/')).toBe('next');
    expect(reads).toBe(1);
    expect(watcher.added).toEqual([content]);
  });

  it('answers every page with one page of every problem, as check prints them, once a file is saved wrong', () => {
    writeFileSync(ben, '---\nname: Ben Ortiz\nmet:\n\t- who: ada\n---\nSee [x](/events/nope/).\n');
    watcher.emit('all', 'change', ben);
    for (const url of ['/', '/people/ben/', '/events.ics']) {
      const answer = request(middleware, url);
      expect(answer).not.toBe('next');
      if (answer === 'next') return;
      expect(answer.status).toBe(500);
      expect(answer.body).toContain('<li>content/people/ben.md:4:1 met: indent with spaces, not tabs</li>');
      expect(answer.body).toContain(
        '<li>content/people/ben.md:6:9 body: &quot;/events/nope/&quot; leads to no page of the site: see the list at &quot;/events/&quot;</li>',
      );
      expect(answer.body.match(/<li>/g)).toHaveLength(2);
    }
    expect(reads).toBe(2);
  });

  it("leaves the dev server's own requests alone", () => {
    expect(request(middleware, '/@vite/client')).toBe('next');
    expect(request(middleware, '/node_modules/.vite/deps/x.js')).toBe('next');
    expect(request(middleware, '/', 'POST')).toBe('next');
  });

  it('gives the site back on the next save that fixes it', () => {
    writeFileSync(ben, good);
    watcher.emit('all', 'change', ben);
    expect(request(middleware, '/people/ben/')).toBe('next');
  });
});

describe('the problems page', () => {
  it('escapes what the content wrote, and looks again by itself', () => {
    const html = problemsPage([{ file: 'content/people/x.md', line: 2, column: 7, field: 'name', message: 'bad <script>alert(1)</script>' }]);
    expect(html).toContain('<li>content/people/x.md:2:7 name: bad &lt;script&gt;alert(1)&lt;/script&gt;</li>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toContain('<title>1 problem in 1 file</title>');
  });
});

describe("Astro's loader under astro dev", () => {
  it('reads a file Astro cannot read as an empty entry instead of stopping', async () => {
    const seen: unknown[] = [];
    const failing = {
      getEntryInfo: () => {
        throw new Error('tab characters must not be used in indentation');
      },
    };
    const loader = tolerantOfUnreadableFrontmatter({
      name: 'probe',
      load: async (context) => {
        const types = (context as unknown as { entryTypes: Map<string, typeof failing> }).entryTypes;
        seen.push(await types.get('.md')?.getEntryInfo());
      },
    });
    await loader.load({ entryTypes: new Map([['.md', failing]]) } as never);
    expect(seen).toEqual([{ data: {}, rawData: '', body: '', slug: '' }]);
  });
});
