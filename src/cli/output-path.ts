import { existsSync, realpathSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';

const RESULT_SUFFIX = '-연동결과';

/** "data/계약.xlsx" → "data/계약-연동결과.xlsx", beside the input. */
export function defaultOutputPath(input: string): string {
  const stem = basename(input, extname(input));
  return join(dirname(input), `${stem}${RESULT_SUFFIX}.xlsx`);
}

/** The path itself when free, else "name (2).xlsx", "name (3).xlsx"…, so an earlier result is never replaced. */
export function firstFreePath(path: string): string {
  if (!existsSync(path)) return path;
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let copy = 2; ; copy += 1) {
    const candidate = `${stem} (${copy})${extension}`;
    if (!existsSync(candidate)) return candidate;
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
