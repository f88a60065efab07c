import { parseAddress } from '../../../src/workbook/grid/cells';
import type { InputCell, SheetGrid, WorkbookGrids } from '../../../src/workbook/grid/grid';
import { runWorkbook, verifyWorkbook } from '../../../src/workbook/run';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { buildTemplateSheets } from '../../../src/workbook/input/template';
import { verifyChangeTable, type VerifyDifference } from '../../../src/workbook/verify/table-values';
import { cellAt, toSheetGrid, withCell } from '../output/sheet-helpers';

/**
 * Issue 9: `verify` held to what a signer relies on, on grids (the readers' output). The table
 * is the one runWorkbook writes for the template's sample rows: title block rows 1–7, header
 * row 9, agreement title row 10, data rows 11–13, totals row 14, signature rows 16–17.
 */

const OPTIONS = { asOf: '2024-07-01', createdOn: '2026-11-25' } as const;
const VERIFY = { asOf: null, createdOn: '2026-12-01' } as const;
const TABLE = SHEET.calculation;

function inputs(): WorkbookGrids {
  return { sheets: buildTemplateSheets().map((sheet) => toSheetGrid(sheet)) };
}

const run = runWorkbook(inputs(), OPTIONS);
const written = run.calculationSheet;
/** The signed 변동표 beside it, untouched: verify needs both sheets. */
const signed = toSheetGrid(run.changeTable);

function table(): SheetGrid {
  return toSheetGrid(written);
}

function verify(grid: SheetGrid, extra: Partial<WorkbookGrids> = {}): readonly VerifyDifference[] {
  const workbook = { ...extra, sheets: [...inputs().sheets, signed, grid, ...(extra.sheets ?? [])] };
  const { verification, outcome } = verifyWorkbook(workbook, VERIFY);
  expect(outcome.hasErrors).toBe(false);
  return verification?.differences ?? [];
}

/** [cell, column] of each difference. */
const where = (differences: readonly VerifyDifference[]): string[][] =>
  differences.map((d) => [d.cell, d.column]);

/** A copy of the grid with one cell changed (its other properties kept), the row widened if need be. */
function edit(grid: SheetGrid, a1: string, change: Partial<InputCell>): SheetGrid {
  const { row, column } = parseAddress(a1);
  const cells = grid.cells.map((rowCells) => [...rowCells]);
  const rowCells = cells[row - grid.top] ?? [];
  while (rowCells.length < column - grid.left) rowCells.push({ value: null });
  rowCells[column - grid.left] = { value: null, ...rowCells[column - grid.left], ...change };
  cells[row - grid.top] = rowCells;
  return { ...grid, cells };
}

/**
 * The grid with `cells` inserted as row `at`, as Excel inserts a row: rows below move down and
 * every formula's reference to them follows.
 */
function insertRow(grid: SheetGrid, at: number, cells: readonly InputCell[]): SheetGrid {
  const follow = (formula: string): string =>
    formula.replace(/([A-Z]{1,3})(\d+)/g, (_m, letters: string, digits: string) => {
      const row = Number(digits);
      return `${letters}${row >= at ? row + 1 : row}`;
    });
  const moved = grid.cells.map((row) =>
    row.map((cell) => (cell.formula === undefined ? cell : { ...cell, formula: follow(cell.formula) })),
  );
  const index = at - grid.top;
  return { ...grid, cells: [...moved.slice(0, index), [...cells], ...moved.slice(index)] };
}

describe('verify finds no difference where there is none', () => {
  it('in the table as written, as exceljs reads it (dates as Date, merged labels copied across)', () => {
    expect(verify(table())).toEqual([]);
    expect(verify(toSheetGrid(written, { dates: 'date' }))).toEqual([]);
  });

  it('in formats and formulas as Excel, LibreOffice and Office.js spell them', () => {
    let grid = table();
    grid = edit(grid, 'E11', { numberFormat: 'yyyy\\-mm\\-dd' });
    grid = edit(grid, 'F11', { numberFormat: 'YYYY-MM-DD' });
    grid = edit(grid, 'E12', { numberFormat: '[$-412]yyyy-mm-dd' });
    grid = edit(grid, 'C11', { numberFormat: 'General' });
    grid = edit(grid, 'M11', { formula: '=(l11-k11)/k11' });
    expect(verify(grid)).toEqual([]);
  });

  it('in a table whose inputs changed in a way that leaves it right (a warning, as before)', () => {
    const grid = edit(table(), 'C7', { value: '0'.repeat(64) });
    expect(verify(grid)).toEqual([]);
  });

  it('in empty rows below the table or a sheet read from further down', () => {
    const grid = table();
    expect(verify({ ...grid, cells: [...grid.cells, [], [{ value: '' }]] })).toEqual([]);
  });
});

describe('verify names every tampered cell', () => {
  it('a formula whose text was edited, its cached result kept', () => {
    const differences = verify(edit(table(), 'S11', { formula: 'ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000' }));
    expect(differences).toEqual([
      {
        sheet: TABLE,
        cell: 'S11',
        column: '조정 후 납품단가',
        expected: '=ROUND(ROUND(R11+SUM(Q11:Q12),9),0)',
        actual: '=ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000',
        text: {
          ko: '조정 후 납품단가: 수식이 도구가 쓰는 =ROUND(ROUND(R11+SUM(Q11:Q12),9),0)가 아니라 =ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000입니다.',
          en: '조정 후 납품단가: the formula is =ROUND(ROUND(R11+SUM(Q11:Q12),9),0)+1000, not =ROUND(ROUND(R11+SUM(Q11:Q12),9),0) as the tool writes it.',
        },
      },
    ]);
  });

  it('absolute references and another function are other text', () => {
    const differences = verify(edit(table(), 'M12', { formula: '($L$12-$K$12)/$K$12' }));
    expect(differences.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      ['M12', '=(L12-K12)/K12', '=($L$12-$K$12)/$K$12'],
    ]);
  });

  it('a formula typed over with its own cached result', () => {
    const grid = withCell(table(), 'V11', {
      value: cellAt(written, 'V11').result ?? null,
      numberFormat: '#,##0',
    });
    expect(verify(grid).map((d) => [d.cell, d.expected, d.text.ko])).toEqual([
      ['V11', '=T11*S11', '조정 후 납품금액: 수식 =T11*S11 대신 값이 입력되어 있습니다.'],
    ]);
  });

  it('a number shown alike but stored as text', () => {
    const grid = withCell(table(), 'R11', { value: '12,000', numberFormat: '#,##0' });
    expect(verify(grid).map((d) => [d.cell, d.actual])).toEqual([['R11', '"12,000"']]);
  });

  it.each([
    ['"20,896"', 'S12'],
    [';;;', 'U11'],
    ['#,##0;#,##0;"0"', 'W13'],
    ['0.00%', 'R13'],
    ['#,##0', 'M11'],
  ])('the number format %s on %s', (format, a1) => {
    const differences = verify(edit(table(), a1, { numberFormat: format }));
    expect(differences.map((d) => d.cell)).toEqual([a1]);
    expect(differences[0]?.text.ko).toContain(`표시 형식이 도구가 쓰는`);
    expect(differences[0]?.text.ko).toContain(`아니라 ${format}입니다`);
  });

  it('a format with a text section over a text cell', () => {
    const differences = verify(edit(table(), 'G11', { numberFormat: ';;;"알루미늄"' }));
    expect(where(differences)).toEqual([['G11', '원재료']]);
  });

  it.each([
    ["cmd|'/c calc'!A0", 'L11'],
    ['[1]Sheet1!A1', 'K12'],
    ["'C:\\x\\[b.xlsx]S'!A1", 'T11'],
    ['연동약정!L2', 'R13'],
  ])('the outside reference =%s in %s, its cached value right', (formula, a1) => {
    const differences = verify(edit(table(), a1, { formula }));
    expect(differences.map((d) => [d.cell, d.actual])).toEqual([[a1, `=${formula}`]]);
    expect(differences[0]?.text.ko).toContain('다른 시트·통합 문서·프로그램(DDE)을 참조하는 수식입니다');
    expect(differences[0]?.text.en).toContain('another sheet, workbook or program (DDE)');
  });

  it('a changed total, its value or its formula', () => {
    expect(cellAt(written, 'W14').result).toBe(1_766_400);
    const value = verify(edit(table(), 'W14', { value: 999_999 }));
    expect(value.map((d) => [d.cell, d.column, d.expected, d.actual])).toEqual([
      ['W14', '조정금액', '1,766,400', '999,999'],
    ]);
    const formula = verify(edit(table(), 'U14', { formula: 'SUM(U11:U12)' }));
    expect(formula.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      ['U14', '=SUM(U11:U13)', '=SUM(U11:U12)'],
    ]);
    const label = verify(edit(table(), 'A14', { value: '소계' }));
    expect(label.map((d) => [d.cell, d.expected, d.actual])).toEqual([['A14', '합계', '소계']]);
  });

  it.each([
    ['2-1', [{ value: '2-1' }, { value: 'YD-2024-001' }, { value: '모터 하우징' }, {}, { value: 45474 }]],
    ['※', [{ value: '※ 위 단가는 잠정치임' }]],
    ['nothing but a formula', [{}, {}, { value: '', formula: "cmd|'/c calc'!A0" }]],
  ])('a made-up row (연번 %s) inserted as Excel inserts rows: that row alone', (_serial, cells) => {
    const differences = verify(insertRow(table(), 13, cells as InputCell[]));
    expect(differences.map((d) => [d.cell.replace(/\D/g, ''), d.column])).toEqual([['13', '(행)']]);
    expect(differences[0]?.text.ko).toContain('도구가 쓰지 않는 행입니다');
  });

  it('a row taken out', () => {
    const grid = table();
    const without = { ...grid, cells: grid.cells.filter((_row, index) => index !== 15) };
    expect(verify(without).map((d) => [d.cell, d.column, d.expected])).toEqual([
      ['A16', '(행)', '위탁기업 | 한빛전자(주) | (인) | ______________ | 날짜 | ______________'],
    ]);
  });

  it('data rows in another order', () => {
    const grid = table();
    const swapped = {
      ...grid,
      cells: grid.cells.map((row, index) => grid.cells[index === 10 ? 11 : index === 11 ? 10 : index] ?? row),
    };
    const differences = verify(swapped);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.some((d) => d.text.ko.includes('도구가 쓰는 순서에서 벗어나'))).toBe(true);
  });

  it.each([
    ['C3', '수탁기업', '대성정밀(주)', '대성금속(주)'],
    ['C17', '(서명란)', '대성정밀(주)', '대성금속(주)'],
    ['F16', '(서명란)', '(인)', '(서명 생략)'],
    [
      'A10',
      '(약정 제목)',
      '약정번호 YD-2024-001 · 위탁기업 한빛전자(주) · 수탁기업 대성정밀(주)',
      '약정번호 YD-2024-001',
    ],
    ['A1', '(제목)', '연동 계산 내역', '연동 계산 내역 (확정)'],
    ['B9', '(머리글)', '약정번호', '약정 번호'],
  ])('a changed %s (%s)', (a1, column, expected, actual) => {
    const differences = verify(edit(table(), a1, { value: actual }));
    expect(differences.map((d) => [d.cell, d.column, d.expected, d.actual])).toEqual([
      [a1, column, expected, actual],
    ]);
  });

  it('a title-block date written as text, and a fingerprint that is not one', () => {
    expect(where(verify(edit(table(), 'C6', { value: '2024-07-01', numberFormat: 'General' })))).toEqual([
      ['C6', '기준일'],
    ]);
    expect(verify(edit(table(), 'C7', { value: '(생략)' })).map((d) => [d.cell, d.actual])).toEqual([
      ['C7', '(생략)'],
    ]);
  });

  it('a value in a cell the tool leaves empty', () => {
    const differences = verify(edit(table(), 'AB12', { value: '※ 협의 완료' }));
    expect(where(differences)).toEqual([['AB12', '(AB열)']]);
  });

  it('hidden rows and columns', () => {
    const differences = verify({ ...table(), hiddenRows: [12, 15], hiddenColumns: [17, 27] });
    expect(differences.map((d) => [d.cell, d.column, d.actual])).toEqual([
      ['Q9', '단가 변동액 (δ)', '숨김'],
      ['AA9', '원가구분', '숨김'],
      ['A12', '(숨긴 행)', '숨김'],
      ['A15', '(숨긴 행)', '숨김'],
    ]);
    expect(differences[2]?.text.ko).toBe(
      '12행이 숨겨져 있어 화면과 인쇄에 보이지 않습니다. 도구는 행을 숨기지 않습니다.',
    );
  });

  it.each(['hidden', 'veryHidden'] as const)('a %s table', (visibility) => {
    const differences = verify({ ...table(), visibility });
    expect(differences.map((d) => [d.sheet, d.cell, d.column, d.actual])).toEqual([
      [TABLE, 'A1', '(시트)', visibility],
    ]);
  });
});

describe('verify and sheets whose names look alike', () => {
  const forged = (name: string): SheetGrid => ({ ...edit(table(), 'C3', { value: '다른회사(주)' }), name });

  it.each([
    ['a no-break space', '연동\u00A0계산 내역'],
    ['a thin space', '연동\u2009계산 내역'],
    ['an ideographic (full-width) space', '연동\u3000계산 내역'],
    ['a zero-width joiner', '연\u200D동 계산 내역'],
    ['a soft hyphen', '연동 \u00AD계산 내역'],
    ['decomposed Hangul (NFD)', '연동 계산 내역'.normalize('NFD')],
  ])('a visible copy named with %s, the real table hidden', (_kind, name) => {
    const differences = verify({ ...table(), visibility: 'veryHidden' }, { sheets: [forged(name)] });
    const sheetLevel = differences.filter((d) => d.column === '(시트)');
    expect(sheetLevel.map((d) => d.sheet)).toEqual([TABLE, name]);
    expect(sheetLevel[0]?.text.ko).toContain('매우 숨김(veryHidden)');
    expect(sheetLevel[1]?.text.ko).toContain("이름이 '연동 계산 내역'(으)로 보이는 시트가 2개 있습니다");
    // The copy is verified too.
    expect(differences).toContainEqual(
      expect.objectContaining({ sheet: name, cell: 'C3', actual: '다른회사(주)' }),
    );
  });

  it('a look-alike the reader listed but did not read (the add-in reads sheets by exact name)', () => {
    const tabs = [...inputs().sheets.map((s) => ({ name: s.name, visibility: 'visible' as const }))];
    const differences = verify(table(), {
      tabs: [
        ...tabs,
        { name: SHEET.changeTable, visibility: 'visible' },
        { name: TABLE, visibility: 'visible' },
        { name: '연동\u00A0계산 내역', visibility: 'visible' },
      ],
    });
    expect(differences.map((d) => [d.sheet, d.cell, d.actual])).toEqual([
      [TABLE, 'A1', TABLE],
      ['연동\u00A0계산 내역', 'A1', '연동<U+00A0>계산 내역'],
    ]);
  });

  it('a second input sheet that looks like 연동약정', () => {
    const agreements = inputs().sheets.find((sheet) => sheet.name === SHEET.agreements);
    if (!agreements) throw new Error('no 연동약정');
    const workbook = {
      sheets: [...inputs().sheets, signed, table(), { ...agreements, name: '연동\u00A0약정' }],
    };
    const { verification, outcome } = verifyWorkbook(workbook, VERIFY);
    // Reading refuses the pair as ambiguous (neither is read); verify names both sheets as well.
    expect(outcome.issues.map((issue) => issue.code)).toContain('AMBIGUOUS_SHEET');
    const differences = (verification?.differences ?? []).filter((d) => d.column === '(시트)');
    expect(differences.map((d) => [d.sheet, d.column])).toEqual([
      [SHEET.agreements, '(시트)'],
      ['연동\u00A0약정', '(시트)'],
    ]);
  });
});

describe('tables typed by hand', () => {
  it('are compared value by value by verifyChangeTable, but verify holds them to the tool’s sheet', () => {
    const grid = table();
    // Only the header and the data rows, as someone would type them.
    const typed: SheetGrid = { name: TABLE, top: 1, left: 1, cells: grid.cells.slice(8, 13) };
    const result = runWorkbook(inputs(), OPTIONS).result;
    expect(verifyChangeTable(typed, result)).toEqual({ differences: [], rowsChecked: 3 });
    const differences = verify(typed);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.every((d) => d.column === '(행)' || /^[A-Z]+\d+$/.test(d.cell))).toBe(true);
  });
});
