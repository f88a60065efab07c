import type { SheetGrid } from '../../../src/workbook/grid/grid';
import { ISSUE } from '../../../src/domain/issues';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { sheetNameKey } from '../../../src/workbook/grid/sheet-names';
import { workbook } from './grid-helpers';
import { AGREEMENT, agreementSheet, PRICES, priceSheet } from './sample-sheets';

/**
 * Issue 9.5: an input sheet is never read silently from a sheet the user cannot see or would
 * not recognise by its name, and never picked from two that answer to the same name.
 */

const named = (sheet: SheetGrid, name: string, state?: SheetGrid['state']): SheetGrid => ({
  ...sheet,
  name,
  ...(state ? { state } : {}),
});

/** The same prices as PRICES, ten times higher: a visible sheet that says something else. */
const OTHER_PRICES = PRICES.map((row) => ({ ...row, 가격: Number(row['가격']) * 10 }));

describe('which sheet an input sheet is read from', () => {
  it('refuses a hidden 연동약정 next to a visible 연동 약정, naming both, and reads neither', () => {
    const hidden = named(agreementSheet(), '연동약정', 'hidden');
    const visible = named(agreementSheet({ ...AGREEMENT, 납품단가: 20000 }), '연동 약정');
    const result = readWorkbook(workbook(hidden, visible, priceSheet()));
    expect(result.issues).toEqual([
      {
        severity: 'error',
        sheet: '연동약정',
        cell: '',
        code: ISSUE.AMBIGUOUS_SHEET,
        text: {
          ko: "연동약정 시트: '연동약정'(숨김), '연동 약정' 시트가 모두 '연동약정' 시트로 읽힐 수 있어 어느 것도 읽지 않았습니다. 입력 시트 하나만 '연동약정'(이)라는 이름으로 남기고 나머지는 이름을 바꾸거나 지우세요",
          en: "sheet 연동약정: the sheets '연동약정' (hidden), '연동 약정' all answer to the name '연동약정', so none was read; keep one input sheet named '연동약정' and rename or delete the others",
        },
      },
    ]);
    expect(result.input.agreements).toEqual([]);
  });

  it('refuses two visible look-alikes of 원재료가격 with different prices', () => {
    const result = readWorkbook(
      workbook(agreementSheet(), priceSheet(), named(priceSheet(OTHER_PRICES), '원재료\u00a0가격')),
    );
    expect(result.issues.map((issue) => [issue.severity, issue.sheet, issue.code])).toEqual([
      ['error', '원재료가격', ISSUE.AMBIGUOUS_SHEET],
    ]);
    expect(result.input.prices).toEqual([]);
  });

  it('reads a hidden input sheet when it is the only one, with a warning naming it', () => {
    const result = readWorkbook(workbook(agreementSheet(), named(priceSheet(), '원재료가격', 'hidden')));
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: '원재료가격',
        cell: '',
        code: ISSUE.HIDDEN_SHEET,
      }),
    ]);
    expect(result.issues[0]?.text.ko).toContain("'원재료가격' 시트는 숨겨져 있지만 입력으로 읽었습니다");
    expect(result.input.prices).toHaveLength(2);
  });

  it('says so when the sheet is very hidden', () => {
    const result = readWorkbook(workbook(agreementSheet(), named(priceSheet(), '원재료가격', 'veryHidden')));
    expect(result.issues).toEqual([expect.objectContaining({ code: ISSUE.HIDDEN_SHEET })]);
    expect(result.issues[0]?.text.en).toContain('very hidden');
  });

  it.each([
    ['a space', '원재료 가격', '원재료 가격'],
    ['a no-break space', '원재료\u00a0가격', '원재료\u00a0가격'],
    ['an ideographic space', '원재료\u3000가격', '원재료\u3000가격'],
    ['a zero-width space', '원재료가격\u200b', '원재료가격<U+200B>'],
    ['a byte-order mark', '\ufeff원재료가격', '<U+FEFF>원재료가격'],
  ])('reads a sheet whose name differs by %s, with a warning naming it', (_what, name, shown) => {
    const result = readWorkbook(workbook(agreementSheet(), named(priceSheet(), name)));
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: name,
        cell: '',
        code: ISSUE.LOOKALIKE_SHEET_NAME,
      }),
    ]);
    expect(result.issues[0]?.text.ko).toContain(`시트 이름 '${shown}'`);
    expect(result.issues[0]?.text.en).toContain(`the sheet '${shown}' was read as '원재료가격'`);
    expect(result.input.prices).toHaveLength(2);
  });

  it('compares names without width, case, white space or invisible characters', () => {
    expect(sheetNameKey('ＦＸ Rates\u200d')).toBe(sheetNameKey('fxrates'));
    expect(sheetNameKey('연동\u3000약정')).toBe('연동약정');
    expect(sheetNameKey('연동약정2')).not.toBe('연동약정');
  });

  it('reads a visible sheet of the exact name without any remark', () => {
    const result = readWorkbook(workbook(named(agreementSheet(), '연동약정', 'visible'), priceSheet()));
    expect(result.issues).toEqual([]);
  });
});
