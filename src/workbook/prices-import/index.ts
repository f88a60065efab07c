/** Price importers (issue 13): files → observations → a plan of cell edits, all pure. */
export { decodeTextBytes } from './decode-text';
export { parseTextSource, parseGridSource } from './import-source';
export { NO_HINTS, roleNamed, COLUMN_ROLES, type ColumnRole, type LayoutHints } from './table-layout';
export { prepareImport, type ImportPreview } from './prepare-import';
export type { AffectedAdjustment } from './affected';
export { applySheetEdits, type SheetEdit, type CellEdit } from './sheet-edits';
export { HISTORY_SHEET } from './history-sheet';
export { problemLine } from './spot-text';
export { currencyCodesOf } from './currency-codes';
export { scaleFactorOf } from './scale-factor';
export { NO_OPTIONS, type ImportOptions, type ParsedSource, type ImportedObservation } from './types';
export { previewSource, hintsOfRoles, type SourcePreview } from './pane-preview';
