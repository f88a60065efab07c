import { ONE } from '../../domain/decimal';
import { type Bilingual, ISSUE, type Issue } from '../../domain/issues';
import { baseReferenceDay } from '../../domain/price-book';
import type { AgreementRow, FormulaKind } from '../../domain/types';
import type { SheetGrid } from '../grid/grid';
import { missingHeaderIssue } from './headers';
import { sheetError, sheetWarning } from './messages';
import { completeValues, emptyFieldIssue, readTable, type SheetTable, type TableRow } from './table';
import { AGREEMENT_SCHEMA, type CompleteValues, type FieldSpec } from './schema';

type AgreementFields = typeof AGREEMENT_SCHEMA.fields;
type AgreementTableRow = TableRow<AgreementFields>;

export interface AgreementsRead {
  readonly table: SheetTable<AgreementFields>;
  readonly agreements: readonly AgreementRow[];
  readonly issues: readonly Issue[];
}

/** The value each formula needs: 투입량 → 단위당투입량, 비중 and 변동률 → 원재료비중. */
const FORMULA_INPUT = {
  quantity: 'quantityPerUnit',
  share: 'materialShare',
  rate: 'materialShare',
} as const satisfies Record<FormulaKind, string>;
const FORMULA_LABEL: Record<FormulaKind, string> = { quantity: '투입량', share: '비중', rate: '변동률' };

/** A column that only some rows need, and why (for the one missing-column issue of the sheet). */
interface ConditionalInput {
  readonly key: 'quantityPerUnit' | 'materialShare' | 'firstAdjustment';
  readonly why: Bilingual;
}

/** Sheet 연동약정 → one AgreementRow per row without errors, defaults applied (DOMAIN.md §2.1). */
export function readAgreements(grid: SheetGrid | undefined): AgreementsRead {
  const table = readTable(grid, AGREEMENT_SCHEMA);
  const issues: Issue[] = [...table.issues];
  const agreements: AgreementRow[] = [];
  const missingColumns = new Map<string, ConditionalInput>();
  for (const row of table.rows) {
    const needed = conditionalInputs(row).map((input) => checkInput(table, row, input));
    for (const check of needed)
      if (check.missingColumn) missingColumns.set(check.missingColumn.key, check.missingColumn);
    const rowIssues = [
      ...needed.flatMap((check) => check.issues),
      ...unusedInputWarnings(row),
      ...dateOrderIssues(row),
      ...eventCycleIssues(row),
    ];
    issues.push(...rowIssues);
    const values = completeValues(row);
    if (
      values &&
      !needed.some((check) => check.fails) &&
      !rowIssues.some((issue) => issue.severity === 'error')
    ) {
      agreements.push(toAgreement(row, values));
    }
  }
  for (const input of missingColumns.values()) {
    issues.push(
      missingHeaderIssue(table.sheet, table.headerRange, fieldSpec(input.key), {
        ko: ` (${input.why.ko})`,
        en: ` (${input.why.en})`,
      }),
    );
  }
  return { table, agreements, issues };
}

/** 단위당투입량 on 투입량 rows, 원재료비중 on 비중 and 변동률 rows, 첫조정일 unless the cycle is 수시. */
function conditionalInputs(row: AgreementTableRow): ConditionalInput[] {
  const { formula, cycle } = row.values;
  const inputs: ConditionalInput[] = [];
  if (formula !== null) {
    inputs.push({
      key: FORMULA_INPUT[formula],
      why: {
        ko: `산식이 '${FORMULA_LABEL[formula]}'인 행에 필요합니다`,
        en: `rows with formula ${FORMULA_LABEL[formula]} need it`,
      },
    });
  }
  if (cycle !== null && cycle !== 'event') {
    inputs.push({
      key: 'firstAdjustment',
      why: {
        ko: '조정주기가 수시가 아닌 행에 필요합니다',
        en: 'rows whose cycle is not 수시 (event) need it',
      },
    });
  }
  return inputs;
}

interface InputCheck {
  readonly fails: boolean;
  readonly issues: readonly Issue[];
  /** Set when the needed column is missing altogether: reported once for the sheet. */
  readonly missingColumn?: ConditionalInput;
}

function checkInput(
  table: SheetTable<AgreementFields>,
  row: AgreementTableRow,
  input: ConditionalInput,
): InputCheck {
  if (row.values[input.key] !== null) return { fails: false, issues: [] };
  const at = row.origin.cells[input.key];
  if (at === undefined) return { fails: true, issues: [], missingColumn: input };
  // An unreadable value was reported when the cell was read.
  if (row.unreadable.has(input.key)) return { fails: true, issues: [] };
  return { fails: true, issues: [emptyFieldIssue(table.sheet, at, fieldSpec(input.key))] };
}

/** A value the formula does not use is kept in the row, but the user should know it has no effect. */
function unusedInputWarnings(row: AgreementTableRow): Issue[] {
  const { formula } = row.values;
  if (formula === null) return [];
  const unusedKey = FORMULA_INPUT[formula] === 'quantityPerUnit' ? 'materialShare' : 'quantityPerUnit';
  const at = row.origin.cells[unusedKey];
  if (row.values[unusedKey] === null || at === undefined) return [];
  const spec = fieldSpec(unusedKey);
  return [
    sheetWarning({
      code: ISSUE.UNUSED_VALUE,
      at: { sheet: row.origin.sheet, cell: at },
      text: {
        ko: `산식이 '${FORMULA_LABEL[formula]}'이므로 ${spec.header} 값은 계산에 쓰지 않습니다`,
        en: `the formula is ${FORMULA_LABEL[formula]} (${formula}), so ${spec.header} (${spec.key}) is not used`,
      },
    }),
  ];
}

/** 수시 compares the observation on the adjustment date itself: a point price, never an average (§3.1). */
function eventCycleIssues(row: AgreementTableRow): Issue[] {
  const { cycle, averagingMonths } = row.values;
  if (cycle !== 'event' || averagingMonths === null || averagingMonths === 0) return [];
  return [
    sheetError({
      code: ISSUE.EVENT_CYCLE_AVERAGED,
      at: { sheet: row.origin.sheet, cell: row.origin.cells.averagingMonths ?? '' },
      text: {
        ko: `조정주기가 수시이면 평균개월은 0(조정일 당일 가격)이어야 합니다`,
        en: `with a 수시 (event-driven) cycle, 평균개월 must be 0 (the price on the adjustment date)`,
      },
    }),
  ];
}

function dateOrderIssues(row: AgreementTableRow): Issue[] {
  const { contractStart, contractEnd, basePoint, firstAdjustment } = row.values;
  const { sheet, cells } = row.origin;
  const issues: Issue[] = [];
  if (contractStart !== null && contractEnd !== null && contractEnd < contractStart) {
    issues.push(
      sheetError({
        code: ISSUE.CONTRACT_END_BEFORE_START,
        at: { sheet, cell: cells.contractEnd ?? '' },
        text: {
          ko: `계약종료일(${contractEnd})이 계약시작일(${contractStart})보다 앞섭니다`,
          en: `the contract end (${contractEnd}) is before the contract start (${contractStart})`,
        },
      }),
    );
  }
  if (basePoint !== null && firstAdjustment !== null) {
    const baseDate = baseReferenceDay(basePoint);
    if (firstAdjustment <= baseDate) {
      issues.push(
        sheetError({
          code: ISSUE.FIRST_ADJUSTMENT_NOT_AFTER_BASE,
          at: { sheet, cell: cells.firstAdjustment ?? '' },
          text: {
            ko: `첫조정일(${firstAdjustment})은 기준시점(${baseDate})보다 뒤여야 합니다`,
            en: `the first adjustment date (${firstAdjustment}) must be after the base point (${baseDate})`,
          },
        }),
      );
    }
  }
  return issues;
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
    costKind: values.costKind ?? 'material',
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
    direction: values.direction ?? 'both',
    fxPlacement: values.fxPlacement ?? 'index',
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
