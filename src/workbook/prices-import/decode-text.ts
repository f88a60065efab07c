/** How the bytes of a text file were read. */
type TextEncodingName = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le (BOM)' | 'cp949';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Decodes CP949 (Windows Korean, what Excel and ECOS save "CSV" as on Korean Windows). */
export type LegacyDecoder = (bytes: Uint8Array) => string;

/**
 * A text file's bytes → text. A byte-order mark decides; without one, valid UTF-8 is UTF-8
 * (plain ASCII included) and anything else is taken as CP949, decoded by `cp949` — the
 * browser's TextDecoder('euc-kr') (WHATWG maps it to windows-949) or iconv-lite under Node,
 * whose own 'euc-kr' decoder knows only the 2,350 KS X 1001 syllables.
 */
export function decodeTextBytes(bytes: Uint8Array, cp949: LegacyDecoder): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: cp949(bytes), encoding: 'cp949' };
  }
}
