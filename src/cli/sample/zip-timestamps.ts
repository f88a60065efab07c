/**
 * Sets every entry time of a zip archive (an .xlsx file) to one fixed moment, so that the same
 * workbook always gives the same bytes. The zip library stamps entries with the current time;
 * the times sit in fixed header fields that no checksum covers.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface DosTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function withFixedZipTimes(bytes: Buffer, at: DosTime): Buffer {
  const zip = Buffer.from(bytes);
  const end = findEndOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  const date = ((at.year - 1980) << 9) | (at.month << 5) | at.day;
  let offset = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry += 1) {
    expectSignature(zip, offset, DIRECTORY_ENTRY);
    zip.writeUInt16LE(0, offset + 12);
    zip.writeUInt16LE(date, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    expectSignature(zip, local, LOCAL_HEADER);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(date, local + 12);
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}

function findEndOfDirectory(zip: Buffer): number {
  const last = zip.length - END_RECORD_SIZE;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('not a zip archive: no end-of-directory record');
}

function expectSignature(zip: Buffer, at: number, signature: number): void {
  if (at + 4 > zip.length || zip.readUInt32LE(at) !== signature) {
    throw new Error(`not a zip archive: bad record at byte ${at}`);
  }
}
