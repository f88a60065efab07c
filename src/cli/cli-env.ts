import { resolve } from 'path';
import { removeTemporaryFilesOnExit } from '../adapters/xlsx';
import { makeDate, type IsoDate } from '../domain/dates';

/** What a command may touch besides files: its two output streams, today's date, the package folder. */
export interface CliEnv {
  /** Results: the JSON report, or the human summary when there is no JSON. */
  readonly out: (text: string) => void;
  /** Diagnostics: issues, and the human text when stdout carries JSON. */
  readonly err: (text: string) => void;
  /** The 작성일 written on output sheets. */
  readonly today: () => IsoDate;
  /** The package folder, where assets/ and out/ live. */
  readonly packageRoot: string;
}

/** The calendar day where the user is: contracts are dated in local time, not UTC. */
function localToday(): IsoDate {
  const now = new Date();
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function processEnv(): CliEnv {
  // `yeondong compute --json | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', ignoreBrokenPipe);
  // Ctrl-C while saving leaves no hidden temporary file behind (exit 130, or 143 on SIGTERM).
  removeTemporaryFilesOnExit();
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    today: localToday,
    // src/cli and lib/cli both sit two levels below the package folder.
    packageRoot: resolve(__dirname, '..', '..'),
  };
}

function ignoreBrokenPipe(failure: NodeJS.ErrnoException): void {
  if (failure.code !== 'EPIPE') throw failure;
}
