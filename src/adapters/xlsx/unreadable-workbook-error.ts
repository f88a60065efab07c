/** A file that cannot be opened as an .xlsx workbook; the message is for the user, in Korean then English. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly path: string,
    readonly messageKo: string,
    readonly messageEn: string,
  ) {
    super(`${messageKo} (${messageEn})`);
    this.name = 'UnreadableWorkbookError';
  }
}
