import type { IsoDate } from '../../domain/dates';
import type { ComputeResult } from '../../domain/types';
import { parseAddress } from '../grid/cells';
import { buildCalculationSheet, buildChangeTable, buildSignedChangeTable } from '../output/change-table';
import type { SheetGrid } from '../grid/grid';
import { cellText } from '../input/grid-reading';
import type { OutputMeta } from '../output/output-meta';
import { findTitleCell, findTitleDate, TITLE_LABEL } from '../output/title-block';
import { checkTableValues, type ValueCheck, type VerifyDifference, type VerifyReport } from './table-values';
import { checkTableForm } from './form';

const FINGERPRINT = /^[0-9a-f]{64}$/;

/**
 * What `verify` checks in a `납품단가 변동표`: its values against the recomputation (verify.ts),
 * and the sheet against the one the tool writes for that recomputation with the table's own
 * 작성일 (verify-form.ts). One difference per cell, in sheet order.
 */
export function verifyWrittenTable(table: SheetGrid, result: ComputeResult, meta: OutputMeta): VerifyReport {
  const values = checkTableValues(table, result);
  const form = checkTableForm(table, buildChangeTable(result, meta), values);
  return { differences: mergeByCell([...values.differences, ...form]), rowsChecked: values.rowsChecked };
}

/**
 * The 작성일 and input fingerprint the tool would have written: the table's own when they are
 * a date and a fingerprint (a fingerprint of other inputs is a warning of its own, see run.ts),
 * else today's date and the recomputation's fingerprint, so that a missing one is a difference.
 */
export function writtenMeta(table: SheetGrid, fingerprint: string, today: IsoDate): OutputMeta {
  const written = findTitleCell(table, TITLE_LABEL.fingerprint);
  const text = written ? cellText(written.cell) : '';
  return {
    createdOn: findTitleDate(table, TITLE_LABEL.createdOn) ?? today,
    fingerprint: FINGERPRINT.test(text) ? text : fingerprint,
  };
}

/**
 * What `verify` checks in the signed `납품단가 변동표`: the sheet against the one the tool writes
 * for the recomputation — every formula pointing at the right cell of `연동 계산 내역`, every
 * cached value, format, row and signature cell — with the table's own 작성일.
 */
export function verifySignedTable(table: SheetGrid, result: ComputeResult, meta: OutputMeta): VerifyReport {
  const expected = buildSignedChangeTable(result, meta, buildCalculationSheet(result, meta));
  const nothingMatched: ValueCheck = {
    differences: [],
    rowsChecked: 0,
    layout: null,
    matched: new Map(),
    reportedRows: new Set(),
    missingSerials: new Set(),
  };
  return { differences: mergeByCell(checkTableForm(table, expected, nothingMatched)), rowsChecked: 0 };
}

/** Differences at one cell become one (their messages joined), by sheet, then row, then column. */
export function mergeByCell(differences: readonly VerifyDifference[]): VerifyDifference[] {
  const byCell = new Map<string, VerifyDifference>();
  const sheetOrder = new Map<string, number>();
  for (const difference of differences) {
    if (!sheetOrder.has(difference.sheet)) sheetOrder.set(difference.sheet, sheetOrder.size);
    const key = `${difference.sheet}\u0000${difference.cell}`;
    const earlier = byCell.get(key);
    byCell.set(
      key,
      earlier === undefined
        ? difference
        : {
            ...earlier,
            text: {
              ko: joined(earlier.text.ko, difference.text.ko),
              en: joined(earlier.text.en, difference.text.en),
            },
          },
    );
  }
  return [...byCell.values()].sort((a, b) => {
    const at = position(a.cell);
    const bt = position(b.cell);
    return (
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      at.row - bt.row ||
      at.column - bt.column
    );
  });
}

function joined(first: string, second: string): string {
  return first.includes(second) ? first : `${first} ${second}`;
}

function position(cell: string): { row: number; column: number } {
  try {
    return parseAddress(cell);
  } catch {
    return { row: 0, column: 0 };
  }
}
