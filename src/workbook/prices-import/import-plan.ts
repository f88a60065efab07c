import type { D } from '../../domain/decimal';
import type { IsoDate } from '../../domain/dates';
import { address } from '../grid/cells';
import type { WorkbookGrids } from '../grid/grid';
import { SHEET } from '../grid/sheet-names';
import { HOME_CURRENCY } from '../input/values';
import { distinctObservations } from './distinct-observations';
import { historyEdit } from './history-sheet';
import { dateCell, decimalCell, pointCell, textCell, type CellEdit, type SheetEdit } from './sheet-edits';
import { importError } from './spot-text';
import {
  observationKey,
  PROVENANCE_HEADERS,
  targetSheet,
  type TargetColumn,
  type TargetSheet,
} from './target-sheet';
import type { ImportedObservation, ImportProblem, ObservationKind } from './types';

interface PlannedAddition {
  readonly observation: ImportedObservation;
  readonly sheet: string;
  readonly row: number;
}

/** A value already in the sheet that the import changes. */
export interface PlannedRevision {
  readonly observation: ImportedObservation;
  readonly sheet: string;
  readonly row: number;
  /** The value's cell, e.g. "C7". */
  readonly cell: string;
  readonly before: D;
  readonly beforeSource: string | null;
}

export interface ImportPlan {
  readonly additions: readonly PlannedAddition[];
  readonly revisions: readonly PlannedRevision[];
  /** Values already in the sheet with the same value: re-importing a file adds nothing. */
  readonly unchanged: number;
  readonly duplicates: number;
  /** Errors block the whole import; warnings do not. */
  readonly problems: readonly ImportProblem[];
  /** Every cell to write: 원재료가격, 환율 and 가격 변경 이력. Empty when nothing changes. */
  readonly edits: readonly SheetEdit[];
}

/**
 * What importing `imported` into the workbook would do, without doing it: rows to add below each
 * sheet, values to revise in place (their old values kept in 가격 변경 이력), values already there.
 */
export function planImport(
  grids: WorkbookGrids,
  imported: readonly ImportedObservation[],
  importedOn: IsoDate,
): ImportPlan {
  const distinct = distinctObservations(imported);
  const problems: ImportProblem[] = [...distinct.problems];
  const additions: PlannedAddition[] = [];
  const revisions: PlannedRevision[] = [];
  const edits: SheetEdit[] = [];
  let unchanged = 0;
  for (const kind of ['price', 'fx'] as const) {
    const observations = distinct.observations.filter((observation) => observation.kind === kind);
    if (observations.length === 0) continue;
    const target = targetSheet(grids, kind);
    if (!target) {
      problems.push(ambiguousSheet(observations[0], kind));
      continue;
    }
    const sheetPlan = planSheet(target, observations, importedOn);
    // One at a time: push(...list) overflows the stack for an import of some 100,000 rows.
    for (const problem of sheetPlan.problems) problems.push(problem);
    for (const addition of sheetPlan.additions) additions.push(addition);
    for (const revision of sheetPlan.revisions) revisions.push(revision);
    unchanged += sheetPlan.unchanged;
    if (sheetPlan.edit.cells.length > 0) edits.push(sheetPlan.edit);
  }
  const history = historyEdit(grids, revisions, importedOn);
  if (history) edits.push(history);
  return { additions, revisions, unchanged, duplicates: distinct.duplicates, problems, edits };
}

interface SheetPlan {
  readonly additions: PlannedAddition[];
  readonly revisions: PlannedRevision[];
  readonly unchanged: number;
  readonly problems: ImportProblem[];
  readonly edit: SheetEdit;
}

function planSheet(
  target: TargetSheet,
  observations: readonly ImportedObservation[],
  on: IsoDate,
): SheetPlan {
  const plan: SheetPlan = {
    additions: [],
    revisions: [],
    unchanged: 0,
    problems: [],
    edit: { sheet: target.name, create: !target.exists, cells: [] },
  };
  const currencies = new Map(target.currencies);
  const accepted: ImportedObservation[] = [];
  for (const observation of observations) {
    const known = currencies.get(observation.series);
    if (target.kind === 'price' && known !== undefined && known !== observation.currency) {
      plan.problems.push(currencyConflict(observation, known, target.name));
      continue;
    }
    currencies.set(observation.series, observation.currency);
    accepted.push(observation);
  }
  const layout = columnsFor(target, accepted);
  const cells: CellEdit[] = [...layout.headerCells];
  let unchanged = 0;
  let row = target.freeRow;
  for (const observation of accepted) {
    const existing = target.values.get(observationKey(observation.series, observation.point.date));
    if (existing?.value.eq(observation.value)) {
      unchanged += 1;
      continue;
    }
    const provenance = provenanceCells(layout.columns, observation, on);
    if (existing) {
      const column = layout.columns.get('value') ?? 1;
      cells.push(
        { row: existing.row, column, cell: decimalCell(observation.value) },
        ...provenance(existing.row),
      );
      plan.revisions.push({
        observation,
        sheet: target.name,
        row: existing.row,
        cell: address(existing.row, column),
        before: existing.value,
        beforeSource: existing.source,
      });
      continue;
    }
    cells.push(...rowCells(layout.columns, observation, row), ...provenance(row));
    plan.additions.push({ observation, sheet: target.name, row });
    row += 1;
  }
  const hasChanges = plan.additions.length + plan.revisions.length > 0;
  return { ...plan, unchanged, edit: { ...plan.edit, cells: hasChanges ? cells : [] } };
}

const HEADER_TEXT: Readonly<Record<ObservationKind, Readonly<Record<TargetColumn, string>>>> = {
  price: {
    series: '기준지표',
    date: '일자',
    value: '가격',
    currency: '통화',
    unit: '단위',
    source: PROVENANCE_HEADERS.source[0] ?? '출처',
    importedOn: PROVENANCE_HEADERS.importedOn[0] ?? '가져온 날짜',
  },
  fx: {
    series: '통화',
    date: '일자',
    value: '환율',
    currency: '통화',
    unit: '단위',
    source: PROVENANCE_HEADERS.source[0] ?? '출처',
    importedOn: PROVENANCE_HEADERS.importedOn[0] ?? '가져온 날짜',
  },
};

/** The sheet's columns, with the ones the import needs and the sheet lacks added at the right. */
function columnsFor(target: TargetSheet, observations: readonly ImportedObservation[]) {
  const needed: TargetColumn[] = ['series', 'date', 'value'];
  if (target.kind === 'price') {
    if (observations.some((observation) => observation.currency !== HOME_CURRENCY)) needed.push('currency');
    if (observations.some((observation) => observation.unit !== null)) needed.push('unit');
  }
  needed.push('source', 'importedOn');
  const columns = new Map(target.columns);
  const headerCells: CellEdit[] = [];
  let free = target.columns.size === 0 ? 1 : target.freeColumn;
  for (const column of needed) {
    if (columns.has(column)) continue;
    columns.set(column, free);
    headerCells.push({
      row: target.headerRow,
      column: free,
      cell: textCell(HEADER_TEXT[target.kind][column]),
    });
    free += 1;
  }
  return { columns, headerCells };
}

function rowCells(
  columns: ReadonlyMap<TargetColumn, number>,
  observation: ImportedObservation,
  row: number,
): CellEdit[] {
  const cells: CellEdit[] = [];
  const put = (column: TargetColumn, cell: CellEdit['cell']) => {
    const at = columns.get(column);
    if (at !== undefined) cells.push({ row, column: at, cell });
  };
  put('series', textCell(observation.series));
  put('date', pointCell(observation.point));
  put('value', decimalCell(observation.value));
  if (observation.kind === 'price') {
    put('currency', textCell(observation.currency));
    if (observation.unit !== null) put('unit', textCell(observation.unit));
  }
  return cells;
}

function provenanceCells(
  columns: ReadonlyMap<TargetColumn, number>,
  observation: ImportedObservation,
  on: IsoDate,
) {
  return (row: number): CellEdit[] => [
    { row, column: columns.get('source') ?? 1, cell: textCell(observation.source) },
    { row, column: columns.get('importedOn') ?? 1, cell: dateCell(on) },
  ];
}

function currencyConflict(observation: ImportedObservation, known: string, sheet: string): ImportProblem {
  return importError({
    spot: observation.spot,
    text: {
      ko: `'${observation.series}'는 '${sheet}' 시트에서 ${known}로 적혀 있는데 이 값은 ${observation.currency}입니다. 한 기준지표는 한 통화로만 쓸 수 있습니다`,
      en: `'${observation.series}' is in ${known} in the '${sheet}' sheet but this value is in ${observation.currency}; an index keeps one currency`,
    },
  });
}

function ambiguousSheet(observation: ImportedObservation | undefined, kind: ObservationKind): ImportProblem {
  const sheet = kind === 'price' ? SHEET.prices : SHEET.fx;
  return importError({
    spot: observation?.spot ?? { file: '', line: null, column: null },
    text: {
      ko: `'${sheet}'로 읽히는 시트가 둘 이상이라 어디에 쓸지 정할 수 없습니다. 하나만 남기고 다시 가져오세요`,
      en: `more than one sheet answers to '${sheet}', so there is no telling which to write; keep one and import again`,
    },
  });
}
