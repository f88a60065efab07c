import { randomBytes } from 'crypto';
import { constants, promises as fs, type Stats } from 'fs';
import { basename, dirname, join } from 'path';
import { Writable } from 'stream';
import type ExcelJS from 'exceljs';
import { FileTakenError, ReadOnlyFileError } from './output-file-errors';
import { trackTemporaryFile, untrackTemporaryFile } from './temporary-files';

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
  const bytes = transform(await workbookBytes(workbook));
  await writeFileAtomically(path, bytes);
}

/** The .xlsx bytes of a workbook. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fills the (new, empty) temporary file through its handle; the handle is closed afterwards. */
export type FileFiller = (handle: fs.FileHandle) => Promise<void>;

/**
 * A stream into the temporary file's handle. Destroying it (a failed write) leaves the handle
 * open, for the save to close and remove, where a stream on the descriptor would close it.
 */
export function handleStream(handle: fs.FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      writeAll(handle, chunk).then(() => done(), done);
    },
  });
}

async function writeAll(handle: fs.FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/** A filler that writes these bytes. */
function bytesFiller(bytes: Uint8Array): FileFiller {
  return async (handle) => {
    await handle.writeFile(bytes);
  };
}

/** Replaces whatever is at `path` by a rename: only for files the program itself owns (the sample). */
export async function writeFileAtomically(path: string, bytes: Uint8Array | FileFiller): Promise<void> {
  await withTemporaryFile(path, fillerOf(bytes), null, (temporary) => fs.rename(temporary, path));
}

/**
 * Puts a new file at the first free path of `candidates` (all in one folder) and returns it. A
 * file is never replaced, not even one that appeared while the bytes were being written: the
 * complete temporary file is hard-linked to the name, which fails when anything is there, and
 * the next candidate is tried. Throws FileTakenError when every candidate is taken.
 */
export async function createFileExclusively(
  candidates: Iterable<string>,
  bytes: Uint8Array | FileFiller,
): Promise<string> {
  const names = candidates[Symbol.iterator]();
  const first = names.next();
  if (first.done === true) throw new Error('createFileExclusively: no path given');
  const firstName: string = first.value;
  return withTemporaryFile(firstName, fillerOf(bytes), null, async (temporary) => {
    for (let name = firstName; ;) {
      if (await linkUnlessTaken(temporary, name)) return name;
      const next = names.next();
      if (next.done === true) throw new FileTakenError(name);
      name = next.value;
    }
  });
}

/**
 * Replaces an existing file as an editor saving it would: through a symbolic link to the file it
 * points at (the link stays a link), keeping the file's permissions and, where the process may,
 * its owner and group. The bytes go to a temporary file beside the real file, which is renamed
 * over it. A read-only file is refused with ReadOnlyFileError, also when running as root.
 */
export async function replaceFileInPlace(path: string, bytes: Uint8Array | FileFiller): Promise<void> {
  const real = await fs.realpath(path);
  const before = await fs.stat(real);
  await assertWritable(path, real, before);
  await withTemporaryFile(real, fillerOf(bytes), before, (temporary) => fs.rename(temporary, real));
}

function fillerOf(bytes: Uint8Array | FileFiller): FileFiller {
  return typeof bytes === 'function' ? bytes : bytesFiller(bytes);
}

/**
 * Throws ReadOnlyFileError when `path` exists and may not be replaced in place: no write
 * permission bit set at all (root could write it, but its owner marked it read-only), or no
 * write access for this process. A missing file passes: reading it will report that.
 */
export async function assertReplaceable(path: string): Promise<void> {
  let real: string;
  let stats: Stats;
  try {
    real = await fs.realpath(path);
    stats = await fs.stat(real);
  } catch {
    return;
  }
  await assertWritable(path, real, stats);
}

async function assertWritable(path: string, real: string, stats: Stats): Promise<void> {
  if ((stats.mode & 0o222) === 0) throw new ReadOnlyFileError(path);
  try {
    await fs.access(real, constants.W_OK);
  } catch {
    throw new ReadOnlyFileError(path);
  }
}

/** Where hard links cannot be made (FAT drives, some network shares), an exclusive copy stands in. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Gives the temporary file a second name, `target`; false when something already has that name. */
async function linkUnlessTaken(temporary: string, target: string): Promise<boolean> {
  try {
    await fs.link(temporary, target);
    return true;
  } catch (failure) {
    if (errorCode(failure) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(errorCode(failure) ?? '')) throw failure;
  }
  try {
    await fs.copyFile(temporary, target, constants.COPYFILE_EXCL);
    return true;
  } catch (failure) {
    if (errorCode(failure) === 'EEXIST') return false;
    throw failure;
  }
}

/**
 * Fills a fresh temporary file beside `beside`, flushes it to disk, hands it to `place`, and
 * removes it afterwards whatever happened (after a rename there is nothing left to remove; after
 * a link, the temporary name goes). With `keep`, the temporary file takes that file's owner,
 * group and permissions before it is placed, and is private until then.
 */
async function withTemporaryFile<T>(
  beside: string,
  fill: FileFiller,
  keep: Stats | null,
  place: (temporary: string) => Promise<T>,
): Promise<T> {
  const temporary = join(dirname(beside), `.${basename(beside)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporaryFile(temporary);
  try {
    const handle = await fs.open(temporary, 'wx', keep === null ? 0o666 : 0o600);
    try {
      await fill(handle);
      if (keep !== null) await keepOwnerAndMode(handle, keep);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return await place(temporary);
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    untrackTemporaryFile(temporary);
  }
}

async function keepOwnerAndMode(handle: fs.FileHandle, stats: Stats): Promise<void> {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid !== undefined && (stats.uid !== uid || stats.gid !== gid)) {
    try {
      await handle.chown(stats.uid, stats.gid);
    } catch (failure) {
      // Only root may give a file away; others keep the permissions, not the owner.
      if (errorCode(failure) !== 'EPERM') throw failure;
    }
  }
  // After chown, which clears set-user-ID and set-group-ID bits.
  await handle.chmod(stats.mode & 0o7777);
}

function errorCode(failure: unknown): string | undefined {
  if (typeof failure !== 'object' || failure === null || !('code' in failure)) return undefined;
  return typeof failure.code === 'string' ? failure.code : undefined;
}
