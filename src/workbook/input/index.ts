export { readAgreements } from './agreements';
export { readPrices } from './prices';
export { findSheet, readWorkbook } from './read-workbook';
export { type FieldSpec, INPUT_SCHEMAS, type InputSheetKey } from './schema';
export { buildTemplateSheets, ENUM_CHOICES, TEMPLATE_HEADERS, templateInputs } from './template';
