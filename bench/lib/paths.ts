import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The repository root: the first folder above the compiled bench that holds package.json. */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const BENCH = join(ROOT, 'bench');
/**
 * Compiled bench and scratch files live in .bench/ of this checkout (ignored by git, ESLint and
 * Prettier), so that a bench run never leaves anything `npm test` would lint, and two checkouts
 * that share one node_modules never share a bench build.
 */
export const WORK = join(ROOT, '.bench/work');
