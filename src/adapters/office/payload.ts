/**
 * Request size estimates. Excel on the web refuses a request or response larger than 5 MB; the
 * adapter keeps every context.sync() below PAYLOAD_BUDGET_BYTES by estimating what each range
 * operation carries (its JSON) and splitting rows only when the estimate says so.
 */

/** What one context.sync() may carry, well under Excel on the web's 5 MB limit. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** JSON that Office.js wraps around each queued operation (object path, action, ids). */
export const OPERATION_OVERHEAD_BYTES = 256;

/**
 * What one cell is expected to cost in a read response (values, numberFormat and formulas): a
 * template cell takes about 26 bytes. Content is unknown until it arrives, so a response that
 * still proves too large is split again (isPayloadTooLarge).
 */
export const READ_BYTES_PER_CELL = 48;

/** Office.js error codes for a request or response over Excel on the web's size limit. */
const PAYLOAD_ERRORS = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

export function isPayloadTooLarge(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
  return typeof code === 'string' && PAYLOAD_ERRORS.includes(code);
}

/** Bytes of `text` in UTF-8 (Hangul takes three). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value once serialized as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/**
 * Splits `items` in order into groups whose summed cost stays within `budget`. An item costlier
 * than the whole budget gets a group of its own (the caller makes items small enough).
 */
export function packBySize<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const itemCost = cost(item);
    if (current.length > 0 && used + itemCost > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += itemCost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
