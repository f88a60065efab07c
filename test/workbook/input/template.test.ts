import type { OutputSheet, SheetGrid } from '../../../src/workbook/grid/grid';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { buildTemplateSheets, ENUM_CHOICES, TEMPLATE_HEADERS } from '../../../src/workbook/input/template';

/** What an adapter would read back from a written template sheet. */
function asInput(sheet: OutputSheet): SheetGrid {
  return {
    name: sheet.name,
    top: 1,
    left: 1,
    cells: sheet.rows.map((row) =>
      row.map((cell) => ({
        value: cell.value ?? null,
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      })),
    ),
  };
}

describe('the input template', () => {
  const sheets = buildTemplateSheets();

  it('has the four input sheets with their headers in order', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.fx,
      SHEET.deliveries,
    ]);
    expect(sheets.map((sheet) => sheet.rows[0]?.map((cell) => cell.value))).toEqual([
      TEMPLATE_HEADERS.agreements,
      TEMPLATE_HEADERS.prices,
      TEMPLATE_HEADERS.fx,
      TEMPLATE_HEADERS.deliveries,
    ]);
    expect(TEMPLATE_HEADERS.prices).toEqual(['기준지표', '일자', '가격', '통화', '단위']);
    expect(TEMPLATE_HEADERS.fx).toEqual(['통화', '일자', '환율']);
    expect(TEMPLATE_HEADERS.deliveries).toEqual(['약정번호', '물품명', '납품일', '수량']);
    expect(TEMPLATE_HEADERS.agreements).toHaveLength(31);
    for (const sheet of sheets) {
      expect(sheet.rows[0]?.every((cell) => cell.style === 'header')).toBe(true);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.print).toEqual({
        paperSize: 'A4',
        orientation: 'landscape',
        fitToWidth: true,
        repeatRows: [1, 1],
      });
      expect(sheet.columnWidths).toHaveLength(sheet.rows[0]?.length ?? -1);
    }
  });

  it('offers the Korean words of the choice columns', () => {
    expect(ENUM_CHOICES.formula).toEqual(['투입량', '비중', '변동률']);
    expect(ENUM_CHOICES.cycle).toEqual(['월', '분기', '반기', '연', '수시']);
    expect(ENUM_CHOICES.costKind).toEqual(['원재료', '에너지']);
    expect(ENUM_CHOICES.direction).toEqual(['양방향', '상승만', '하락만']);
    expect(ENUM_CHOICES.fxPlacement).toEqual(['지표', '산식']);
    expect(ENUM_CHOICES.reflectionMode).toEqual(['전액', '초과분']);
    expect(ENUM_CHOICES.rounding).toEqual(['반올림', '절사', '올림']);
    expect(ENUM_CHOICES.buyerSize).toEqual(['소기업', '중기업', '중견기업', '대기업']);
    expect(ENUM_CHOICES.optedOut).toEqual(['Y', 'N']);
  });

  it('reads back without a single issue', () => {
    const result = readWorkbook({ sheets: sheets.map(asInput) });
    expect(result.issues).toEqual([]);
    const { agreements, prices, fxRates, deliveries } = result.input;
    expect(agreements.map((row) => [row.item, row.material, row.formula, row.averagingMonths])).toEqual([
      ['모터 하우징', '구리', 'quantity', 0],
      ['모터 하우징', 'PP 수지', 'quantity', 0],
      ['커버 케이스', 'PP 수지', 'share', 1],
    ]);
    expect(agreements[0]?.basePoint).toEqual({ date: '2024-01-01', granularity: 'month' });
    expect(agreements[0]?.quantityPerUnit?.toFixed()).toBe('0.0005');
    expect(agreements[2]?.materialShare?.toFixed()).toBe('0.4');
    expect(agreements[2]?.reflectionRatio.toFixed()).toBe('0.8');
    expect(prices).toHaveLength(12);
    expect(new Set(prices.map((price) => `${price.index} ${price.currency}`))).toEqual(
      new Set(['LME 구리 USD', 'PP 수지 (국내) KRW']),
    );
    expect(prices.map((price) => price.point.date).slice(0, 6)).toEqual([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
      '2024-06-01',
    ]);
    expect(fxRates.map((fx) => fx.currency)).toEqual(Array(6).fill('USD'));
    expect(deliveries).toHaveLength(4);
  });

  it('formats dates, percentages and money', () => {
    const agreementHeader = TEMPLATE_HEADERS.agreements;
    const sample = sheets[0]?.rows[1] ?? [];
    const formatOf = (header: string) => sample[agreementHeader.indexOf(header)]?.numberFormat;
    expect(formatOf('약정일')).toBe('yyyy-mm-dd');
    expect(formatOf('기준시점')).toBe('yyyy-mm');
    expect(formatOf('조정요건')).toBe('0.0%');
    expect(formatOf('납품단가')).toBe('#,##0');
    expect(sample[agreementHeader.indexOf('약정일')]?.value).toBe(45301);
  });
});
