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
 * Compiled bench and scratch files live under node_modules/.cache (ignored by git, ESLint and
 * Prettier), so that a bench run never leaves anything `npm test` would lint.
 */
export const WORK = join(ROOT, 'node_modules/.cache/yeondong-bench/work');
