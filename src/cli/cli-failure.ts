import type { Bilingual } from '../domain/issues';

/** Exit statuses (DOMAIN §5). */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the user can act on, with the exit status it ends in. The text is printed as is
 * (Korean, then English), never with a stack trace.
 */
export class CliFailure extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode: ExitCode,
  ) {
    super(`${text.ko} (${text.en})`);
    this.name = 'CliFailure';
  }
}

/** A wrong command line: exit 2, with the usage text. */
export class UsageError extends CliFailure {
  constructor(text: Bilingual) {
    super(text, EXIT.usage);
    this.name = 'UsageError';
  }
}
