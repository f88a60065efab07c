import { lstatSync, realpathSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';

const RESULT_SUFFIX = '-연동결과';

/** "data/계약.xlsx" → "data/계약-연동결과.xlsx", beside the input. */
export function defaultOutputPath(input: string): string {
  const stem = basename(input, extname(input));
  return join(dirname(input), `${stem}${RESULT_SUFFIX}.xlsx`);
}

/**
 * The path itself, then "name (2).xlsx", "name (3).xlsx"…: the names a new result may take so
 * that an earlier one is never replaced. Names already taken are skipped; the save still
 * refuses each name that was taken meanwhile and moves on to the next.
 */
export function* copyPaths(path: string): Generator<string, never> {
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let copy = 1; ; copy += 1) {
    const candidate = copy === 1 ? path : `${stem} (${copy})${extension}`;
    if (!isTaken(candidate)) yield candidate;
  }
}

/** Anything at the path, a dangling symbolic link included. */
function isTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether two paths name the same file, through symbolic links and relative parts. */
export function isSameFile(first: string, second: string): boolean {
  return canonical(first) === canonical(second);
}

function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    // A file that does not exist yet: resolve its folder instead.
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}
