/**
 * Text in an .xlsx file is XML, which cannot hold most control characters and turns a carriage
 * return into a line feed. OOXML escapes such characters as `_xHHHH_` (and a literal `_xHHHH_`
 * as `_x005F_xHHHH_`). exceljs decodes these escapes when it reads a file but neither escapes
 * nor keeps such characters when it writes one (it drops control characters), so the adapter
 * escapes text itself before writing: "\r=1+1" then survives a round trip unchanged.
 */

/** What exceljs decodes on reading (upper-case hexadecimal only). */
const ESCAPE = /_x[0-9A-F]{4}_/g;
// Tab (09) and line feed (0A) are kept as they are; XML holds them.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/** Anything encodeXstring would change. */
// eslint-disable-next-line no-control-regex
const NEEDS_ENCODING = /_x[0-9A-F]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;

/** Text as it must be stored in the file for a reader to get it back. */
export function encodeXstring(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  return text
    .replace(ESCAPE, (match) => `_x005F${match}`)
    .replace(UNSAFE, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
