import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { worksheetGrid } from '../../src/adapters/xlsx';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';

/**
 * Issue 9 ("Trust under attack"): tables tampered so that comparing cached values said
 * "matches". Each case edits the output of `compute` for the sample workbook one way, as an
 * adversary would with exceljs, and `verify --json` must exit 1 naming the cells.
 */

const SAMPLE = resolve(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');
const TABLE = SHEET.calculation;

interface VerifyJson {
  verified: boolean;
  rowsChecked: number;
  differences: {
    sheet: string;
    cell: string;
    column: string;
    expected: string;
    actual: string;
    message: string;
    messageEn: string;
  }[];
}

let folder = '';
let computed: Buffer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'yeondong-tampered-'));
  const output = join(folder, 'computed.xlsx');
  expect((await runCli(['compute', SAMPLE, '-o', output])).code).toBe(0);
  computed = readFileSync(output);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function load(): Promise<{ workbook: ExcelJS.Workbook; table: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(computed as unknown as ExcelJS.Buffer);
  const table = workbook.getWorksheet(TABLE);
  if (!table) throw new Error('no table');
  return { workbook, table };
}

/** Writes the tampered workbook and runs `verify --json` on it. */
async function verifyTampered(
  name: string,
  tamper: (workbook: ExcelJS.Workbook, table: ExcelJS.Worksheet) => void,
): Promise<{ code: number; report: VerifyJson; stdout: string }> {
  const { workbook, table } = await load();
  tamper(workbook, table);
  const path = join(folder, `${name}.xlsx`);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  const run = await runCli(['verify', path, '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as VerifyJson, stdout: run.stdout };
}

/** A formula cell keeping its cached result, with new text. */
function setFormula(cell: ExcelJS.Cell, formula: string): void {
  const result = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  cell.value = { formula, result } as ExcelJS.CellFormulaValue;
}

/** A new style object: exceljs shares one among the cells read with the same style. */
function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

/** A cell-for-cell copy of the table (values, cached results, formats, merges) under another name. */
function copyTable(workbook: ExcelJS.Workbook, from: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
  const copy = workbook.addWorksheet(name);
  from.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const target = copy.getCell(rowNumber, column);
      // `cell.value` of a formula leaves out a cached result of 0; `cell.result` keeps it.
      target.value =
        cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
      if (cell.numFmt) target.style = { numFmt: cell.numFmt };
    });
  });
  for (const range of worksheetGrid(from).merges ?? []) copy.mergeCells(range);
  return copy;
}

const named = (report: VerifyJson): string[] => report.differences.map((d) => `${d.sheet}!${d.cell}`);

describe('verify on the untouched output of compute for the sample workbook', () => {
  it('matches: exit 0, every data row checked, no difference', async () => {
    const { workbook, table } = await load();
    // The landmarks the cases below edit.
    expect([table.getCell('A9').value, table.getCell('A15').value, table.getCell('A88').value]).toEqual([
      '연번',
      '합계',
      '수탁기업',
    ]);
    expect(table.getCell('S11').formula).toBe('ROUND(ROUND(R11+SUM(Q11:Q12),9),0)');
    expect(workbook.worksheets.map((sheet) => sheet.state)).toEqual(workbook.worksheets.map(() => 'visible'));
    const run = await runCli(['verify', join(folder, 'computed.xlsx'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verified: true, rowsChecked: 56, differences: [] });
  });
});

describe('verify on tampered tables exits 1 and names the cells', () => {
  it('a formula whose text was edited, its cached value kept', async () => {
    const { code, report } = await verifyTampered('formula-text', (_w, table) =>
      setFormula(table.getCell('S11'), 'ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000'),
    );
    expect(code).toBe(1);
    expect(report.differences).toEqual([
      expect.objectContaining({
        sheet: TABLE,
        cell: 'S11',
        column: '조정 후 납품단가',
        expected: '=ROUND(ROUND(R11+SUM(Q11:Q12),9),0)',
        actual: '=ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000',
      }),
    ]);
    expect(report.differences[0]?.message).toContain('수식이 도구가 쓰는');
    expect(report.differences[0]?.messageEn).toContain('as the tool writes it');
  });

  it('a derived cell typed over with its own value (no formula left)', async () => {
    const { code, report } = await verifyTampered('typed-over', (_w, table) => {
      const cell = table.getCell('U11');
      cell.value = cell.result as number;
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.expected])).toEqual([['U11', '=T11*R11']]);
  });

  it.each([
    ['a literal format that shows a constant', 'S11', '"20,896"', '조정 후 납품단가'],
    ['a format that shows nothing', 'W11', ';;;', '조정금액'],
    ['a custom format with a text section over a name', 'C11', ';;;"브래킷"', '물품명'],
    ['a text format over a number', 'R11', '@', '조정 전 납품단가'],
    ['a format that shows a constant on a total', 'W15', '"0"', '조정금액'],
  ])('%s (%s %s)', async (_name, a1, format, column) => {
    const { code, report } = await verifyTampered(`format-${a1}`, (_w, table) =>
      setFormat(table.getCell(a1), format),
    );
    expect(code).toBe(1);
    expect(report.differences).toEqual([expect.objectContaining({ cell: a1, column, actual: format })]);
    expect(report.differences[0]?.message).toContain('표시 형식이');
  });

  it.each([
    ['a DDE formula', 'K12', "cmd|'/c calc'!A0"],
    ['an external reference', 'L12', '[1]Sheet1!A1'],
    ['an external path reference', 'R11', "'C:\\x\\[b.xlsx]S'!A1"],
  ])('%s with a correct cached value (%s)', async (_name, a1, formula) => {
    const { code, report } = await verifyTampered(`outside-${a1}`, (_w, table) =>
      setFormula(table.getCell(a1), formula),
    );
    expect(code).toBe(1);
    expect(report.differences).toEqual([expect.objectContaining({ cell: a1, actual: `=${formula}` })]);
    expect(report.differences[0]?.message).toContain('프로그램(DDE)');
  });

  it('a changed total (cached value)', async () => {
    const { code, report } = await verifyTampered('total-value', (_w, table) => {
      const cell = table.getCell('W15');
      cell.value = { formula: cell.formula, result: 20_000_000 };
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.column, d.expected, d.actual])).toEqual([
      ['W15', '조정금액', '18,387,500', '20,000,000'],
    ]);
  });

  it('a changed total (a narrower SUM, its cached value kept)', async () => {
    const { code, report } = await verifyTampered('total-formula', (_w, table) =>
      setFormula(table.getCell('U15'), 'SUM(U11:U13)'),
    );
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      ['U15', '=SUM(U11:U14)', '=SUM(U11:U13)'],
    ]);
  });

  it.each([
    ['4-1', ['4-1', 'HB-DS-2024-01', '마운팅 브래킷']],
    ['※', ['※', '단가 인하분은 별도 정산']],
  ])('a made-up row whose 연번 is %s', async (serial, cells) => {
    // Inserted under the last data row of the last agreement, above its totals.
    const { code, report } = await verifyTampered(`made-up-${serial}`, (_w, table) =>
      table.spliceRows(85, 0, cells),
    );
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.column])).toEqual([['A85', '(행)']]);
    expect(report.differences[0]?.actual).toBe(cells.join(' | '));
    expect(report.differences[0]?.message).toContain('도구가 쓰지 않는 행입니다');
  });

  it('a note added under the signature block', async () => {
    const { code, report } = await verifyTampered('note', (_w, table) => {
      table.getCell('A90').value = '※ 위 단가는 잠정치임';
    });
    expect(code).toBe(1);
    expect(named(report)).toEqual([`${TABLE}!A90`]);
  });

  it('a row the tool writes taken out (the last signature line)', async () => {
    const { code, report } = await verifyTampered('missing', (_w, table) => table.spliceRows(88, 1));
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.column, d.actual])).toEqual([['A88', '(행)', '(빈 칸)']]);
    expect(report.differences[0]?.expected).toContain('수탁기업 | 세진전장(주) | (인)');
  });

  it.each([
    ['the title block', 'C2', '위탁기업', '한빛전자(주), 세영모터스(주)', '한빛전자(주)'],
    ['the signature block', 'C18', '(서명란)', '대성정밀(주)', '대성금속(주)'],
    [
      'a section header',
      'A10',
      '(약정 제목)',
      '약정번호 HB-DS-2024-01 · 위탁기업 한빛전자(주) · 수탁기업 대성정밀(주)',
      '약정번호 HB-DS-2024-01 · 위탁기업 한빛전자(주) · 수탁기업 대성금속(주)',
    ],
  ])('changed parties in %s', async (_part, a1, column, expected, actual) => {
    const { code, report } = await verifyTampered(`parties-${a1}`, (_w, table) => {
      table.getCell(a1).value = actual;
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.column, d.expected, d.actual])).toEqual([
      [a1, column, expected, actual],
    ]);
  });

  it.each(['hidden', 'veryHidden'] as const)('the table sheet %s', async (state) => {
    const { code, report } = await verifyTampered(`sheet-${state}`, (_w, table) => {
      table.state = state;
    });
    expect(code).toBe(1);
    expect(report.differences).toEqual([
      expect.objectContaining({
        sheet: TABLE,
        cell: 'A1',
        column: '(시트)',
        expected: 'visible',
        actual: state,
      }),
    ]);
  });

  it('hidden rows and a hidden column', async () => {
    const { code, report } = await verifyTampered('hidden-lines', (_w, table) => {
      table.getRow(12).hidden = true;
      table.getRow(40).hidden = true;
      table.getColumn('Q').hidden = true;
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.cell, d.column, d.actual])).toEqual([
      ['Q9', '단가 변동액 (δ)', '숨김'],
      ['A12', '(숨긴 행)', '숨김'],
      ['A40', '(숨긴 행)', '숨김'],
    ]);
  });

  it.each([
    ['a no-break space', '연동\u00A0계산 내역', '연동<U+00A0>계산 내역'],
    ['an en space', '연동\u2002계산 내역', '연동<U+2002>계산 내역'],
    ['a full-width (ideographic) space', '연동\u3000계산 내역', '연동<U+3000>계산 내역'],
    ['a Hangul filler for the space', '연동\u3164계산 내역', '연동<U+3164>계산 내역'],
    ['a zero-width space', '연동 계산\u200B 내역', '연동 계산<U+200B> 내역'],
    ['a byte-order mark', '\uFEFF연동 계산 내역', '<U+FEFF>연동 계산 내역'],
  ])(
    'a forged visible copy named with %s, the real table very hidden',
    async (_kind, forgedName, revealed) => {
      const { code, report, stdout } = await verifyTampered(`look-alike-${revealed}`, (workbook, table) => {
        const forged = copyTable(workbook, table, forgedName);
        forged.getCell('C2').value = '(주)다른회사';
        table.state = 'veryHidden';
      });
      expect(code).toBe(1);
      expect(stdout).toContain(revealed);
      const sheetLevel = report.differences.filter((d) => d.column === '(시트)');
      expect(sheetLevel.map((d) => [d.sheet, d.cell, d.actual])).toEqual([
        [TABLE, 'A1', TABLE],
        [forgedName, 'A1', revealed],
      ]);
      expect(sheetLevel[0]?.message).toContain('매우 숨김(veryHidden)');
      expect(sheetLevel[1]?.message).toContain(`'${revealed}'`);
      // The forged copy is verified too: its edited party is named.
      expect(report.differences).toContainEqual(
        expect.objectContaining({ sheet: forgedName, cell: 'C2', actual: '(주)다른회사' }),
      );
    },
  );

  it('two visible sheets whose names normalise alike', async () => {
    const { code, report } = await verifyTampered('two-visible', (workbook, table) => {
      copyTable(workbook, table, '연동\u3000계산 내역');
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.sheet, d.cell, d.column])).toEqual([
      [TABLE, 'A1', '(시트)'],
      ['연동\u3000계산 내역', 'A1', '(시트)'],
    ]);
  });
});

describe('verify on a tampered signed 납품단가 변동표', () => {
  const SIGNED = SHEET.changeTable;

  /** The first 조정 후 cell of the signed form (column F under the two header rows). */
  function firstPrice(workbook: ExcelJS.Workbook): ExcelJS.Cell {
    const sheet = workbook.getWorksheet(SIGNED);
    let found: ExcelJS.Cell | null = null;
    sheet?.eachRow((row) => {
      const cell = row.getCell(6);
      if (!found && typeof cell.formula === 'string' && cell.formula.includes(SHEET.calculation))
        found = cell;
    });
    if (!found) throw new Error('no linked price in the 변동표');
    return found;
  }

  it.each([
    ['its formula edited (+1000), the cached price kept', (formula: string) => `${formula}+1000`],
    [
      'its formula pointed at another row of the calculation',
      (formula: string) => formula.replace(/(\d+)$/, (row) => String(Number(row) + 1)),
    ],
  ])('a price with %s', async (_kind, change) => {
    const { code, report } = await verifyTampered(`signed-${_kind.length}`, (workbook) => {
      const cell = firstPrice(workbook);
      cell.value = { formula: change(cell.formula), result: cell.result } as ExcelJS.CellFormulaValue;
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.sheet, d.column])).toEqual([[SIGNED, '조정 후']]);
  });

  it('a price typed over its formula', async () => {
    const { code, report } = await verifyTampered('signed-typed', (workbook) => {
      const cell = firstPrice(workbook);
      cell.value = cell.result as number;
    });
    expect(code).toBe(1);
    expect(report.differences.map((d) => [d.sheet, d.column])).toEqual([[SIGNED, '조정 후']]);
  });
});
