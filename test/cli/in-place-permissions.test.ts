import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { startChild, transpileForChild } from '../helpers/child-modules';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Issue 9.3: --in-place respects the file it replaces: a read-only file is refused (also for
 * root, who could write it anyway), permissions and owner are kept, a symbolic link is written
 * through, and no temporary file is left behind, not even when the run is interrupted.
 */

const tmp = useTempDir('yeondong-inplace-');
const isRoot = process.getuid?.() === 0;

async function exampleInput(folder = tmp.path()): Promise<string> {
  const path = join(folder, '계약.xlsx');
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

async function hasChangeTable(path: string): Promise<boolean> {
  return (await readWorkbookFile(path)).sheets.some((sheet) => sheet.name === SHEET.changeTable);
}

const mode = (path: string): number => statSync(path).mode & 0o7777;

describe('compute --in-place', () => {
  it('refuses a read-only (0444) file with exit 2 and a message, leaving it as it was', async () => {
    const input = await exampleInput();
    chmodSync(input, 0o444);
    const before = readFileSync(input);
    const run = await runCli(['compute', input, '--in-place']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`[오류] 읽기 전용 파일이라 바꾸지 않았습니다: ${input}`);
    expect(run.stderr).toContain('the file is read-only and was left unchanged');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(mode(input)).toBe(0o444);
    expect(readdirSync(tmp.path())).toEqual(['계약.xlsx']);
  });

  it('refuses a read-only file reached through a symbolic link', async () => {
    const input = await exampleInput();
    chmodSync(input, 0o400);
    const link = join(tmp.path(), 'link.xlsx');
    symlinkSync(input, link);
    const before = readFileSync(input);
    expect((await runCli(['compute', link, '--in-place'])).code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps a private (0600) file private', async () => {
    const input = await exampleInput();
    chmodSync(input, 0o600);
    expect((await runCli(['compute', input, '--in-place'])).code).toBe(0);
    expect(await hasChangeTable(input)).toBe(true);
    expect(mode(input)).toBe(0o600);
  });

  it('keeps an unusual mode (0640) exactly', async () => {
    const input = await exampleInput();
    chmodSync(input, 0o640);
    expect((await runCli(['compute', input, '--in-place'])).code).toBe(0);
    expect(mode(input)).toBe(0o640);
  });

  (isRoot ? it : it.skip)(
    'as root, keeps the owner and group of a file that belongs to another user',
    async () => {
      const input = await exampleInput();
      chownSync(input, 4321, 4322);
      chmodSync(input, 0o600);
      expect((await runCli(['compute', input, '--in-place'])).code).toBe(0);
      const after = statSync(input);
      expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([4321, 4322, 0o600]);
      expect(await hasChangeTable(input)).toBe(true);
    },
  );

  it('writes through a symbolic link: the link stays, the file it points at gets the result', async () => {
    const real = join(tmp.path(), 'real');
    mkdirSync(real);
    const input = await exampleInput(real);
    const link = join(tmp.path(), 'link.xlsx');
    symlinkSync(input, link);
    const run = await runCli(['compute', link, '--in-place']);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(input);
    expect(await hasChangeTable(input)).toBe(true);
    expect(readdirSync(real)).toEqual(['계약.xlsx']);
    expect(readdirSync(tmp.path()).sort()).toEqual(['link.xlsx', 'real']);
  });
});

describe('a save interrupted by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: removes the temporary file and exits %i', async (signal, code) => {
    const modules = join(tmp.path(), 'modules');
    transpileForChild(['src/adapters/xlsx/save-workbook-file.ts'], modules);
    const script = join(modules, 'interrupted-save.js');
    // The save stops for good just before putting the file in place, with its temporary file written.
    writeFileSync(
      script,
      `const fs = require('fs');
const { removeTemporaryFilesOnExit } = require('./src/adapters/xlsx/temporary-files.js');
const { createFileExclusively } = require('./src/adapters/xlsx/save-workbook-file.js');
removeTemporaryFilesOnExit();
fs.promises.link = () => {
  process.stdout.write('saving\\n');
  return new Promise(() => undefined);
};
setInterval(() => undefined, 60000);
void createFileExclusively([process.argv[2]], Buffer.from('result'));
`,
    );
    const folder = join(tmp.path(), 'out');
    mkdirSync(folder);
    const child = startChild(script, [join(folder, '결과.xlsx')]);
    await child.waitFor('saving');
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^\.결과\.xlsx\.[0-9a-f]{12}\.tmp$/)]);
    child.kill(signal);
    const end = await child.done;
    expect([end.code, end.stderr]).toEqual([code, '']);
    expect(readdirSync(folder)).toEqual([]);
  });
});
