import { scaleFactorOf } from '../../../src/workbook/prices-import';

describe('the 배율 (--scale) of an import', () => {
  it('reads a plain decimal above 0 exactly', () => {
    expect(['0.001', '1000', '.5', ' 2.50 '].map((text) => scaleFactorOf(text)?.toFixed())).toEqual([
      '0.001',
      '1000',
      '0.5',
      '2.5',
    ]);
  });

  it('refuses zero, signs, exponents, commas and empty text', () => {
    expect(['0', '0.000', '-1', '+1', '1e3', '0,001', '', 'abc'].map(scaleFactorOf)).toEqual(
      Array(8).fill(null),
    );
  });
});
