import { existsSync, promises as fsPromises, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { startChild, transpileForChild } from '../helpers/child-modules';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Issue 9.2: the output is created exclusively. The existence check at the start of a run is not
 * enough: a file that appears at the output path while the run computes (another run, another
 * program) is never replaced. The race is made deterministic by creating the file at the moment
 * the temporary file is opened, i.e. after every check and before the file is put in place.
 */

const tmp = useTempDir('yeondong-race-');

async function exampleInput(): Promise<string> {
  const path = join(tmp.path(), '계약.xlsx');
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

/** While the next temporary file is being opened, another program writes `path`. */
function fileAppearsWhileSaving(path: string, contents: string): jest.SpyInstance {
  const open = fsPromises.open.bind(fsPromises);
  return jest.spyOn(fsPromises, 'open').mockImplementation(async (file, ...rest) => {
    if (String(file).endsWith('.tmp') && !existsSync(path)) writeFileSync(path, contents);
    return open(file, ...rest);
  });
}

function leftovers(): string[] {
  return readdirSync(tmp.path()).filter((name) => name.endsWith('.tmp'));
}

async function hasChangeTable(path: string): Promise<boolean> {
  return (await readWorkbookFile(path)).sheets.some((sheet) => sheet.name === SHEET.changeTable);
}

describe('an output file that appears during a run', () => {
  afterEach(() => jest.restoreAllMocks());

  it('-o: is left as it was, and the run exits 2 saying its result was not saved', async () => {
    const input = await exampleInput();
    const output = join(tmp.path(), '결과.xlsx');
    fileAppearsWhileSaving(output, 'the other run');
    const run = await runCli(['compute', input, '-o', output]);
    expect(run.code).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('the other run');
    expect(run.stderr).toContain(`저장하는 사이에 같은 이름의 파일이 생겨 덮어쓰지 않았습니다: ${output}`);
    expect(run.stderr).toContain('was not overwritten');
    expect(leftovers()).toEqual([]);
  });

  it('default name: the result goes to "(2)" and says so; the other file is left as it was', async () => {
    const input = await exampleInput();
    const taken = join(tmp.path(), '계약-연동결과.xlsx');
    fileAppearsWhileSaving(taken, 'the other run');
    const run = await runCli(['compute', input]);
    expect(run.code).toBe(0);
    const second = join(tmp.path(), '계약-연동결과 (2).xlsx');
    expect(run.stdout).toContain(`결과 파일 (output): ${second}`);
    expect(readFileSync(taken, 'utf8')).toBe('the other run');
    expect(await hasChangeTable(second)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('template: is left as it was (exit 2)', async () => {
    const output = join(tmp.path(), '양식.xlsx');
    fileAppearsWhileSaving(output, 'mine');
    const run = await runCli(['template', output]);
    expect(run.code).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('mine');
  });
});

describe('two computes at once', () => {
  // Both runs pass the existence check before either saves: each checks synchronously at its
  // start, then waits for its input to be read.
  it('with the same -o: one result is written, the other run exits 2 instead of replacing it', async () => {
    const input = await exampleInput();
    const output = join(tmp.path(), '결과.xlsx');
    const runs = await Promise.all([
      runCli(['compute', input, '-o', output]),
      runCli(['compute', input, '-o', output]),
    ]);
    expect(runs.map((run) => run.code).sort()).toEqual([0, 2]);
    const refused = runs.find((run) => run.code === 2);
    expect(refused?.stderr).toContain('덮어쓰지 않았습니다');
    expect(await hasChangeTable(output)).toBe(true);
    expect(readdirSync(tmp.path()).sort()).toEqual(['결과.xlsx', '계약.xlsx']);
  });

  it('without -o: both results are kept, under two names, each run naming its own', async () => {
    const input = await exampleInput();
    const runs = await Promise.all([runCli(['compute', input]), runCli(['compute', input])]);
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const names = ['계약-연동결과.xlsx', '계약-연동결과 (2).xlsx'];
    expect(readdirSync(tmp.path()).sort()).toEqual([
      '계약-연동결과 (2).xlsx',
      '계약-연동결과.xlsx',
      '계약.xlsx',
    ]);
    const reported = runs.map((run) => /결과 파일 \(output\): (.*)\n/.exec(run.stdout)?.[1]);
    expect(reported.sort()).toEqual(names.map((name) => join(tmp.path(), name)).sort());
    for (const name of names) expect(await hasChangeTable(join(tmp.path(), name))).toBe(true);
  });

  it('in two real processes saving to the same default name: two files, each result once', async () => {
    const modules = join(tmp.path(), 'modules');
    transpileForChild(['src/adapters/xlsx/save-workbook-file.ts', 'src/cli/output-path.ts'], modules);
    const script = join(modules, 'save-child.js');
    writeFileSync(
      script,
      `const { createFileExclusively } = require('./src/adapters/xlsx/save-workbook-file.js');
const { copyPaths } = require('./src/cli/output-path.js');
const [target, label] = process.argv.slice(2);
process.stdin.once('data', async () => {
  const written = await createFileExclusively(copyPaths(target), Buffer.from(label));
  process.stdout.write('wrote ' + written + '\\n');
  process.stdin.destroy();
});
process.stdout.write('ready\\n');
`,
    );
    const target = join(tmp.path(), 'out', '결과.xlsx');
    const second = join(tmp.path(), 'out', '결과 (2).xlsx');
    await fsPromises.mkdir(join(tmp.path(), 'out'));
    const children = ['first', 'second'].map((label) => startChild(script, [target, label]));
    await Promise.all(children.map((child) => child.waitFor('ready')));
    // Released together: the save of each may run before, after or between the other's steps.
    for (const child of children) child.send('go\n');
    const ends = await Promise.all(children.map((child) => child.done));
    expect(ends.map((end) => [end.code, end.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const written = ends.map((end) =>
      end.stdout
        .split('\n')
        .find((line) => line.startsWith('wrote '))
        ?.slice(6),
    );
    expect([...written].sort()).toEqual([target, second].sort());
    expect(ends.map((_end, at) => readFileSync(written[at] ?? '', 'utf8'))).toEqual(['first', 'second']);
    expect(readdirSync(join(tmp.path(), 'out')).sort()).toEqual(['결과 (2).xlsx', '결과.xlsx']);
  });
});
