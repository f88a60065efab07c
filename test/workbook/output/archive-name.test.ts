import fc from 'fast-check';
import { archiveSheetName } from '../../../src/workbook/output/archive-name';
import { buildChangeTable } from '../../../src/workbook/output/change-table/calculation-sheet';
import type { SheetGrid } from '../../../src/workbook/grid/grid';
import { buildReviewSheet } from '../../../src/workbook/output/review-sheet';
import { exampleOne } from './fixtures';
import { toSheetGrid } from './sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };
const TODAY = '2026-12-03';

describe('archiveSheetName', () => {
  const table = toSheetGrid(buildChangeTable(exampleOne(), META));

  it('dates the old table by its own 작성일', () => {
    expect(archiveSheetName(table, ['연동약정', '원재료가격', '연동 계산 내역'], TODAY)).toBe(
      '연동 계산 내역 2026-11-25',
    );
  });

  it('reads the 작성일 whether the file reader gives serials or Date objects', () => {
    const withDates = toSheetGrid(buildChangeTable(exampleOne(), META), { dates: 'date', copyMerged: true });
    expect(archiveSheetName(withDates, [], TODAY)).toBe('연동 계산 내역 2026-11-25');
  });

  it('numbers the copies when the dated name is taken, ignoring case', () => {
    const taken = ['연동 계산 내역', '연동 계산 내역 2026-11-25'];
    expect(archiveSheetName(table, taken, TODAY)).toBe('연동 계산 내역 2026-11-25 (2)');
    expect(archiveSheetName(table, [...taken, '연동 계산 내역 2026-11-25 (2)'], TODAY)).toBe(
      '연동 계산 내역 2026-11-25 (3)',
    );
    const latin: SheetGrid = { ...table, name: 'Table' };
    expect(archiveSheetName(latin, ['TABLE 2026-11-25'], TODAY)).toBe('Table 2026-11-25 (2)');
  });

  it('falls back to today when the sheet has no 작성일', () => {
    const handMade: SheetGrid = {
      name: '연동 계산 내역',
      top: 1,
      left: 1,
      cells: [[{ value: '연번' }, { value: '물품명' }]],
    };
    expect(archiveSheetName(handMade, [], TODAY)).toBe('연동 계산 내역 2026-12-03');
    expect(archiveSheetName(null, [], TODAY)).toBe('납품단가 변동표 2026-12-03');
  });

  it('archives the review sheet under its own name', () => {
    const review = toSheetGrid(buildReviewSheet(exampleOne(), META));
    expect(archiveSheetName(review, ['연동 검토내역 2026-11-25'], TODAY)).toBe(
      '연동 검토내역 2026-11-25 (2)',
    );
  });

  it('strips an apostrophe hidden behind white space', () => {
    expect(archiveSheetName(null, [], TODAY, " ' ")).toBe(`납품단가 변동표 ${TODAY}`);
    expect(archiveSheetName(null, [], TODAY, " 'x' ")).toBe(`x ${TODAY}`);
  });

  it('always gives a free, legal name of at most 31 characters ending with the date', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        (baseName, others, copiesTaken) => {
          const first = archiveSheetName(null, [], TODAY, baseName);
          const taken = [...others];
          for (let i = 0; i < copiesTaken; i += 1) {
            taken.push(archiveSheetName(null, taken, TODAY, baseName));
          }
          const name = archiveSheetName(null, taken, TODAY, baseName);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[\\/?*[\]:]/);
          expect(name).not.toMatch(/^'|'$/);
          expect(name).toContain(TODAY);
          expect(taken.map((t) => t.toUpperCase())).not.toContain(name.toUpperCase());
          expect(first.endsWith(TODAY)).toBe(true);
        },
      ),
    );
  });
});
