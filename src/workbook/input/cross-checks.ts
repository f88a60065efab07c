import { ISSUE, type Issue } from '../../domain/issues';
import { sheetError } from './messages';
import type { SheetTable } from './table';
import type { AGREEMENT_SCHEMA, DELIVERY_SCHEMA, FX_SCHEMA, PRICE_SCHEMA } from './schema';
import { HOME_CURRENCY } from './values';

/**
 * Checks that tie the sheets together. A name "appears" in a sheet when any row writes it,
 * even a row left out for another error: one mistake should not cause a second report.
 */

export interface CrossCheck {
  readonly issues: readonly Issue[];
  /** Worksheet rows of the checked sheet to leave out of the input. */
  readonly rejected: ReadonlySet<number>;
}

type Agreements = SheetTable<typeof AGREEMENT_SCHEMA.fields>;
type Prices = SheetTable<typeof PRICE_SCHEMA.fields>;
type FxRates = SheetTable<typeof FX_SCHEMA.fields>;
type Deliveries = SheetTable<typeof DELIVERY_SCHEMA.fields>;

/** Every 기준지표 of 연동약정 must name a series of 원재료가격. */
export function checkIndexesKnown(agreements: Agreements, prices: Prices): CrossCheck {
  // Without the sheet, its own MISSING_SHEET error says it all.
  if (!prices.present) return { issues: [], rejected: new Set() };
  const known = new Set(prices.rows.map((row) => row.values.index).filter((name) => name !== null));
  const issues: Issue[] = [];
  const rejected = new Set<number>();
  for (const row of agreements.rows) {
    const { index } = row.values;
    if (index === null || known.has(index)) continue;
    rejected.add(row.origin.row);
    const similar = similarName(index, known);
    issues.push(
      sheetError({
        code: ISSUE.UNKNOWN_INDEX,
        at: { sheet: row.origin.sheet, cell: row.origin.cells.index ?? '' },
        text: {
          ko: `기준지표 '${index}'의 가격이 ${prices.sheet} 시트에 없습니다${similar ? ` (비슷한 이름: '${similar}')` : ''}`,
          en: `the index '${index}' has no prices in sheet ${prices.sheet}${similar ? ` (similar name: '${similar}')` : ''}`,
        },
      }),
    );
  }
  return { issues, rejected };
}

/** A price in a foreign currency needs rates of that currency in 환율. */
export function checkCurrenciesConvertible(prices: Prices, fxRates: FxRates): CrossCheck {
  const known = new Set(fxRates.rows.map((row) => row.values.currency).filter((code) => code !== null));
  const issues: Issue[] = [];
  const rejected = new Set<number>();
  for (const row of prices.rows) {
    const { currency } = row.values;
    if (currency === null || currency === HOME_CURRENCY || known.has(currency)) continue;
    rejected.add(row.origin.row);
    issues.push(
      sheetError({
        code: ISSUE.UNKNOWN_CURRENCY,
        at: { sheet: row.origin.sheet, cell: row.origin.cells.currency ?? '' },
        text: {
          ko: `통화 ${currency}의 환율이 ${fxRates.sheet} 시트에 없습니다. 원화로 환산할 환율을 입력하세요`,
          en: `sheet ${fxRates.sheet} has no rates for ${currency}; add the KRW rates to convert it`,
        },
      }),
    );
  }
  return { issues, rejected };
}

/** A delivery must be of an item of an agreement, or it could not be priced. */
export function checkDeliveriesKnown(deliveries: Deliveries, agreements: Agreements): CrossCheck {
  // Without the sheet (or with two that answer to its name), its own error says it all.
  if (!agreements.present) return { issues: [], rejected: new Set() };
  const items = new Set<string>();
  const ids = new Set<string>();
  for (const row of agreements.rows) {
    const { agreementId, item } = row.values;
    if (agreementId !== null) ids.add(agreementId);
    if (agreementId !== null && item !== null) items.add(itemKey(agreementId, item));
  }
  const issues: Issue[] = [];
  const rejected = new Set<number>();
  for (const row of deliveries.rows) {
    const { agreementId, item } = row.values;
    if (agreementId === null || item === null || items.has(itemKey(agreementId, item))) continue;
    rejected.add(row.origin.row);
    const idKnown = ids.has(agreementId);
    issues.push(
      sheetError({
        code: ISSUE.UNKNOWN_DELIVERY_ITEM,
        at: {
          sheet: row.origin.sheet,
          cell: (idKnown ? row.origin.cells.item : row.origin.cells.agreementId) ?? '',
        },
        text: {
          ko: idKnown
            ? `약정번호 '${agreementId}'에 물품 '${item}'이(가) ${agreements.sheet} 시트에 없습니다`
            : `약정번호 '${agreementId}'이(가) ${agreements.sheet} 시트에 없습니다`,
          en: idKnown
            ? `agreement '${agreementId}' has no item '${item}' in sheet ${agreements.sheet}`
            : `agreement '${agreementId}' is not in sheet ${agreements.sheet}`,
        },
      }),
    );
  }
  return { issues, rejected };
}

function itemKey(agreementId: string, item: string): string {
  return `${agreementId}\u0000${item}`;
}

/** A known name that differs only in case or spaces, to suggest in the message. */
function similarName(name: string, known: ReadonlySet<string>): string | undefined {
  const loose = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const target = loose(name);
  return [...known].find((candidate) => loose(candidate) === target);
}
