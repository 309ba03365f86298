/**
 * When each content file last changed, from git history, read in one pass
 * (one `git log`, not one per file). Outside a git checkout, or where git is
 * missing, pages simply show no date.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** Absolute file path → ISO date-time of the last commit that touched it. */
export function readLastChanged(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', relative(top, contentDir) || '.'], {
      cwd: top,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let current = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = line.slice(1);
      else if (line !== '') {
        const path = resolve(top, line);
        if (!dates.has(path)) dates.set(path, current);
      }
    }
  } catch {
    // Not a git checkout, or no git: no dates.
  }
  return dates;
}
