import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readWorkbookFile, UnreadableWorkbookError } from '../../src/adapters/xlsx';
import { encodeXstring } from '../../src/adapters/xlsx/ooxml-text';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { sheetOf } from '../helpers/grid-lookup';
import { EXAMPLE_ONE, writeInputWorkbook, type InputRows } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Issue 9: files built to mislead. A zip entry edited without its CRC-32, a workbook that makes
 * exceljs itself fail, and cell text holding terminal escapes and bidirectional overrides.
 * (Output paths and --in-place are in test/cli/output-race and in-place-permissions.)
 */

const tmp = useTempDir('yeondong-attack-');
const STACK_TRACE = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;
/** What must never reach the terminal raw. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function exampleBytes(rows: InputRows = EXAMPLE_ONE): Promise<Buffer> {
  const path = join(tmp.path(), 'example.xlsx');
  await writeInputWorkbook(path, rows);
  return readFileSync(path);
}

/** The workbook rezipped without compression, so that its XML can be edited in the bytes. */
async function storedZip(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

function replaceOnce(bytes: Buffer, from: string, to: string): Buffer {
  expect(to.length).toBe(from.length);
  const at = bytes.indexOf(from);
  expect(at).toBeGreaterThan(0);
  expect(bytes.indexOf(from, at + 1)).toBe(-1);
  const edited = Buffer.from(bytes);
  edited.write(to, at, 'latin1');
  return edited;
}

describe('a zip entry that fails its CRC-32 check', () => {
  it('is the unchanged workbook computed normally (the control case)', async () => {
    const input = join(tmp.path(), 'input.xlsx');
    writeFileSync(input, await storedZip(await exampleBytes()));
    const run = await runCli(['compute', input, '--json', '-o', join(tmp.path(), 'out.xlsx')]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.adjustments[0]?.materials[0]?.comparisonPrice).toBe('10080');
  });

  it('is refused as unreadable (exit 1, no output), not computed with the edited price', async () => {
    // 10,080 → 19,080 in the prices sheet, the CRC-32 of the entry left as it was.
    const input = join(tmp.path(), 'input.xlsx');
    writeFileSync(input, replaceOnce(await storedZip(await exampleBytes()), '<v>10080</v>', '<v>19080</v>'));
    const run = await runCli(['compute', input, '--json', '-o', join(tmp.path(), 'out.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `[오류] Excel 통합 문서(.xlsx)로 열 수 없습니다: ${input}. 파일이 손상되었습니다`,
    );
    expect(run.stderr).toContain('fails its CRC-32 check');
    expect(run.stderr).toContain('세부 정보 (detail): Corrupted zip : CRC32 mismatch');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(tmp.path(), 'out.xlsx'))).toBe(false);
    await expect(readWorkbookFile(input)).rejects.toThrow(UnreadableWorkbookError);
    expect((await runCli(['verify', input])).code).toBe(1);
  });
});

describe('a workbook that makes exceljs fail while loading', () => {
  it('gets a sentence naming the file, with what exceljs said only as a detail line', async () => {
    // A shared-string index past the end of the table: exceljs reads `undefined.richText`.
    const zip = await JSZip.loadAsync(await exampleBytes());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheet).toContain('<c r="A1" t="s"><v>0</v></c>');
    zip.file('xl/worksheets/sheet1.xml', (sheet ?? '').replace('<v>0</v>', '<v>999999</v>'));
    const input = join(tmp.path(), 'input.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = await runCli(['compute', input]);
    expect(run.code).toBe(1);
    const [korean, english, detail, ...rest] = run.stderr.split('\n');
    expect(korean).toBe(
      `[오류] Excel 통합 문서(.xlsx)로 열 수 없습니다: ${input}. 통합 문서의 내용이 손상되었거나 읽을 수 없는 형식입니다. Excel에서 열어 .xlsx로 다시 저장한 뒤 실행하세요.`,
    );
    expect(english).toMatch(
      /^ {7}cannot open as an Excel workbook \(\.xlsx\): .*input\.xlsx\. Its contents are damaged/,
    );
    expect(detail).toMatch(/^ {7}세부 정보 \(detail\): Cannot read properties of undefined/);
    expect(rest).toEqual(['']);
  });
});

describe('cell text with terminal escapes and bidirectional overrides', () => {
  // Clears the screen, retitles the window, recolours through a C1 CSI, and reverses the rest.
  const HOSTILE = '\u001b[2J\u001b]0;owned\u0007\r2024-01-10\u009b31m\u202egnp.exe\u2066';
  const SHOWN = '\\x1b[2J\\x1b]0;owned\\x07\\x0d2024-01-10\\x9b31m\\u202egnp.exe\\u2066';
  const [agreement] = EXAMPLE_ONE.agreements ?? [];
  // Stored the way Excel stores control characters (`_x001B_`): exceljs would drop them raw.
  const stored = (text: string): string => encodeXstring(text);

  it('reach the terminal as visible escapes, and the JSON with their exact value', async () => {
    const input = join(tmp.path(), 'input.xlsx');
    await writeInputWorkbook(input, {
      ...EXAMPLE_ONE,
      agreements: [{ ...agreement, signedOn: stored(HOSTILE) }],
    });
    const run = await runCli(['compute', input, '--json', '-o', join(tmp.path(), 'out.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain(`입력값: "${SHOWN}"`);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.issues.map((issue) => issue.message)).toContainEqual(
      expect.stringContaining(`입력값: "${HOSTILE}"`),
    );
  });

  it('are written to the workbook and the JSON unchanged', async () => {
    const material = `구리${HOSTILE}`;
    const input = join(tmp.path(), 'input.xlsx');
    await writeInputWorkbook(input, {
      ...EXAMPLE_ONE,
      agreements: [{ ...agreement, material: stored(material) }],
    });
    const output = join(tmp.path(), 'out.xlsx');
    const run = await runCli(['compute', input, '--json', '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect((JSON.parse(run.stdout) as JsonReport).adjustments[0]?.materials[0]?.material).toBe(material);
    const grids = await readWorkbookFile(output);
    const cells = (name: string): unknown[] =>
      sheetOf(grids, name)
        .cells.flat()
        .map((cell) => cell.value);
    expect(cells(SHEET.agreements)).toContain(material);
    expect(cells(SHEET.changeTable)).toContain(material);
    expect(readdirSync(tmp.path()).sort()).toEqual(['input.xlsx', 'out.xlsx']);
  });

  it('in a file name are escaped in the message naming it', async () => {
    const run = await runCli(['compute', join(tmp.path(), 'in\u001b[31m\u202e.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('파일이 없습니다');
    expect(run.stderr).toContain('in\\x1b[31m\\u202e.xlsx');
  });
});
