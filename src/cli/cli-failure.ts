/** Exit statuses (DOMAIN §5). */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the user can act on, with the exit status it ends in. The message is printed as
 * is (Korean, then English), never with a stack trace.
 */
export class CliFailure extends Error {
  constructor(
    readonly messageKo: string,
    readonly messageEn: string,
    readonly exitCode: ExitCode,
  ) {
    super(`${messageKo} (${messageEn})`);
    this.name = 'CliFailure';
  }
}

/** A wrong command line: exit 2, with the usage text. */
export class UsageError extends CliFailure {
  constructor(messageKo: string, messageEn: string) {
    super(messageKo, messageEn, EXIT.usage);
    this.name = 'UsageError';
  }
}
