import type { Bilingual } from '../../domain/issues';
import type { ComputeResult } from '../../domain/types';
import { address } from '../grid/cells';
import {
  ALL_CHANGE_COLUMNS,
  isShareBasisColumn,
  KEY_COLUMNS,
  type ChangeColumn,
  changeCellContent,
} from '../output/change-table';
import { cellDate, cellText } from '../input/grid-reading';
import type { InputCell, SheetGrid } from '../grid/grid';
import { compareCell, EMPTY_SHOWN } from './cell';
import { expectedRows, keyOf, rowKey, shownKey, type ExpectedRow } from './expected';
import { cellIn, findTableLayout, isDataRow, type TableLayout } from './layout';

/** One cell (or row) of a `납품단가 변동표` that the recomputation does not confirm. */
export interface VerifyDifference {
  readonly sheet: string;
  /** A1 address in the worksheet. */
  readonly cell: string;
  /** The column's header, or "(행)" for a whole row, "(머리글)" for the header. */
  readonly column: string;
  /** What the recomputation gives, as the cell would show it. */
  readonly expected: string;
  /** What the table shows. */
  readonly actual: string;
  readonly text: Bilingual;
}

export interface VerifyReport {
  readonly differences: readonly VerifyDifference[];
  /** Data rows of the table that were matched to the recomputation and compared. */
  readonly rowsChecked: number;
}

/** The value check's findings, with what it matched, for the checks that build on it. */
export interface ValueCheck extends VerifyReport {
  readonly layout: TableLayout | null;
  /** Grid row index → 연번 of the recomputed row it was matched to by key. */
  readonly matched: ReadonlyMap<number, number>;
  /** Grid row indexes reported as a whole (not in the recomputation, repeated, undated). */
  readonly reportedRows: ReadonlySet<number>;
  /** 연번 of the recomputed rows reported missing from the table. */
  readonly missingSerials: ReadonlySet<number>;
}

const WHOLE_ROW = '(행)';
const HEADER = '(머리글)';

/** A difference before the sheet's name is added. */
type Finding = Omit<VerifyDifference, 'sheet'>;

/** Builds differences addressed in the worksheet (grid indexes shifted by the grid's corner). */
class Findings {
  readonly differences: VerifyDifference[] = [];

  constructor(readonly table: SheetGrid) {}

  at(index: number, column: number): string {
    return address(this.table.top + index, this.table.left + column);
  }

  add(found: Finding): void {
    this.differences.push({ sheet: this.table.name, ...found });
  }
}

/**
 * Compares the values of a `납품단가 변동표` with the recomputation — one written by
 * buildChangeTable and read back from a file (formula cells carry their cached results) or one
 * typed by hand under the same headings — and lists every cell that differs, every row the
 * recomputation lacks and every adjustment the table lacks. Values only: what `verify` runs is
 * verifyWrittenTable, which also holds the sheet to everything else the tool writes.
 */
export function verifyChangeTable(table: SheetGrid, result: ComputeResult): VerifyReport {
  const { differences, rowsChecked } = checkTableValues(table, result);
  return { differences, rowsChecked };
}

/** verifyChangeTable, with the rows it matched and reported. */
export function checkTableValues(table: SheetGrid, result: ComputeResult): ValueCheck {
  const findings = new Findings(table);
  const layout = findTableLayout(table);
  if (layout === null) return noHeaderRow(findings);
  const expected = expectedRows(result);
  reportMissingColumns(findings, layout, [...expected.values()]);
  const matching = matchTableRows(findings, layout, table, expected);
  const missingSerials = reportMissingRows(findings, expected, matching);
  const { rowsChecked, matched, reportedRows } = matching;
  return { differences: findings.differences, rowsChecked, layout, matched, reportedRows, missingSerials };
}

function noHeaderRow(findings: Findings): ValueCheck {
  const keys = KEY_COLUMNS.map(headerOf).join(', ');
  findings.add({
    cell: findings.at(0, 0),
    column: HEADER,
    expected: keys,
    actual: EMPTY_SHOWN,
    text: {
      ko: `머리글 행을 찾을 수 없습니다: ${keys} 열이 모두 있는 행이 필요합니다.`,
      en: `No header row: a row naming ${keys} is needed.`,
    },
  });
  return {
    differences: findings.differences,
    rowsChecked: 0,
    layout: null,
    matched: new Map(),
    reportedRows: new Set(),
    missingSerials: new Set(),
  };
}

/** What matching the table's data rows to the recomputation found, row by row. */
interface RowMatching {
  /** Row key → grid row index of its first occurrence. */
  readonly seen: Map<string, number>;
  readonly matched: Map<number, number>;
  readonly reportedRows: Set<number>;
  /** Agreement → grid row index of its last data row. */
  readonly lastIndexOfAgreement: Map<string, number>;
  lastDataIndex: number;
  rowsChecked: number;
}

/** Matches each data row by key, comparing the matched ones and reporting the rest. */
function matchTableRows(
  findings: Findings,
  layout: TableLayout,
  table: SheetGrid,
  expected: ReadonlyMap<string, ExpectedRow>,
): RowMatching {
  const matching: RowMatching = {
    seen: new Map(),
    matched: new Map(),
    reportedRows: new Set(),
    lastIndexOfAgreement: new Map(),
    lastDataIndex: layout.headerIndex,
    rowsChecked: 0,
  };
  for (let index = layout.headerIndex + 1; index < table.cells.length; index += 1) {
    const cells = table.cells[index] ?? [];
    if (isDataRow(cells, layout)) matchTableRow(findings, layout, cells, index, expected, matching);
  }
  return matching;
}

function matchTableRow(
  findings: Findings,
  layout: TableLayout,
  cells: readonly InputCell[],
  index: number,
  expected: ReadonlyMap<string, ExpectedRow>,
  matching: RowMatching,
): void {
  matching.lastDataIndex = index;
  const agreementId = cellText(cellIn(cells, layout, 'agreementId'));
  matching.lastIndexOfAgreement.set(agreementId.trim(), index);
  const parts = tableKey(findings, layout, cells, index);
  if (parts === null) {
    matching.reportedRows.add(index);
    return;
  }
  const key = rowKey(parts);
  const earlier = matching.seen.get(key);
  const match = expected.get(key);
  if (earlier !== undefined) {
    matching.reportedRows.add(index);
    findings.add(repeatedRow(findings, index, parts, findings.table.top + earlier));
  } else if (!match) {
    matching.seen.set(key, index);
    matching.reportedRows.add(index);
    findings.add(unexpectedRow(findings, index, parts));
  } else {
    matching.seen.set(key, index);
    matching.matched.set(index, match.row.serial);
    matching.rowsChecked += 1;
    compareRow(findings, layout, cells, match, index);
  }
}

function repeatedRow(
  findings: Findings,
  index: number,
  parts: readonly string[],
  earlierRow: number,
): Finding {
  return {
    cell: findings.at(index, 0),
    column: WHOLE_ROW,
    expected: EMPTY_SHOWN,
    actual: shownKey(parts),
    text: {
      ko: `같은 행(${shownKey(parts)})이 ${earlierRow}행에도 있습니다.`,
      en: `The row ${shownKey(parts)} repeats row ${earlierRow}.`,
    },
  };
}

function unexpectedRow(findings: Findings, index: number, parts: readonly string[]): Finding {
  return {
    cell: findings.at(index, 0),
    column: WHOLE_ROW,
    expected: EMPTY_SHOWN,
    actual: shownKey(parts),
    text: {
      ko: `재계산에는 이 행(${shownKey(parts)})이 없습니다: 이 날짜에 단가가 조정되지 않았거나 약정번호·물품명·원재료가 다릅니다.`,
      en: `The recomputation has no row ${shownKey(parts)}: no adjustment on that date, or a different agreement, item or material.`,
    },
  };
}

/** Reports every recomputed row the table lacks; returns their 연번. */
function reportMissingRows(
  findings: Findings,
  expected: ReadonlyMap<string, ExpectedRow>,
  matching: RowMatching,
): Set<number> {
  const missingSerials = new Set<number>();
  for (const [key, { row }] of expected) {
    if (matching.seen.has(key)) continue;
    missingSerials.add(row.serial);
    // Pointed at the agreement's last row in the table, where the missing row would follow.
    const near =
      matching.lastIndexOfAgreement.get(row.adjustment.agreementId.trim()) ?? matching.lastDataIndex;
    const parts = keyOf(row);
    findings.add({
      cell: findings.at(near, 0),
      column: WHOLE_ROW,
      expected: shownKey(parts),
      actual: EMPTY_SHOWN,
      text: {
        ko: `재계산에는 있는 행(${shownKey(parts)})이 표에 없습니다.`,
        en: `The table lacks the recomputed row ${shownKey(parts)}.`,
      },
    });
  }
  return missingSerials;
}

/** The row's key, or null (with a difference) when its 조정일 is not a date. */
function tableKey(
  findings: Findings,
  layout: TableLayout,
  cells: readonly InputCell[],
  index: number,
): readonly string[] | null {
  const dateCell = cellIn(cells, layout, 'adjustmentDate');
  const adjustmentDate = cellDate(dateCell);
  if (adjustmentDate === null) {
    findings.add({
      cell: findings.at(index, layout.columns.get('adjustmentDate') ?? 0),
      column: headerOf('adjustmentDate'),
      expected: '날짜',
      actual: cellText(dateCell) || EMPTY_SHOWN,
      text: {
        ko: '조정일을 날짜로 읽을 수 없어 이 행을 재계산과 맞춰 볼 수 없습니다.',
        en: 'The adjustment date is not a date, so this row cannot be matched to the recomputation.',
      },
    });
    return null;
  }
  return [
    cellText(cellIn(cells, layout, 'agreementId')),
    cellText(cellIn(cells, layout, 'item')),
    adjustmentDate,
    cellText(cellIn(cells, layout, 'material')),
  ];
}

function compareRow(
  findings: Findings,
  layout: TableLayout,
  cells: readonly InputCell[],
  { row, group }: ExpectedRow,
  index: number,
): void {
  for (const column of comparedColumns()) {
    const at = layout.columns.get(column.key);
    if (at === undefined) {
      continue;
    }
    const cell = cells[at];
    const mismatch = compareCell(column.kind, changeCellContent(column.key, row, group), cell);
    if (mismatch) {
      const formula = cell?.formula !== undefined;
      findings.add({
        cell: findings.at(index, at),
        column: column.header,
        expected: mismatch.expected,
        actual: mismatch.actual,
        text: {
          ko: `${column.header}: 재계산 값은 ${mismatch.expected}인데 ${formula ? '표의 수식 결과는' : '표에는'} ${mismatch.actual}입니다.`,
          en: `${column.header}: recomputed ${mismatch.expected}, ${formula ? "the table's formula shows" : 'the table shows'} ${mismatch.actual}.`,
        },
      });
    }
  }
}

/** Every column but 연번 (a counter) and the keys (equal by matching). */
function comparedColumns(): ChangeColumn[] {
  return ALL_CHANGE_COLUMNS.filter((column) => column.key !== 'serial' && !KEY_COLUMNS.includes(column.key));
}

/**
 * A column the table lacks is a difference when the recomputation has something to put there.
 * The 산정 근거 columns are optional: q itself is compared.
 */
function reportMissingColumns(
  findings: Findings,
  layout: TableLayout,
  expected: readonly ExpectedRow[],
): void {
  for (const column of comparedColumns()) {
    // 원가구분 only labels the row; a table typed by hand may leave it out.
    if (layout.columns.has(column.key) || isShareBasisColumn(column.key) || column.key === 'costKind') {
      continue;
    }
    if (expected.some(({ row, group }) => changeCellContent(column.key, row, group) !== null)) {
      findings.add({
        cell: findings.at(layout.headerIndex, 0),
        column: column.header,
        expected: column.header,
        actual: EMPTY_SHOWN,
        text: { ko: `표에 ${column.header} 열이 없습니다.`, en: `The table has no column ${column.header}.` },
      });
    }
  }
}

function headerOf(key: ChangeColumn['key']): string {
  return ALL_CHANGE_COLUMNS.find((column) => column.key === key)?.header ?? key;
}
