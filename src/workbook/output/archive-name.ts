import type { IsoDate } from '../../domain/dates';
import type { SheetGrid } from '../grid/grid';
import { MAX_SHEET_NAME_LENGTH, SHEET } from '../grid/sheet-names';
import { findTitleDate, TITLE_LABEL } from './title-block';

/** Characters Excel refuses in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * The name an existing output sheet is renamed to before a new one takes its place (DOMAIN §4:
 * never overwrite a signed table silently): "납품단가 변동표 2026-11-25", the date being the
 * 작성일 of its title block (else `today`), then " (2)", " (3)"… while the name is taken.
 * `baseName` defaults to the existing sheet's name.
 */
export function archiveSheetName(
  existing: SheetGrid | null,
  existingNames: readonly string[],
  today: IsoDate,
  baseName: string = existing?.name ?? SHEET.changeTable,
): string {
  const date = (existing && findTitleDate(existing, TITLE_LABEL.createdOn)) ?? today;
  const taken = new Set(existingNames.map(sheetNameKey));
  const stem = `${sanitize(baseName)} ${date}`;
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const name = fit(stem, suffix);
    if (!taken.has(sheetNameKey(name))) {
      return name;
    }
  }
}

/** Excel compares sheet names without regard to case. */
function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase();
}

function sanitize(name: string): string {
  return (
    name
      .replace(FORBIDDEN, '-')
      .trim()
      // Excel refuses an apostrophe at either end; white space may hide one ("  ' ").
      .replace(/^'+|'+$/g, '')
      .trim() || SHEET.changeTable
  );
}

/** Shortens the stem's front part, never the date or the copy number, to stay within 31 characters. */
function fit(stem: string, suffix: string): string {
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  if (stem.length <= room) {
    return `${stem}${suffix}`;
  }
  const date = stem.slice(stem.lastIndexOf(' '));
  // Cut by whole characters so that a surrogate pair is never split.
  let head = '';
  for (const char of stem.slice(0, stem.length - date.length)) {
    if (head.length + char.length > room - date.length) {
      break;
    }
    head += char;
  }
  head = head.trimEnd();
  return `${head}${date}${suffix}`.replace(/^'+/, '').trimStart();
}
