import {
  buildReviewSheet,
  buildReviewSheets,
  isReviewContinuationName,
  REVIEW_HEADERS,
} from '../../../src/workbook/output/review-sheet';
import type { OutputCell, OutputSheet } from '../../../src/workbook/grid/grid';
import { SheetTooLongError } from '../../../src/workbook/output/sheet-limits';
import { manyEvaluations } from './scale-fixture';
import { rowWith, shown } from './sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

/** The evaluation rows of a review sheet: the rows between its header row and the blank row after them. */
function evaluationRows(sheet: OutputSheet): (OutputCell['value'] | undefined)[][] {
  const header = sheet.frozenRows;
  const rows: (OutputCell['value'] | undefined)[][] = [];
  for (let index = header; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    if (cells.length < REVIEW_HEADERS.length) break;
    rows.push(cells.map((cell) => (cell.formula === undefined ? cell.value : cell.result)));
  }
  return rows;
}

describe('연동 검토내역 past a sheet’s last row', () => {
  const result = manyEvaluations(12); // 120 evaluations, 12 items
  const whole = buildReviewSheet(result, META);

  it('continues on 연동 검토내역 (2), (3)…, each with the title block and the header row', () => {
    const sheets = buildReviewSheets(result, { ...META, maxRows: 60 });
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      '연동 검토내역',
      '연동 검토내역 (2)',
      '연동 검토내역 (3)',
    ]);
    for (const [index, sheet] of sheets.entries()) {
      expect(sheet.rows.length).toBeLessThanOrEqual(60);
      expect(shown(sheet, 'A1')).toBe(sheet.name);
      expect(shown(sheet, 'A7')).toBe('시트');
      expect(shown(sheet, 'C7')).toBe(`${index + 1} / 3`);
      expect(sheet.rows[sheet.frozenRows - 1]?.map((cell) => cell.value)).toEqual([...REVIEW_HEADERS]);
      expect(sheet.print.repeatRows).toEqual([sheet.frozenRows, sheet.frozenRows]);
    }
    // Every evaluation once, in order, across the sheets; the summary and issues close the last.
    expect(sheets.flatMap(evaluationRows)).toEqual(evaluationRows(whole));
    expect(() => rowWith(sheets[0] as OutputSheet, '물품별 요약')).toThrow();
    expect(rowWith(sheets[2] as OutputSheet, '물품별 요약')).toBeGreaterThan(0);
  });

  it('fills each sheet to its last row before the next one starts', () => {
    const sheets = buildReviewSheets(result, { ...META, maxRows: 60 });
    expect(sheets[0]?.rows.length).toBe(60);
    expect(sheets[1]?.rows.length).toBe(60);
  });

  it('puts the summary and issues on a sheet of their own when they do not fit under the last rows', () => {
    // 9 header rows + 120 evaluations fit in 129 rows; the 20 summary rows then need one more sheet.
    const sheets = buildReviewSheets(result, { ...META, maxRows: 129 + 9 });
    expect(sheets).toHaveLength(2);
    expect(evaluationRows(sheets[1] as OutputSheet)).toEqual([]);
    expect(rowWith(sheets[1] as OutputSheet, '물품별 요약')).toBe(11);
  });

  it('is one sheet, exactly as before, when everything fits', () => {
    expect(buildReviewSheets(result, META)).toEqual([whole]);
    expect(shown(whole, 'A7')).toBeUndefined();
  });

  it('refuses a row limit too small for the summary and issues', () => {
    expect(() => buildReviewSheets(result, { ...META, maxRows: 20 })).toThrow(SheetTooLongError);
  });

  it('knows its continuation sheets by name', () => {
    expect(
      ['연동 검토내역 (2)', '연동 검토내역 (13)', '연동 검토내역 (2)'.toUpperCase()].map(
        isReviewContinuationName,
      ),
    ).toEqual([true, true, true]);
    expect(
      [
        '연동 검토내역',
        '연동 검토내역 (1)',
        '연동 검토내역 (02)',
        '연동 검토내역 2026-01-05 (2)',
        '기타 (2)',
      ].map(isReviewContinuationName),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('연동 검토내역 listing only the triggered evaluations', () => {
  const result = manyEvaluations(6);
  const sheet = buildReviewSheet(result, { ...META, listing: 'triggered' });
  const triggered = result.evaluations.filter((evaluation) => evaluation.triggered);

  it('lists the evaluations that met the threshold, in order, and still counts all', () => {
    expect(triggered.length).toBeGreaterThan(0);
    expect(triggered.length).toBeLessThan(result.evaluations.length);
    const rows = evaluationRows(sheet);
    expect(rows.map((row) => [row[1], row[6]])).toEqual(
      triggered.map((evaluation) => [evaluation.item, expect.any(Number)]),
    );
    expect(rows.every((row) => String(row[13]).startsWith('발동'))).toBe(true);
    expect(shown(sheet, 'C5')).toBe(
      `${result.evaluations.length}건 (발동 ${triggered.length}건, 미발동 ${result.evaluations.length - triggered.length}건)`,
    );
    expect([shown(sheet, 'A7'), shown(sheet, 'C7')]).toEqual([
      '목록',
      `발동한 평가만 (미발동 ${result.evaluations.length - triggered.length}건은 생략)`,
    ]);
  });

  it('says so when nothing triggered', () => {
    const quiet = {
      ...result,
      evaluations: result.evaluations.filter((evaluation) => !evaluation.triggered),
    };
    const empty = buildReviewSheet(quiet, { ...META, listing: 'triggered' });
    expect(shown(empty, `A${empty.frozenRows + 1}`)).toBe('발동한 원재료가 없습니다.');
  });
});
