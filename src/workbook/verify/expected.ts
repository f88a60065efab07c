import type { ComputeResult } from '../../domain/types';
import { changeTableSections, type ChangeTableGroup, type ChangeTableRow } from '../output/change-table';

/** A row the recomputation puts in the change table, with the group its derived cells need. */
export interface ExpectedRow {
  readonly row: ChangeTableRow;
  readonly group: ChangeTableGroup;
}

/** The recomputed rows by key (약정번호, 물품명, 조정일, 원재료), in table order. */
export function expectedRows(result: ComputeResult): Map<string, ExpectedRow> {
  const rows = new Map<string, ExpectedRow>();
  for (const section of changeTableSections(result)) {
    for (const group of section.groups) {
      for (const row of group.rows) {
        rows.set(rowKey(keyOf(row)), { row, group });
      }
    }
  }
  return rows;
}

export function keyOf(row: ChangeTableRow): readonly string[] {
  const { adjustment, evaluation } = row;
  return [adjustment.agreementId, adjustment.item, adjustment.adjustmentDate, evaluation.material];
}

/** Cells are read trimmed, so keys are compared trimmed. */
export function rowKey(parts: readonly string[]): string {
  return JSON.stringify(parts.map((part) => part.trim()));
}

/** "A-001 / 모터 하우징 / 2024-04-01 / 구리", as a difference names a row. */
export function shownKey(parts: readonly string[]): string {
  return parts.join(' / ');
}
