import { addMonthsToMonth, firstDayOfMonth } from '../../src/domain/dates';
import { D } from '../../src/domain/decimal';
import type { AgreementRow, EngineInput, PriceObservation, RowOrigin } from '../../src/domain/types';

/** Bench input for the engine: `items` items × 3 materials, monthly cycle, 12 adjustment dates. */
export const MATERIALS = 3;
export const CYCLES = 12;
export const INDICES = 30;
export const FIRST_MONTH = '2023-01';
export const MONTHS = 36;
export const BASE_MONTH = '2024-01';
export const FIRST_ADJUSTMENT = '2024-02-01';
export const CONTRACT_END = '2025-01-31';
export const AS_OF = '2025-01-31';
export const THRESHOLD = 0.05;
export const RATIO = 0.8;

/** A deterministic price path: drifts and swings so that roughly half the evaluations trigger. */
export function priceAt(index: number, month: number): number {
  const base = 1000 + index * 37;
  return Math.round(base * (1 + 0.12 * Math.sin((month + index) / 2.3) + 0.004 * month) * 100) / 100;
}

export function quantityOf(item: number, material: number): number {
  return ((item % 97) + 1) * (material + 1) * 0.0125;
}

export function unitPriceOf(item: number): number {
  return 10_000 + (item % 1000) * 10;
}

export function indexOf(item: number, material: number): number {
  return (item * MATERIALS + material) % INDICES;
}

const SHEET_ORIGIN_CELLS: Readonly<Record<string, string>> = {};

export function engineInput(items: number): EngineInput {
  const prices: PriceObservation[] = [];
  for (let index = 0; index < INDICES; index += 1) {
    for (let month = 0; month < MONTHS; month += 1) {
      prices.push({
        origin: { sheet: '원재료가격', row: prices.length + 2, cells: SHEET_ORIGIN_CELLS },
        index: `IDX-${index}`,
        point: { date: firstDayOfMonth(addMonthsToMonth(FIRST_MONTH, month)), granularity: 'month' },
        price: new D(priceAt(index, month)),
        currency: 'KRW',
        unit: 'kg',
      });
    }
  }
  const agreements: AgreementRow[] = [];
  for (let item = 0; item < items; item += 1) {
    for (let material = 0; material < MATERIALS; material += 1) {
      agreements.push(row(item, material, agreements.length + 2));
    }
  }
  return { agreements, prices, fxRates: [], deliveries: [], asOf: AS_OF };
}

function row(item: number, material: number, sheetRow: number): AgreementRow {
  const origin: RowOrigin = { sheet: '연동약정', row: sheetRow, cells: SHEET_ORIGIN_CELLS };
  return {
    origin,
    agreementId: `A-${Math.floor(item / 10)}`,
    buyer: '위탁(주)',
    supplier: '수탁(주)',
    item: `물품-${item}`,
    partNo: null,
    signedOn: '2024-01-01',
    contractStart: '2024-01-01',
    contractEnd: CONTRACT_END,
    contractAmount: new D(600_000_000),
    buyerSize: 'midsize',
    optedOut: false,
    unitPrice: new D(unitPriceOf(item)),
    material: `원재료-${material}`,
    index: `IDX-${indexOf(item, material)}`,
    costKind: 'material',
    formula: 'quantity',
    quantityPerUnit: new D(quantityOf(item, material)),
    materialShare: null,
    basePoint: { date: firstDayOfMonth(BASE_MONTH), granularity: 'month' },
    basePrice: null,
    threshold: new D(THRESHOLD),
    cycleMonths: 1,
    firstAdjustment: FIRST_ADJUSTMENT,
    reflectionRatio: new D(RATIO),
    reflectionMode: 'whole',
    direction: 'both',
    fxPlacement: 'index',
    averagingMonths: 0,
    effectiveLagDays: 0,
    priceDecimals: 0,
    rounding: 'halfUp',
  };
}
