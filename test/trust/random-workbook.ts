import fc from 'fast-check';
import type { CellValue, InputCell, SheetGrid, WorkbookGrids } from '../../src/workbook/grid/grid';
import { INPUT_SCHEMAS, type InputSheetKey } from '../../src/workbook/input/schema';
import { TEMPLATE_HEADERS } from '../../src/workbook/input/template';

/**
 * Random but valid input workbooks (DOMAIN §2) as grids: agreements with 투입량/비중/변동률,
 * 전액/초과분, thresholds from 0 %, ratios, one-directional rows, FX in the indicator or in the
 * formula, decimals, rounding modes, averaging, foreign currencies and deliveries.
 */

export type Row = Readonly<Record<string, CellValue>>;
export type Rows = Partial<Record<InputSheetKey, readonly Row[]>>;

const MONTHS = 30; // 2023-01 … 2025-06

function monthText(index: number): string {
  const year = 2023 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A random walk of monthly prices with up to two decimals; some months get a second, mid-month value. */
const series = fc.record({
  start: fc.integer({ min: 50, max: 2_000_000 }),
  decimals: fc.constantFrom(0, 0, 1, 2),
  moves: fc.array(fc.integer({ min: -12, max: 15 }), { minLength: MONTHS, maxLength: MONTHS }),
  extra: fc.array(fc.boolean(), { minLength: MONTHS, maxLength: MONTHS }),
  currency: fc.constantFrom<string | null>(null, null, 'KRW', 'USD'),
});

const itemShape = fc.record({
  unitPrice: fc.integer({ min: 500, max: 5_000_000 }),
  priceDecimals: fc.constantFrom<number | null>(null, 0, 0, 1, 2),
  rounding: fc.constantFrom<string | null>(null, '반올림', '절사', '올림'),
  materials: fc.array(
    fc.record({
      series: fc.nat(2),
      formula: fc.constantFrom('투입량', '비중', '변동률'),
      quantityMilli: fc.integer({ min: 1, max: 50_000 }),
      sharePercent: fc.integer({ min: 5, max: 60 }),
      thresholdTenths: fc.oneof(fc.constant(0), fc.integer({ min: 10, max: 100 })),
      direction: fc.constantFrom<string | null>(null, null, '양방향', '상승만', '하락만'),
      fxInFormula: fc.boolean(),
      ratioPercent: fc.constantFrom<number | null>(null, 100, 80, 50, 33),
      mode: fc.constantFrom<string | null>(null, '전액', '초과분'),
      averaging: fc.constantFrom<number | null>(null, 0, 1, 2, 3),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  cycle: fc.constantFrom('1', '3', '분기', '6'),
  baseMonth: fc.integer({ min: 3, max: 8 }),
  firstOffset: fc.integer({ min: 1, max: 4 }),
  lag: fc.constantFrom<number | null>(null, 0, 15),
  deliveries: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 600 }), quantity: fc.integer({ min: 1, max: 5000 }) }),
    { maxLength: 4 },
  ),
});

export const randomRows: fc.Arbitrary<Rows> = fc
  .record({
    series: fc.array(series, { minLength: 3, maxLength: 3 }),
    fx: fc.array(fc.integer({ min: 110_000, max: 150_000 }), { minLength: MONTHS, maxLength: MONTHS }),
    agreements: fc.array(fc.array(itemShape, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
  })
  .map(({ series: all, fx, agreements }) => {
    const names = ['구리 (원/kg)', 'LME 알루미늄', '열연강판'];
    const prices: Row[] = [];
    all.forEach((spec, s) => {
      let level = spec.start;
      const scale = 10 ** spec.decimals;
      for (let m = 0; m < MONTHS; m += 1) {
        // Integer arithmetic on scaled units: the written price is exact.
        level = Math.max(1, Math.round((level * (100 + spec.moves[m]!)) / 100));
        const currency = spec.currency;
        prices.push({ index: names[s]!, date: monthText(m), price: level / scale, currency });
        if (spec.extra[m]) {
          const second = Math.max(1, level + ((m * 7) % 13) - 6);
          prices.push({ index: names[s]!, date: `${monthText(m)}-15`, price: second / scale, currency });
        }
      }
    });
    const rates: Row[] = fx.map((rate, m) => ({ currency: 'USD', date: monthText(m), rate: rate / 100 }));
    const rows: Row[] = [];
    const deliveries: Row[] = [];
    agreements.forEach((items, a) => {
      const agreementId = `R-${a + 1}`;
      items.forEach((item, i) => {
        const name = `물품 ${a + 1}-${i + 1}`;
        const first = item.baseMonth + item.firstOffset;
        item.materials.forEach((material, k) => {
          rows.push({
            agreementId,
            buyer: '위탁(주)',
            supplier: `수탁 ${a + 1}`,
            item: name,
            partNo: `P-${a}${i}`,
            signedOn: '2023-01-05',
            unitPrice: item.unitPrice,
            material: `원재료 ${k + 1}`,
            index: names[material.series]!,
            formula: material.formula,
            quantityPerUnit:
              material.formula === '투입량'
                ? quantityFor(item.unitPrice, material, all[material.series]!)
                : null,
            materialShare: material.formula === '투입량' ? null : `${material.sharePercent}%`,
            basePoint: monthText(item.baseMonth),
            threshold: `${material.thresholdTenths / 10}%`,
            cycle: item.cycle,
            firstAdjustment: `${monthText(first)}-01`,
            reflectionRatio: material.ratioPercent === null ? null : `${material.ratioPercent}%`,
            reflectionMode: material.mode,
            direction: material.direction,
            // F4 only where it applies: a USD series, 투입량 over the whole move.
            fxPlacement:
              material.fxInFormula &&
              all[material.series]!.currency === 'USD' &&
              material.formula === '투입량' &&
              material.mode !== '초과분'
                ? '산식'
                : null,
            averagingMonths: material.averaging,
            effectiveLagDays: item.lag,
            priceDecimals: item.priceDecimals,
            rounding: item.rounding,
          });
        });
        for (const delivery of item.deliveries) {
          const date = new Date(Date.UTC(2023, 6, 1 + delivery.day)).toISOString().slice(0, 10);
          deliveries.push({ agreementId, item: name, date, quantity: delivery.quantity });
        }
      });
    });
    return { agreements: rows, prices, fx: rates, deliveries };
  });

/** q ≈ share × U₀ / B, with 1–3 decimals, so that prices stay positive through the walk. */
function quantityFor(
  unitPrice: number,
  material: { readonly sharePercent: number; readonly quantityMilli: number },
  spec: { readonly start: number; readonly decimals: number; readonly currency: string | null },
): number {
  const krwPerUnit = (spec.start / 10 ** spec.decimals) * (spec.currency === 'USD' ? 1300 : 1);
  const q = (unitPrice * material.sharePercent) / 100 / krwPerUnit;
  const digits = 1 + (material.quantityMilli % 3);
  const scale = 10 ** Math.max(digits, Math.ceil(-Math.log10(q)) + 1);
  return Math.max(1, Math.round(q * scale)) / scale;
}

/** Rows by field key → the sheets under the template's headers, as an adapter would read them. */
export function gridsOf(rows: Rows): WorkbookGrids {
  const sheets: SheetGrid[] = [];
  for (const key of Object.keys(INPUT_SCHEMAS) as InputSheetKey[]) {
    const sheetRows = rows[key];
    if (!sheetRows) continue;
    const headers = TEMPLATE_HEADERS[key];
    const keys = headers.map(
      (header) => INPUT_SCHEMAS[key].fields.find((spec) => spec.header === header)?.key,
    );
    const cells: InputCell[][] = [headers.map((header) => ({ value: header }))];
    for (const row of sheetRows)
      cells.push(keys.map((field) => ({ value: field ? (row[field] ?? null) : null })));
    sheets.push({ name: INPUT_SCHEMAS[key].sheet, top: 1, left: 1, cells });
  }
  return { sheets };
}
