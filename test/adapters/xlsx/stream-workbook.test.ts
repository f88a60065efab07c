import ExcelJS from 'exceljs';
import { createWriteStream } from 'fs';
import { readFile } from 'fs/promises';
import JSZip from 'jszip';
import { join } from 'path';
import { Writable } from 'stream';
import {
  keepCopiedText,
  saveWorkbookFile,
  streamable,
  streamWorkbook,
  workbookGrids,
  writeOutputSheets,
} from '../../../src/adapters/xlsx';
import { outputSheetsOf } from '../../../src/cli/compute-file';
import type { OutputSheet } from '../../../src/workbook/grid';
import { runWorkbook } from '../../../src/workbook/run';
import { runWorkbookStreamed } from '../../../src/workbook/run-streamed';
import { EXAMPLE_ONE, writeInputWorkbook } from '../../helpers/input-workbook';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir('yeondong-stream-');

/** exceljs's worksheet validations, which its type declarations leave out. */
interface Validated {
  readonly dataValidations: { model: unknown; add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The example input, with an extra sheet holding most of what a user's sheet may hold. */
async function richInput(path: string): Promise<void> {
  await writeInputWorkbook(path, EXAMPLE_ONE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const agreements = workbook.worksheets[0] as ExcelJS.Worksheet;
  agreements.getRow(1).font = { bold: true };
  agreements.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  agreements.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' }];

  const notes = workbook.addWorksheet('메모', {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '1:1',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: { oddFooter: '&P / &N' },
    properties: { tabColor: { argb: 'FF00B050' } },
  });
  notes.getColumn(1).width = 30;
  notes.getColumn(3).hidden = true;
  notes.getCell('A1').value = '제목 (merged)';
  notes.getCell('A1').font = { bold: true, size: 14 };
  notes.mergeCells('A1:B1');
  notes.getCell('A2').value = new Date('2024-03-15T00:00:00Z');
  notes.getCell('A2').numFmt = 'yyyy-mm-dd';
  notes.getCell('B2').value = { richText: [{ text: '굵게', font: { bold: true } }, { text: ' 보통' }] };
  notes.getCell('A3').value = { text: '조달청', hyperlink: 'https://www.pps.go.kr/' };
  notes.getCell('B3').value = true;
  notes.getCell('A4').value = { error: '#N/A' };
  notes.getCell('B4').value = '=SUM(1) is text';
  notes.getCell('B4').note = '메모가 달린 셀';
  notes.getCell('A5').value = 1;
  notes.fillFormula('A6:A9', 'A5+1', [2, 3, 4, 5]);
  notes.getCell('D3').value = '세 줄 병합';
  notes.getCell('D4').border = { left: { style: 'thick' } };
  notes.mergeCells('D3:E5');
  notes.getRow(7).height = 30;
  notes.getRow(8).hidden = true;
  notes.getRow(9).outlineLevel = 1;
  notes.getCell('F2').value = 'A';
  (notes as unknown as Validated).dataValidations.add('F2:F20', {
    type: 'list',
    allowBlank: true,
    formulae: ['"A,B,C"'],
  });
  notes.addConditionalFormatting({
    ref: 'A5:A9',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [3],
        priority: 1,
        style: { font: { color: { argb: 'FFFF0000' } } },
      },
    ],
  });
  workbook.definedNames.add("'메모'!$A$5:$A$9", '순번');
  const hidden = workbook.addWorksheet('숨김', { state: 'hidden' });
  hidden.getCell('A1').value = 'hidden sheet';
  await workbook.xlsx.writeFile(path);
}

interface CellDump {
  readonly type: ExcelJS.ValueType;
  readonly value: unknown;
  readonly formula?: string;
  readonly result?: unknown;
  readonly style: unknown;
  readonly note?: unknown;
}

/** Everything exceljs reads back of a workbook, sheet by sheet. */
async function dump(path: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return {
    definedNames: (workbook.definedNames as unknown as { model: unknown }).model,
    sheets: workbook.worksheets.map((sheet) => {
      const model = sheet.model as unknown as Record<string, unknown>;
      const cells: Record<string, CellDump> = {};
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const isFormula = cell.type === ExcelJS.ValueType.Formula;
          cells[cell.address] = {
            type: cell.type,
            value: isFormula ? null : cell.value,
            ...(isFormula ? { formula: cell.formula, result: cell.result } : {}),
            style: cell.style,
            ...(cell.note ? { note: cell.note } : {}),
          };
        }),
      );
      const rows: unknown[] = [];
      sheet.eachRow({ includeEmpty: true }, (row, number) =>
        rows.push([number, row.height, row.hidden, row.outlineLevel]),
      );
      return {
        name: sheet.name,
        state: sheet.state,
        cells,
        rows,
        merges: [...((model.merges as string[] | undefined) ?? [])].sort(),
        cols: model.cols,
        views: sheet.views,
        pageSetup: sheet.pageSetup,
        rowBreaks: model.rowBreaks,
        headerFooter: sheet.headerFooter,
        properties: sheet.properties,
        dataValidations: (sheet as unknown as Validated).dataValidations.model,
        conditionalFormattings: model.conditionalFormattings,
      };
    }),
  };
}

/** The first worksheet's XML. */
async function sheetXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const file = zip.file('xl/worksheets/sheet1.xml');
  if (!file) throw new Error(`no first sheet in ${path}`);
  return file.async('string');
}

function element(xml: string, tag: string): string | null {
  return new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`).exec(xml)?.[0] ?? null;
}

function attributes(xml: string, tag: string): Record<string, string> {
  const found = new RegExp(`<${tag} ([^>]*?)/?>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries([...found.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('the streamed result workbook', () => {
  it('holds what the in-memory writer writes: input sheets copied whole, output sheets (the review planned, its rows made as written) cell for cell', async () => {
    const options = { asOf: null, createdOn: '2026-01-05' };
    const input = join(tmp.path(), 'rich.xlsx');
    await richInput(input);
    const streamedPath = join(tmp.path(), 'streamed.xlsx');
    const inMemoryPath = join(tmp.path(), 'in-memory.xlsx');

    const forStream = new ExcelJS.Workbook();
    await forStream.xlsx.readFile(input);
    const outcome = runWorkbook(workbookGrids(forStream), options);
    expect(outcome.hasErrors).toBe(false);
    const planned = runWorkbookStreamed(workbookGrids(forStream), options);
    keepCopiedText(forStream);
    const prepared = streamable(forStream);
    if ('reason' in prepared) throw new Error(prepared.reason);
    await streamWorkbook(prepared, planned.sheets(), createWriteStream(streamedPath));

    const inMemory = new ExcelJS.Workbook();
    await inMemory.xlsx.readFile(input);
    keepCopiedText(inMemory);
    writeOutputSheets(inMemory, outputSheetsOf(outcome));
    await saveWorkbookFile(inMemory, inMemoryPath);

    expect(await dump(streamedPath)).toEqual(await dump(inMemoryPath));
  });

  it('writes what exceljs does not read back the same: page breaks, print scale, vertical merges, drop-downs', async () => {
    const sheet: OutputSheet = {
      name: '시험',
      rows: [
        [{ value: '제목', style: 'title' }, {}, {}],
        [
          { value: '세로', style: 'body' },
          { value: 1.5, numberFormat: '#,##0.0', style: 'body' },
        ],
        [{}, { formula: 'B2*2', result: 3, style: 'total' }, { value: '=텍스트', style: 'text' }],
        [{ value: 45_000, numberFormat: 'yyyy-mm-dd' }, { value: '전액' }],
      ],
      columnWidths: [12, 0, 30],
      merges: ['A1:C1', 'A2:A3'],
      frozenRows: 1,
      print: {
        paperSize: 'A4',
        orientation: 'landscape',
        fitToWidth: true,
        repeatRows: [1, 1],
        rowBreaks: [2, 3],
        scale: 71,
      },
      rowHeights: [30, undefined, 45],
      choiceLists: [{ column: 2, fromRow: 4, toRow: 10, choices: ['전액', '초과분'] }],
    };
    const streamedPath = join(tmp.path(), 'streamed.xlsx');
    const inMemoryPath = join(tmp.path(), 'in-memory.xlsx');
    await streamWorkbook(null, [sheet], createWriteStream(streamedPath));
    const inMemory = new ExcelJS.Workbook();
    writeOutputSheets(inMemory, [sheet]);
    await saveWorkbookFile(inMemory, inMemoryPath);
    expect(await dump(streamedPath)).toEqual(await dump(inMemoryPath));
    const [streamed, written] = await Promise.all([sheetXml(streamedPath), sheetXml(inMemoryPath)]);
    for (const part of ['rowBreaks', 'mergeCells', 'dataValidations']) {
      expect(element(streamed, part)).toEqual(element(written, part));
    }
    expect(element(streamed, 'rowBreaks')).toContain('<brk id="2"');
    expect(element(streamed, 'mergeCells')).toContain('A2:A3');
    expect(attributes(streamed, 'pageSetup')).toEqual(attributes(written, 'pageSetup'));
    expect(attributes(streamed, 'pageSetup')).toMatchObject({ scale: '71', orientation: 'landscape' });
  });

  it('stops writing and closes the output when the output fails (a full disk), passing the failure on', async () => {
    const input = join(tmp.path(), 'rich.xlsx');
    await richInput(input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const outcome = runWorkbook(workbookGrids(workbook), { asOf: null, createdOn: '2026-01-05' });
    const prepared = streamable(workbook);
    if ('reason' in prepared) throw new Error(prepared.reason);
    let writes = 0;
    const failing = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback(writes > 2 ? new Error('disk full') : null);
      },
    });
    await expect(streamWorkbook(prepared, outputSheetsOf(outcome), failing)).rejects.toThrow('disk full');
    expect(failing.destroyed).toBe(true);
  });

  it('is refused for what the streaming writer cannot copy (an Excel table), which is then written in memory', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('표가 있는 시트');
    sheet.addTable({ name: '표1', ref: 'A1', columns: [{ name: '열' }], rows: [['값']] });
    expect(streamable(workbook)).toEqual({ reason: "Excel tables on '표가 있는 시트'" });
  });
});
