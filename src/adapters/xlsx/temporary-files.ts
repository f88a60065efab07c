import { rmSync } from 'fs';

/**
 * The temporary files a save has written but not yet moved into place. A save removes its own
 * on every normal or failing path; these are what an interrupting signal would otherwise leave.
 */
const pending = new Set<string>();

/** Exit statuses after a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export function trackTemporaryFile(path: string): void {
  pending.add(path);
}

export function untrackTemporaryFile(path: string): void {
  pending.delete(path);
}

/** Removes every pending temporary file now (synchronously: it runs from signal and exit handlers). */
function removeTemporaryFiles(): void {
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done on the way out.
    }
  }
  pending.clear();
}

let installed = false;

/**
 * For a command-line process: on Ctrl-C (SIGINT) or SIGTERM, remove the pending temporary files
 * and exit with 130 or 143; on any exit, remove them too. Installed once.
 */
export function removeTemporaryFilesOnExit(
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeTemporaryFiles);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      exit(SIGNAL_EXIT[signal]);
    });
  }
}
