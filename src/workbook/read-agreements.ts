import { type IsoDate, lastDayOfMonth, monthOf } from '../domain/dates';
import { ONE } from '../domain/decimal';
import type { Issue } from '../domain/issues';
import type { AgreementRow, FormulaKind, PointInTime } from '../domain/types';
import type { SheetGrid } from './grid';
import { missingHeaderIssue } from './headers';
import { INPUT_ISSUE } from './input-issues';
import { sheetError, sheetWarning } from './read-messages';
import { completeValues, emptyFieldIssue, readTable, type SheetTable, type TableRow } from './read-table';
import { AGREEMENT_SCHEMA, type CompleteValues, type FieldSpec } from './schema';

type AgreementFields = typeof AGREEMENT_SCHEMA.fields;
type AgreementTableRow = TableRow<AgreementFields>;

export interface AgreementsRead {
  readonly table: SheetTable<AgreementFields>;
  readonly agreements: readonly AgreementRow[];
  readonly issues: readonly Issue[];
}

/** The value each formula needs: 투입량 → 단위당투입량, 비중 → 원재료비중. */
const FORMULA_INPUT = { quantity: 'quantityPerUnit', share: 'materialShare' } as const satisfies Record<
  FormulaKind,
  string
>;
const FORMULA_LABEL: Record<FormulaKind, string> = { quantity: '투입량', share: '비중' };

/** Sheet 연동약정 → one AgreementRow per row without errors, defaults applied (DOMAIN.md §2.1). */
export function readAgreements(grid: SheetGrid | undefined): AgreementsRead {
  const table = readTable(grid, AGREEMENT_SCHEMA);
  const issues: Issue[] = [...table.issues];
  const agreements: AgreementRow[] = [];
  const formulasMissingColumn = new Set<FormulaKind>();
  for (const row of table.rows) {
    const needed = formulaInput(table, row);
    if (needed.missingColumn) formulasMissingColumn.add(needed.missingColumn);
    const rowIssues = [...needed.issues, ...unusedInputWarnings(row), ...dateOrderIssues(row)];
    issues.push(...rowIssues);
    const values = completeValues(row);
    if (values && !needed.fails && !rowIssues.some((issue) => issue.severity === 'error')) {
      agreements.push(toAgreement(row, values));
    }
  }
  for (const formula of formulasMissingColumn) {
    const key = FORMULA_INPUT[formula];
    issues.push(
      missingHeaderIssue(
        table.sheet,
        table.headerRange,
        fieldSpec(key),
        ` (산식이 '${FORMULA_LABEL[formula]}'인 행에 필요합니다)`,
        ` (rows with formula ${FORMULA_LABEL[formula]} need it)`,
      ),
    );
  }
  return { table, agreements, issues };
}

interface FormulaInputCheck {
  readonly fails: boolean;
  readonly issues: readonly Issue[];
  /** Set when the needed column is missing altogether: reported once for the sheet. */
  readonly missingColumn?: FormulaKind;
}

/** 단위당투입량 is required on 투입량 rows, 원재료비중 on 비중 rows. */
function formulaInput(table: SheetTable<AgreementFields>, row: AgreementTableRow): FormulaInputCheck {
  const { formula } = row.values;
  if (formula === null) return { fails: false, issues: [] };
  const key = FORMULA_INPUT[formula];
  if (row.values[key] !== null) return { fails: false, issues: [] };
  const at = row.origin.cells[key];
  if (at === undefined) return { fails: true, issues: [], missingColumn: formula };
  // An unreadable value was reported when the cell was read.
  if (row.unreadable.has(key)) return { fails: true, issues: [] };
  return { fails: true, issues: [emptyFieldIssue(table.sheet, at, fieldSpec(key))] };
}

/** A value the formula does not use is kept in the row, but the user should know it has no effect. */
function unusedInputWarnings(row: AgreementTableRow): Issue[] {
  const { formula } = row.values;
  if (formula === null) return [];
  const otherFormula: FormulaKind = formula === 'quantity' ? 'share' : 'quantity';
  const unusedKey = FORMULA_INPUT[otherFormula];
  const at = row.origin.cells[unusedKey];
  if (row.values[unusedKey] === null || at === undefined) return [];
  const spec = fieldSpec(unusedKey);
  return [
    sheetWarning(
      row.origin.sheet,
      at,
      INPUT_ISSUE.UNUSED_VALUE,
      `산식이 '${FORMULA_LABEL[formula]}'이므로 ${spec.header} 값은 계산에 쓰지 않습니다`,
      `the formula is ${FORMULA_LABEL[formula]} (${formula}), so ${spec.header} (${spec.key}) is not used`,
    ),
  ];
}

function dateOrderIssues(row: AgreementTableRow): Issue[] {
  const { contractStart, contractEnd, basePoint, firstAdjustment } = row.values;
  const { sheet, cells } = row.origin;
  const issues: Issue[] = [];
  if (contractStart !== null && contractEnd !== null && contractEnd < contractStart) {
    issues.push(
      sheetError(
        sheet,
        cells.contractEnd ?? '',
        INPUT_ISSUE.CONTRACT_END_BEFORE_START,
        `계약종료일(${contractEnd})이 계약시작일(${contractStart})보다 앞섭니다`,
        `the contract end (${contractEnd}) is before the contract start (${contractStart})`,
      ),
    );
  }
  if (basePoint !== null && firstAdjustment !== null) {
    const baseDate = baseReferenceDate(basePoint);
    if (firstAdjustment <= baseDate) {
      issues.push(
        sheetError(
          sheet,
          cells.firstAdjustment ?? '',
          INPUT_ISSUE.FIRST_ADJUSTMENT_NOT_AFTER_BASE,
          `첫조정일(${firstAdjustment})은 기준시점(${baseDate})보다 뒤여야 합니다`,
          `the first adjustment date (${firstAdjustment}) must be after the base point (${baseDate})`,
        ),
      );
    }
  }
  return issues;
}

/** The day a base point refers to: the day itself, or the last day of a month (DOMAIN.md §3.2). */
export function baseReferenceDate(point: PointInTime): IsoDate {
  return point.granularity === 'month' ? lastDayOfMonth(monthOf(point.date)) : point.date;
}

function toAgreement(row: AgreementTableRow, values: CompleteValues<AgreementFields>): AgreementRow {
  return {
    origin: row.origin,
    agreementId: values.agreementId,
    buyer: values.buyer,
    supplier: values.supplier,
    item: values.item,
    partNo: values.partNo,
    signedOn: values.signedOn,
    contractStart: values.contractStart,
    contractEnd: values.contractEnd,
    contractAmount: values.contractAmount,
    buyerSize: values.buyerSize,
    optedOut: values.optedOut ?? false,
    unitPrice: values.unitPrice,
    material: values.material,
    index: values.index,
    formula: values.formula,
    quantityPerUnit: values.quantityPerUnit,
    materialShare: values.materialShare,
    basePoint: values.basePoint,
    basePrice: values.basePrice,
    threshold: values.threshold,
    cycleMonths: values.cycle,
    firstAdjustment: values.firstAdjustment,
    reflectionRatio: values.reflectionRatio ?? ONE,
    reflectionMode: values.reflectionMode ?? 'whole',
    averagingMonths: values.averagingMonths ?? 0,
    effectiveLagDays: values.effectiveLagDays ?? 0,
    priceDecimals: values.priceDecimals ?? 0,
    rounding: values.rounding ?? 'halfUp',
  };
}

function fieldSpec(key: string): FieldSpec {
  const spec = AGREEMENT_SCHEMA.fields.find((candidate) => candidate.key === key);
  if (!spec) throw new Error(`no field ${key} in ${AGREEMENT_SCHEMA.sheet}`);
  return spec;
}
