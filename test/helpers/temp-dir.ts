import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * A fresh temporary folder per test, removed afterwards. Call at the top of a describe block;
 * `path()` gives the current test's folder.
 */
export function useTempDir(prefix = 'yeondong-'): { path: () => string } {
  let current: string | null = null;
  beforeEach(() => {
    current = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = null;
  });
  return {
    path: () => {
      if (current === null) throw new Error('useTempDir: no test is running');
      return current;
    },
  };
}
