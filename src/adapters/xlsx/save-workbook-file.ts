import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import type ExcelJS from 'exceljs';

/**
 * Writes the workbook to `path` so that the file is never left half written: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), are flushed to
 * disk, and only then replace the target. On any failure the target is untouched.
 * `transform` may rewrite the bytes before they are written (e.g. to fix zip timestamps).
 */
export async function saveWorkbookFile(
  workbook: ExcelJS.Workbook,
  path: string,
  transform: (bytes: Buffer) => Buffer = (bytes) => bytes,
): Promise<void> {
  const bytes = transform(Buffer.from(await workbook.xlsx.writeBuffer()));
  await writeFileAtomically(path, bytes);
}

export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, path);
  } catch (failure) {
    await fs.rm(temporary, { force: true });
    throw failure;
  }
}
