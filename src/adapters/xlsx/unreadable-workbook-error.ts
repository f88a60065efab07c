/**
 * A file that cannot be opened as an .xlsx workbook; the message is for the user, in Korean then
 * English, and names the file. `detail` is what the library underneath said, if anything: a
 * technical note shown apart from the message, never instead of it.
 */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly path: string,
    readonly messageKo: string,
    readonly messageEn: string,
    readonly detail: string | null = null,
  ) {
    super(`${messageKo} (${messageEn})`);
    this.name = 'UnreadableWorkbookError';
  }
}
