/** Price importers (issue 13): files → observations → a plan of cell edits, all pure. */
export { decodeTextBytes, type LegacyDecoder, type DecodedText } from './decode-text';
export { parseTextSource, parseGridSource, sourceTableOfGrid } from './import-source';
export { layoutOf } from './table-source';
export {
  NO_HINTS,
  roleNamed,
  COLUMN_ROLES,
  type ColumnRole,
  type LayoutHints,
  type TableLayout,
} from './table-layout';
export { readTextTable } from './text-table';
export { prepareImport, type ImportPreview } from './prepare-import';
export type { ImportPlan, PlannedAddition, PlannedRevision } from './import-plan';
export type { AffectedAdjustment } from './affected';
export { applySheetEdits, type SheetEdit, type CellEdit } from './sheet-edits';
export { HISTORY_SHEET } from './history-sheet';
export { problemLine, spotText } from './spot-text';
export {
  NO_OPTIONS,
  type ImportOptions,
  type ImportProblem,
  type ParsedSource,
  type ImportedObservation,
} from './types';
export type { SourceTable, SourceRow } from './source-table';
export { previewSource, hintsOfRoles, PREVIEW_ROWS, type SourcePreview } from './pane-preview';
