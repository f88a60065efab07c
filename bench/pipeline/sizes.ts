import { scaled } from '../lib/scale';

/** Pipeline sizes: 20,000 agreement rows (4 materials per item) and 100,000 price rows (indices × 100 months). */
export const MATERIALS_PER_ITEM = 4;
export const MONTHS = 100;
export const FIRST_MONTH = '2017-09';
export const AS_OF = '2025-01-31';
export const CYCLES = 12;

export function pipelineSizes(): { agreementRows: number; indices: number; priceRows: number } {
  const agreementRows = Math.ceil(scaled(20_000, 4) / MATERIALS_PER_ITEM) * MATERIALS_PER_ITEM;
  const indices = Math.max(1, Math.round(scaled(100_000, MONTHS) / MONTHS));
  return { agreementRows, indices, priceRows: indices * MONTHS };
}

export function indexName(index: number): string {
  return `지표-${index}`;
}

export function priceAt(index: number, month: number): number {
  const base = 800 + index * 7;
  return Math.round(base * (1 + 0.15 * Math.sin((month + index) / 3.1) + 0.003 * month) * 100) / 100;
}
