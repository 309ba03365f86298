#!/usr/bin/env node
/**
 * The `firsthand` command of an installed package (package.json's `bin`;
 * compiled to lib/cli/bin.js at pack time). Astro 7 needs Node 22.12 or
 * later, and many machines still run Node 20: Firsthand depends on the `node`
 * package, whose Node 24 npm puts on the PATH of every `npm run` script; run
 * any other way on an older Node, this starts the command again on that Node 24.
 * Written for any Node: nothing here may need more than Node 18 has.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

if (major > 22 || (major === 22 && minor >= 12)) {
  await import('./index.ts');
} else {
  process.exitCode = onBundledNode();
}

/** Runs the command on the `node` package's Node; the exit code it ended with. */
function onBundledNode(): number {
  const node = bundledNode();
  if (node === undefined) {
    process.stderr.write(`Firsthand needs Node 22.12 or later; this is Node ${process.versions.node}. Run it through npm run, or install a newer Node.\n`);
    return 2;
  }
  const entry = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './index.ts' : './index.js', import.meta.url));
  const result = spawnSync(node, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  return result.status ?? 1;
}

function bundledNode(): string | undefined {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('node/package.json'));
    const binary = join(folder, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
