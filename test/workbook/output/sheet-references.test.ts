import fc from 'fast-check';
import type { SheetGrid } from '../../../src/workbook/grid/grid';
import { explicitPrintScale, printScale } from '../../../src/workbook/output/print-scale';
import {
  referencedSheets,
  referencesTo,
  renameSheetReferences,
  sheetPrefix,
} from '../../../src/workbook/output/sheet-references';

/** Sheet names Excel allows: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end. */
const sheetName = fc
  .string({
    minLength: 1,
    maxLength: 31,
    unit: fc.constantFrom('a', 'Z', '1', ' ', "'", '.', '_', '납', '품', '-'),
  })
  .filter((name) => !/^'|'$/.test(name));

describe('sheet references in formula text', () => {
  it('finds a sheet however its name is written, and never inside a text literal', () => {
    fc.assert(
      fc.property(sheetName, (name) => {
        const formula = `=SUM(${sheetPrefix(name)}A1:B2)+"${name.replace(/"/g, '""')}!A1"`;
        expect(referencedSheets(formula)).toEqual([name]);
      }),
    );
  });

  it('renames exactly the references to the renamed sheet', () => {
    fc.assert(
      fc.property(sheetName, sheetName, sheetName, (from, to, other) => {
        fc.pre(from.toUpperCase() !== other.toUpperCase());
        const formula = `=${sheetPrefix(from)}A1+${sheetPrefix(other)}$B$2&"${sheetPrefix(from)}"`;
        const renamed = renameSheetReferences(formula, new Map([[from.toUpperCase(), to]]));
        expect(referencedSheets(renamed)).toEqual([to, other]);
        expect(renamed.endsWith(`&"${sheetPrefix(from)}"`)).toBe(true);
      }),
    );
  });

  it('quotes names that a formula could not read bare', () => {
    expect(sheetPrefix('Sheet1')).toBe('Sheet1!');
    expect(sheetPrefix('연동표')).toBe('연동표!');
    expect(sheetPrefix('AB12')).toBe("'AB12'!");
    expect(sheetPrefix('납품단가 변동표')).toBe("'납품단가 변동표'!");
    expect(sheetPrefix("it's")).toBe("'it''s'!");
  });

  it('lists the formulas of other sheets that point at the targets, not those of the targets', () => {
    const grid = (name: string, formulas: (string | null)[][]): SheetGrid => ({
      name,
      top: 2,
      left: 2,
      cells: formulas.map((row) =>
        row.map((formula) => (formula === null ? { value: 1 } : { value: 0, formula })),
      ),
    });
    const grids = {
      sheets: [
        grid('요약', [
          ["'납품단가 변동표'!F10*2", null],
          ['SUM(A1:A3)', "'[외부.xlsx]납품단가 변동표'!A1"],
        ]),
        grid('납품단가 변동표', [["'연동 계산 내역'!E11"]]),
        grid('메모', [[null, "'연동 계산 내역'!A1&'납품단가 변동표'!A1"]]),
      ],
    };
    expect(referencesTo(grids, ['납품단가 변동표', '연동 계산 내역'])).toEqual([
      { sheet: '요약', cell: 'B2', target: '납품단가 변동표' },
      { sheet: '메모', cell: 'C2', target: '연동 계산 내역' },
    ]);
  });
});

describe('the explicit print scale', () => {
  it('is the sheet’s own scale, else the fit-to-width one from its columns, else none', () => {
    const landscape = { orientation: 'landscape' as const };
    expect(explicitPrintScale({ ...landscape, fitToWidth: true, scale: 97 }, [10], 1)).toBe(97);
    expect(explicitPrintScale({ ...landscape, fitToWidth: false }, [10], 1)).toBeNull();
    expect(explicitPrintScale({ ...landscape, fitToWidth: true }, [20, 30], 3)).toBe(
      printScale([20, 30, 8.43], 'landscape'),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 60 }), (widths) => {
        const scale = explicitPrintScale({ ...landscape, fitToWidth: true }, widths, widths.length);
        expect(scale).toBeGreaterThanOrEqual(10);
        expect(scale).toBeLessThanOrEqual(100);
      }),
    );
  });
});
