import { sameValue } from './decimal';
import { type Bilingual, engineIssue, type Issue } from './issues';
import { placeOf } from './origin';
import type { AgreementRow } from './types';

/** The material rows of one item of one agreement, in sheet order. */
export interface ItemGroup {
  readonly key: string;
  readonly rows: readonly AgreementRow[];
}

export function itemKey(agreementId: string, item: string): string {
  return `${agreementId}\u0000${item}`;
}

/** Groups rows by (agreement, item), keeping the order in which items first appear. */
export function groupItems(
  rows: readonly AgreementRow[],
  keys: readonly string[] = rows.map((row) => itemKey(row.agreementId, row.item)),
): ItemGroup[] {
  const groups = new Map<string, AgreementRow[]>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as AgreementRow;
    const key = keys[index] ?? itemKey(row.agreementId, row.item);
    const list = groups.get(key);
    if (list) {
      list.push(row);
    } else {
      groups.set(key, [row]);
    }
  }
  return [...groups].map(([key, list]) => ({ key, rows: list }));
}

interface SharedField {
  readonly field: keyof AgreementRow;
  readonly label: string;
  readonly same: (a: AgreementRow, b: AgreementRow) => boolean;
}

/** Fields every material row of one item must repeat identically (DOMAIN §3.4). */
const ITEM_FIELDS: readonly SharedField[] = [
  { field: 'unitPrice', label: '납품단가', same: (a, b) => sameValue(a.unitPrice, b.unitPrice) },
  { field: 'priceDecimals', label: '단가소수점', same: (a, b) => a.priceDecimals === b.priceDecimals },
  { field: 'rounding', label: '단가반올림', same: (a, b) => a.rounding === b.rounding },
];

/** Fields every row of one agreement must repeat: the signed table names these parties. */
const AGREEMENT_FIELDS: readonly SharedField[] = [
  { field: 'buyer', label: '위탁기업', same: (a, b) => a.buyer === b.buyer },
  { field: 'supplier', label: '수탁기업', same: (a, b) => a.supplier === b.supplier },
];

/**
 * Errors for rows that contradict the first row of their item or agreement, and the items
 * that cannot be computed because of them.
 */
export function consistencyIssues(
  rows: readonly AgreementRow[],
  keys: readonly string[] = rows.map((row) => itemKey(row.agreementId, row.item)),
): {
  issues: Issue[];
  blockedItems: Set<string>;
} {
  const issues: Issue[] = [];
  const blockedItems = new Set<string>();
  const blockedAgreements = new Set<string>();
  const firstOfItem = new Map<string, AgreementRow>();
  const firstOfAgreement = new Map<string, AgreementRow>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as AgreementRow;
    const key = keys[index] ?? itemKey(row.agreementId, row.item);
    const itemFirst = firstOfItem.get(key);
    if (itemFirst) {
      const found = disagreements(row, itemFirst, ITEM_FIELDS, 'item');
      if (found.length > 0) {
        blockedItems.add(key);
        issues.push(...found);
      }
    } else {
      firstOfItem.set(key, row);
    }
    const agreementFirst = firstOfAgreement.get(row.agreementId);
    if (agreementFirst) {
      const found = disagreements(row, agreementFirst, AGREEMENT_FIELDS, 'agreement');
      if (found.length > 0) {
        blockedAgreements.add(row.agreementId);
        issues.push(...found);
      }
    } else {
      firstOfAgreement.set(row.agreementId, row);
    }
  }
  for (const row of rows) {
    if (blockedAgreements.has(row.agreementId)) {
      blockedItems.add(itemKey(row.agreementId, row.item));
    }
  }
  return { issues, blockedItems };
}

function disagreements(
  row: AgreementRow,
  first: AgreementRow,
  fields: readonly SharedField[],
  of: 'item' | 'agreement',
): Issue[] {
  // Nearly every row agrees: check before building anything (the subject's text included).
  let agrees = true;
  for (const shared of fields) agrees &&= shared.same(row, first);
  if (agrees) return [];
  const subject: Bilingual =
    of === 'item'
      ? { ko: `물품 "${row.item}"`, en: `item "${row.item}"` }
      : { ko: `약정 "${row.agreementId}"`, en: `agreement "${row.agreementId}"` };
  return fields
    .filter((shared) => !shared.same(row, first))
    .map((shared) =>
      engineIssue({
        severity: 'error',
        code: 'ITEM_ROWS_DISAGREE',
        at: placeOf(row.origin, shared.field),
        fields: { subject, label: shared.label, field: shared.field, firstRow: first.origin.row },
      }),
    );
}
