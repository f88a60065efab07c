export { buildCalculationSheet, buildChangeTable, planCalculationSheet } from './calculation-sheet';
export {
  ALL_CHANGE_COLUMNS,
  type ChangeColumn,
  type ChangeColumnKey,
  type ColumnKind,
  isShareBasisColumn,
  KEY_COLUMNS,
} from './columns';
export { type ChangeTableGroup, type ChangeTableRow, changeTableSections } from './rows';
export { buildSignedChangeTable, planSignedChangeTable } from './signed-table';
export { changeCellContent } from './values';
