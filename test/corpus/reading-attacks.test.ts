import { writeFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile } from '../../src/adapters/xlsx';
import { RANGE_CELL_BUDGET } from '../../src/adapters/xlsx/range-limits';
import { ISSUE as I } from '../../src/domain/issues';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';
import { at, baseWorkbook, put, sheetOf } from './base-workbook';

/**
 * Issue 9.4–9.6 and the smaller reading attacks: each adversarial workbook goes through
 * `yeondong compute --json` in process. The outcome is asserted — exit code, the issue with its
 * code, sheet and cell, or the size of what was read — and that nothing prints a stack trace.
 * The files stay small (about 10 KB), as the attacks did; how long they take is not asserted.
 */

const tmp = useTempDir('yeondong-reading-');
const A = SHEET.agreements;
const P = SHEET.prices;
const STACK_TRACE = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;

type Patch = (zip: JSZip) => Promise<void>;

interface Outcome {
  readonly code: number;
  readonly stderr: string;
  readonly report: JsonReport | null;
  readonly output: string;
}

/** Writes the base workbook after `edit`, patches its zip parts, and runs compute on it. */
async function compute(edit: (workbook: ExcelJS.Workbook) => void, ...patches: Patch[]): Promise<Outcome> {
  const workbook = baseWorkbook();
  edit(workbook);
  let bytes: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (patches.length > 0) {
    const zip = await JSZip.loadAsync(bytes);
    for (const patch of patches) await patch(zip);
    bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  const input = join(tmp.path(), 'attack.xlsx');
  writeFileSync(input, bytes);
  const output = join(tmp.path(), 'out.xlsx');
  const run = await runCli(['compute', input, '--json', '-o', output]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toContain('예기치 못한 내부 오류');
  expect([0, 1, 2]).toContain(run.code);
  return {
    code: run.code,
    stderr: run.stderr,
    report: run.stdout === '' ? null : (JSON.parse(run.stdout) as JsonReport),
    output,
  };
}

/** Inserts XML after `</sheetData>` of the n-th worksheet part (validations and merges go there). */
function afterSheetData(sheet: number, xml: string): Patch {
  return async (zip) => {
    const path = `xl/worksheets/sheet${sheet}.xml`;
    const text = (await zip.file(path)?.async('string')) ?? '';
    if (!text.includes('</sheetData>')) throw new Error(`no </sheetData> in ${path}`);
    zip.file(path, text.replace('</sheetData>', `</sheetData>${xml}`));
  };
}

function replaceIn(path: string, from: string | RegExp, to: string): Patch {
  return async (zip) => {
    const text = (await zip.file(path)?.async('string')) ?? '';
    const patched = text.replace(from, to);
    if (patched === text) throw new Error(`nothing to replace in ${path}`);
    zip.file(path, patched);
  };
}

const validation = (sqref: string): string =>
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;

function issueOf(outcome: Outcome, code: string): JsonReport['issues'][number] | undefined {
  return outcome.report?.issues.find((issue) => issue.code === code);
}

/** A memo sheet next to the input sheets (the 4th sheet, sheet4.xml). */
function withMemo(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const memo = workbook.addWorksheet('메모');
  memo.getCell('A1').value = '메모';
  return memo;
}

describe('reading attacks (issue 9.4): small files that took gigabytes or minutes', () => {
  it('a stray cell at XFD40000 on an unrelated sheet is not read at all', async () => {
    const outcome = await compute((workbook) => {
      withMemo(workbook).getCell('XFD40000').value = 'x';
    });
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([]);
    expect(outcome.report?.adjustments).toHaveLength(1);
  });

  it('a stray cell at XFD40000 on 연동약정 itself is passed over', async () => {
    const outcome = await compute((workbook) => {
      sheetOf(workbook, 'agreements').getCell('XFD40000').value = 'x';
    });
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([]);
  });

  it('data validations on whole columns of 연동약정 and on a whole memo sheet are cut to the data', async () => {
    const columns = Array.from({ length: 28 }, (_, index) => String.fromCharCode(65 + (index % 26)))
      .slice(0, 26)
      .map((letter) => `${letter}1:${letter}1048576`)
      .join(' ');
    const outcome = await compute(
      withMemo,
      afterSheetData(1, validation(columns)),
      afterSheetData(4, validation('A1:XFD1048576')),
    );
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([]);
    const result = await loadWorkbookFile(outcome.output);
    const validated = (name: string): number => {
      const sheet = result.getWorksheet(name) as unknown as { dataValidations?: { model?: object } };
      return Object.keys(sheet.dataValidations?.model ?? {}).length;
    };
    // 연동약정 holds data in rows 1–2: the lists stay on rows 1–1002 of its 26 columns.
    expect(validated(A)).toBe(26 * 1002);
    expect(validated('메모')).toBe(1001);
    expect(validated(A) + validated('메모')).toBeLessThanOrEqual(2 * RANGE_CELL_BUDGET);
  });

  it('a merge over a whole memo sheet, a name over the whole sheet and columns formatted past XFD load at once', async () => {
    const outcome = await compute(
      withMemo,
      afterSheetData(4, '<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'),
      replaceIn(
        'xl/workbook.xml',
        '</sheets>',
        '</sheets><definedNames><definedName name="전체">메모!$A$1:$XFD$1048576</definedName></definedNames>',
      ),
      replaceIn(
        'xl/worksheets/sheet4.xml',
        '<sheetData>',
        '<cols><col min="1" max="2000000000" width="9" customWidth="1"/></cols><sheetData>',
      ),
    );
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([]);
  });

  it('a row past Excel’s last row is refused as a damaged file', async () => {
    const outcome = await compute(
      withMemo,
      replaceIn(
        'xl/worksheets/sheet4.xml',
        /<row r="1"([^>]*)><c r="A1"/,
        '<row r="2000000000"$1><c r="A2000000000"',
      ),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.report).toBeNull();
    expect(outcome.stderr).toContain("row 2000000000 is beyond Excel's last row, 1048576");
  });

  it('a number cell of "1", 32,000 spaces and "x" in ten rows: ten errors naming the cells', async () => {
    const outcome = await compute((workbook) => {
      put(workbook, 'agreements', 'unitPrice', `1${' '.repeat(32_000)}x`);
      for (let row = 3; row <= 11; row += 1) {
        sheetOf(workbook, 'agreements').getRow(row).values = sheetOf(workbook, 'agreements').getRow(2).values;
      }
    });
    expect(outcome.code).toBe(1);
    const cells = outcome.report?.issues
      .filter((issue) => issue.code === I.INVALID_NUMBER)
      .map((issue) => issue.cell);
    expect(cells).toEqual(Array.from({ length: 10 }, (_, index) => at('agreements', 'unitPrice', index + 2)));
  });
});

describe('reading attacks (issue 9.5): which sheet is the input', () => {
  it('a hidden 연동약정 next to a visible 연동 약정 with other prices is an error naming both', async () => {
    const outcome = await compute((workbook) => {
      sheetOf(workbook, 'agreements').state = 'hidden';
      const visible = workbook.addWorksheet('연동 약정');
      sheetOf(workbook, 'agreements').eachRow((row, number) => {
        visible.getRow(number).values = row.values;
      });
      visible.getCell(at('agreements', 'unitPrice')).value = 20_000;
    });
    expect(outcome.code).toBe(1);
    expect(outcome.report?.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: I.AMBIGUOUS_SHEET, sheet: A, cell: '' }),
    ]);
    expect(issueOf(outcome, I.AMBIGUOUS_SHEET)?.message).toContain("'연동약정'(숨김), '연동 약정'");
    expect(issueOf(outcome, I.AMBIGUOUS_SHEET)?.messageEn).toContain("'연동약정' (hidden), '연동 약정'");
  });

  it('a very hidden input sheet is read with a warning naming it', async () => {
    const outcome = await compute((workbook) => {
      sheetOf(workbook, 'prices').state = 'veryHidden';
    });
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: I.HIDDEN_SHEET, sheet: P, cell: '' }),
    ]);
  });

  it('an input sheet named with a zero-width space is read with a warning showing it', async () => {
    const outcome = await compute((workbook) => {
      sheetOf(workbook, 'prices').name = `${P}\u200b`;
    });
    expect(outcome.code).toBe(0);
    expect(issueOf(outcome, I.LOOKALIKE_SHEET_NAME)).toMatchObject({
      severity: 'warning',
      sheet: `${P}\u200b`,
    });
    expect(issueOf(outcome, I.LOOKALIKE_SHEET_NAME)?.message).toContain(`'${P}<U+200B>'`);
  });
});

describe('reading attacks: values', () => {
  it.each([
    ['"18.500" as a price', 'prices', 'price', '18.500', I.AMBIGUOUS_NUMBER],
    ['"$8,000" as a unit price', 'agreements', 'unitPrice', '$8,000', I.CURRENCY_SIGN_NOT_WON],
    ['"€12,000" as a base price', 'agreements', 'basePrice', '€12,000', I.CURRENCY_SIGN_NOT_WON],
    ['1e308 as a unit price', 'agreements', 'unitPrice', 1e308, I.OUT_OF_RANGE],
    ['a 32,767-character item name', 'agreements', 'item', '품'.repeat(32_767), I.TEXT_TOO_LONG],
  ] as const)('%s is an error naming the cell', async (_name, key, field, value, code) => {
    const outcome = await compute((workbook) => {
      put(workbook, key, field, value);
    });
    expect(outcome.code).toBe(1);
    expect(issueOf(outcome, code)).toMatchObject({
      severity: 'error',
      sheet: key === 'prices' ? P : A,
      cell: at(key, field),
    });
  });

  it('eleven title rows above the header: one warning, and the table is read', async () => {
    const outcome = await compute((workbook) => {
      const prices = sheetOf(workbook, 'prices');
      prices.spliceRows(1, 0, ...Array.from({ length: 11 }, (_, index) => [`원재료 가격표 ${index + 1}`]));
    });
    expect(outcome.code).toBe(0);
    expect(outcome.report?.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: I.TITLE_ROWS_SKIPPED, sheet: P, cell: 'A1:E11' }),
    ]);
  });

  it('no header among the first 50 rows: one error listing the expected headers', async () => {
    const outcome = await compute((workbook) => {
      const prices = sheetOf(workbook, 'prices');
      prices.spliceRows(1, 0, ...Array.from({ length: 60 }, (_, index) => [`메모 ${index + 1}`]));
    });
    expect(outcome.code).toBe(1);
    const onPrices = outcome.report?.issues.filter((issue) => issue.sheet === P);
    expect(onPrices).toEqual([expect.objectContaining({ code: I.HEADER_NOT_FOUND, cell: 'A1:E50' })]);
    expect(onPrices?.[0]?.messageEn).toContain(
      'Required headers: 기준지표 (index), 일자 (date), 가격 (price)',
    );
  });
});
