import {
  canonicalFormat,
  canonicalFormula,
  formatProblem,
  formulaProblem,
} from '../../../src/workbook/verify/form-cell';
import { lookAlikeKey, revealedName } from '../../../src/workbook/verify/sheets';

describe('number formats in one spelling', () => {
  it.each([
    ['yyyy-mm-dd', 'yyyy\\-mm\\-dd'],
    ['yyyy-mm-dd', 'YYYY-MM-DD'],
    ['yyyy-mm-dd', '[$-412]yyyy-mm-dd'],
    ['yyyy-mm-dd', 'yyyy"-"mm"-"dd'],
    ['#,##0', ' #,##0 '],
    [undefined, 'General'],
    [undefined, 'GENERAL'],
    ['', undefined],
  ])('%s is %s', (a, b) => {
    expect(canonicalFormat(a)).toBe(canonicalFormat(b));
  });

  it.each([
    ['#,##0', '"20,896"'],
    ['#,##0', ';;;'],
    ['#,##0', '#,##0;#,##0'],
    ['#,##0', '#,##0.0'],
    ['0.00%', '0.00"%"'],
    ['#,##0', '[Red]#,##0'],
    ['#,##0', '[$₩-412]#,##0'],
    [undefined, '@'],
    [undefined, ';;;"브래킷"'],
  ])('%s is not %s', (a, b) => {
    expect(canonicalFormat(a)).not.toBe(canonicalFormat(b));
  });

  it('leaves empty cells and cells the tool leaves empty to the value check', () => {
    expect(
      formatProblem({ value: 1, numberFormat: '#,##0' }, { value: null, numberFormat: ';;;' }),
    ).toBeNull();
    expect(formatProblem({}, { value: 5, numberFormat: ';;;' })).toBeNull();
  });
});

describe('formula text', () => {
  it('ignores the "=" and letter case, nothing else', () => {
    expect(canonicalFormula('=round(r11+sum(q11:q12),0)')).toBe(
      canonicalFormula('ROUND(R11+SUM(Q11:Q12),0)'),
    );
    expect(canonicalFormula('ROUND(R11 + 1,0)')).not.toBe(canonicalFormula('ROUND(R11+1,0)'));
    expect(canonicalFormula('$R$11')).not.toBe(canonicalFormula('R11'));
    // Quoted text keeps its case.
    expect(canonicalFormula('"abc"&A1')).not.toBe(canonicalFormula('"ABC"&A1'));
    expect(canonicalFormula(undefined)).toBeUndefined();
  });

  it('says which of the tool and the sheet has a formula', () => {
    expect(formulaProblem({ value: 9000 }, undefined, { value: 9000, formula: "cmd|'/c calc'!A0" })).toEqual({
      expected: '9000',
      actual: "=cmd|'/c calc'!A0",
      text: {
        ko: "도구가 수식을 쓰지 않는 칸에 수식 =cmd|'/c calc'!A0이 있습니다. 다른 시트·통합 문서·프로그램(DDE)을 참조하는 수식입니다.",
        en: "holds the formula =cmd|'/c calc'!A0 where the tool writes none. It refers to another sheet, workbook or program (DDE).",
      },
    });
    expect(formulaProblem({ formula: 'T11*R11', result: 5 }, 'T11*R11', { value: 5 })).toMatchObject({
      expected: '=T11*R11',
      actual: '5',
    });
    expect(
      formulaProblem({ formula: 'T11*R11', result: 5 }, 'T11*R11', { value: 5, formula: 't11*r11' }),
    ).toBeNull();
  });
});

describe('sheet names that look alike', () => {
  it.each([
    ['납품단가\u00A0변동표'],
    ['납품단가\u3000변동표'],
    ['납품단가\u2007변동표'],
    ['납품단가 변동표\u200B'],
    ['\u2060납품단가 변동표'],
    ['납품단가\u3164변동표'],
    ['납품단가변동표'],
    ['납품단가 변동표'.normalize('NFD')],
  ])('%j looks like 납품단가 변동표', (name) => {
    expect(lookAlikeKey(name)).toBe(lookAlikeKey('납품단가 변동표'));
  });

  it('full-width letters look like their ASCII forms, other names do not', () => {
    expect(lookAlikeKey('ＳＵＭＭＡＲＹ')).toBe(lookAlikeKey('summary'));
    expect(lookAlikeKey('납품단가 변동표 2024-08-01')).not.toBe(lookAlikeKey('납품단가 변동표'));
  });

  it('spells out what cannot be seen', () => {
    expect(revealedName('납품단가\u00A0변동표\u200B')).toBe('납품단가<U+00A0>변동표<U+200B>');
    expect(revealedName('납품단가 변동표')).toBe('납품단가 변동표');
    expect(revealedName('ＡB')).toBe('<U+FF21>B');
    expect(revealedName('표'.normalize('NFD'))).toBe(`${'표'.normalize('NFD')} (NFD)`);
  });
});
