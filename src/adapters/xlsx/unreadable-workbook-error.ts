import type { Bilingual } from '../../domain/issues';

/**
 * A file that cannot be opened as an .xlsx workbook; the text is for the user, in Korean then
 * English, and names the file. `detail` is what the library underneath said, if anything: a
 * technical note shown apart from the text, never instead of it.
 */
export class UnreadableWorkbookError extends Error {
  readonly path: string;
  readonly text: Bilingual;
  readonly detail: string | null;

  constructor({ path, text, detail = null }: { path: string; text: Bilingual; detail?: string | null }) {
    super(`${text.ko} (${text.en})`);
    this.name = 'UnreadableWorkbookError';
    this.path = path;
    this.text = text;
    this.detail = detail;
  }
}
