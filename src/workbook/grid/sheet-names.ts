/** Sheet names of the workbook contract (DOMAIN.md §2 and §4). */
export const SHEET = {
  agreements: '연동약정',
  prices: '원재료가격',
  fx: '환율',
  deliveries: '납품실적',
  /** The signed record, in the standard agreement's 【첨부2】 form (DOMAIN §4.1). */
  changeTable: '납품단가 변동표',
  /** Every number of the calculation as live formulas (DOMAIN §4.2); the 변동표 points at it. */
  calculation: '연동 계산 내역',
  review: '연동 검토내역',
  /** The 【첨부1】 연동표 (DOMAIN §4.4): the agreed terms, drafted before any price moves. */
  agreementTable: '연동표',
} as const;

/** Excel refuses sheet names longer than this. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters that take no room on screen: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * The form under which sheet names look alike: width (NFKC), case, white space of any kind
 * (U+00A0, U+3000 included) and invisible characters do not count. "연동 약정", "연동약정\u200b"
 * and "ＡＢＣ" compare equal to "연동약정" and "abc".
 */
export function sheetNameKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, '').toLowerCase();
}

/** A sheet name with its invisible characters shown as code points: "연동약정<U+200B>". */
export function visibleSheetName(name: string): string {
  return name.replace(
    INVISIBLE,
    (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
