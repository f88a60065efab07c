import { promises as fsPromises, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import {
  assertReplaceable,
  createFileExclusively,
  FileTakenError,
  replaceFileInPlace,
} from '../../../src/adapters/xlsx';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir();
const at = (name: string): string => join(tmp.path(), name);

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('createFileExclusively', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes the first free candidate and returns it', async () => {
    const [a, b, c] = [at('a.xlsx'), at('b.xlsx'), at('c.xlsx')];
    writeFileSync(a, 'taken');
    expect(await createFileExclusively([a, b, c], Buffer.from('new'))).toBe(b);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['taken', 'new']);
    expect(readdirSync(tmp.path()).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('throws FileTakenError, leaving the file and no temporary file, when every candidate is taken', async () => {
    const path = join(tmp.path(), 'a.xlsx');
    writeFileSync(path, 'taken');
    await expect(createFileExclusively([path], Buffer.from('new'))).rejects.toThrow(FileTakenError);
    expect(readFileSync(path, 'utf8')).toBe('taken');
    expect(readdirSync(tmp.path())).toEqual(['a.xlsx']);
  });

  it('where hard links are not supported, copies exclusively, still never replacing a file', async () => {
    jest.spyOn(fsPromises, 'link').mockRejectedValue(errno('EPERM'));
    const [a, b] = [at('a.xlsx'), at('b.xlsx')];
    writeFileSync(a, 'taken');
    expect(await createFileExclusively([a, b], Buffer.from('new'))).toBe(b);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['taken', 'new']);
    expect(readdirSync(tmp.path()).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('passes any other failure on, removing its temporary file', async () => {
    jest.spyOn(fsPromises, 'link').mockRejectedValue(errno('EIO'));
    await expect(createFileExclusively([join(tmp.path(), 'a.xlsx')], Buffer.from('x'))).rejects.toThrow(
      'EIO',
    );
    expect(readdirSync(tmp.path())).toEqual([]);
  });
});

describe('replaceFileInPlace', () => {
  afterEach(() => jest.restoreAllMocks());

  it('leaves the file as it was and no temporary file when writing throws half way', async () => {
    const path = join(tmp.path(), 'a.xlsx');
    writeFileSync(path, 'before');
    const probe = await fsPromises.open(path, 'r');
    const handlePrototype = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    jest.spyOn(handlePrototype, 'sync').mockRejectedValue(errno('ENOSPC'));
    await expect(replaceFileInPlace(path, Buffer.from('after'))).rejects.toThrow('ENOSPC');
    expect(readFileSync(path, 'utf8')).toBe('before');
    expect(readdirSync(tmp.path())).toEqual(['a.xlsx']);
  });
});

describe('assertReplaceable', () => {
  it('lets a missing file through (reading it reports that) and a writable one', async () => {
    await expect(assertReplaceable(join(tmp.path(), 'missing.xlsx'))).resolves.toBeUndefined();
    const path = join(tmp.path(), 'a.xlsx');
    writeFileSync(path, 'x', { mode: 0o200 });
    await expect(assertReplaceable(path)).resolves.toBeUndefined();
  });
});
