/**
 * How every command ends (src/cli/run-command.ts): a FirsthandError printed
 * the one way, its message then its hint, with its exit code; anything else
 * as a bug, exit 2; and `firsthand <command>` refusing what is not a command.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirsthandError, refusal, usageFailure } from '../../src/base/failure.ts';
import { runCommand } from '../../src/cli/run-command.ts';
import { PROJECT } from '../helpers/build.ts';

/** What a command wrote on stderr while it ran. */
async function stderrOf(run: () => Promise<number>): Promise<{ code: number; said: string }> {
  let said = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    said += String(chunk);
    return true;
  });
  try {
    return { code: await run(), said };
  } finally {
    spy.mockRestore();
  }
}

describe('a command that fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a FirsthandError as its message, a blank line and its hint, and ends with its code', async () => {
    const failure = new FirsthandError('build-locked', 'another build holds the lock', { hint: 'dist/ is unchanged.' });
    expect(await stderrOf(() => runCommand('build', () => Promise.reject(failure)))).toEqual({
      code: 1,
      said: 'another build holds the lock\n\ndist/ is unchanged.\n',
    });
  });

  it('ends a usage mistake with 2 and a refusal with 1', async () => {
    expect((await stderrOf(() => runCommand('new', () => Promise.reject(usageFailure('--name is required'))))).code).toBe(2);
    expect(await stderrOf(() => runCommand('new', () => Promise.reject(refusal('"x y" cannot be used as a handle'))))).toEqual({
      code: 1,
      said: '"x y" cannot be used as a handle\n',
    });
  });

  it('reports anything else as a bug of its own, never as the content', async () => {
    const { code, said } = await stderrOf(() => runCommand('check', () => Promise.reject(new TypeError('boom'))));
    expect(code).toBe(2);
    expect(said).toMatch(/^firsthand check failed inside \(this is a bug, not your content\): TypeError: boom/);
  });

  it('passes on the exit code of a command that returns', async () => {
    expect(await stderrOf(() => runCommand('check', async () => 1))).toEqual({ code: 1, said: '' });
  });
});

describe('firsthand <command>', () => {
  const firsthand = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'src/cli/index.ts'), ...args], { cwd: PROJECT, encoding: 'utf8' });

  it('names its commands when asked, and refuses a name that is not one, an object key included', () => {
    const help = firsthand('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('build       check the content, then build the site');
    expect(firsthand()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^firsthand needs a command\.\n\nUsage: firsthand <command>/) });
    for (const name of ['deploy', '__proto__', 'constructor', '--content=/etc']) {
      const r = firsthand(name);
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).toMatch(
        new RegExp(`^"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is not a command of firsthand\\.\\n\\nUsage: firsthand <command>`),
      );
    }
  });
});
