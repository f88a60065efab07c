import { type Bilingual, ISSUE, type Issue } from '../../domain/issues';
import type { EngineInput, RowOrigin } from '../../domain/types';
import type { SheetGrid, WorkbookGrids } from '../grid/grid';
import { readAgreements } from './agreements';
import { checkCurrenciesConvertible, checkDeliveriesKnown, checkIndexesKnown } from './cross-checks';
import { readDeliveries } from './deliveries';
import { readFx } from './fx';
import { readPrices } from './prices';
import { parseAddress } from '../grid/cells';
import { sheetError, sheetWarning } from './messages';
import { SHEET, sheetNameKey, visibleSheetName } from '../grid/sheet-names';

export interface ReadResult {
  readonly input: Omit<EngineInput, 'asOf'>;
  readonly issues: readonly Issue[];
  /** The 1-based header row of each input sheet found, by sheet name (for per-supplier files). */
  readonly headerRows: Readonly<Record<string, number>>;
}

/**
 * The four input sheets → the engine's input. Rows with an error are left out of `input`; every
 * error of every row is in `issues`, in sheet order.
 */
export function readWorkbook(workbook: WorkbookGrids): ReadResult {
  const sheets = [SHEET.agreements, SHEET.prices, SHEET.fx, SHEET.deliveries].map((name) =>
    resolveInputSheet(workbook, name),
  );
  const [agreementSheet, priceSheet, fxSheet, deliverySheet] = sheets;
  const agreements = withoutMissing(readAgreements(agreementSheet?.grid), agreementSheet);
  const prices = withoutMissing(readPrices(priceSheet?.grid), priceSheet);
  const fx = withoutMissing(readFx(fxSheet?.grid), fxSheet);
  const deliveries = withoutMissing(readDeliveries(deliverySheet?.grid), deliverySheet);
  const unknownIndexes = checkIndexesKnown(agreements.table, prices.table);
  const unknownCurrencies = checkCurrenciesConvertible(prices.table, fx.table);
  const unknownItems = checkDeliveriesKnown(deliveries.table, agreements.table);
  return {
    input: {
      agreements: withoutRows(agreements.agreements, unknownIndexes.rejected),
      prices: withoutRows(prices.prices, unknownCurrencies.rejected),
      fxRates: fx.fxRates,
      deliveries: withoutRows(deliveries.deliveries, unknownItems.rejected),
    },
    headerRows: headerRowsOf([agreements.table, prices.table, fx.table, deliveries.table]),
    issues: [
      ...sheets.flatMap((sheet) => sheet.issues),
      ...agreements.issues,
      ...unknownIndexes.issues,
      ...prices.issues,
      ...unknownCurrencies.issues,
      ...fx.issues,
      ...deliveries.issues,
      ...unknownItems.issues,
    ],
  };
}

/**
 * The sheet of that name; failing an exact match, one whose name differs only in spaces or
 * width ("연동 약정"), since Excel users rename sheets by hand.
 */
export function findSheet(workbook: WorkbookGrids, name: string): SheetGrid | undefined {
  const exact = workbook.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  return workbook.sheets.find((sheet) => sheetNameKey(sheet.name) === sheetNameKey(name));
}

/** The sheet an input sheet is read from, and what the reader must be told about it. */
interface ResolvedSheet {
  /** Undefined when no sheet, or more than one, answers to the name. */
  readonly grid: SheetGrid | undefined;
  readonly issues: readonly Issue[];
  /** Two or more sheets answer to the name: none is read, and it is not "missing". */
  readonly ambiguous: boolean;
}

/**
 * The one sheet that answers to an input sheet's name: the name itself, or one that only looks
 * like it (spaces, width, case, invisible characters: "연동 약정"), hidden or not. Nothing is
 * read silently from a sheet the user may not see or recognise: a look-alike name and a hidden
 * sheet are warnings that name the sheet, and two candidates are an error (which one holds the
 * prices?) that names them all and reads neither.
 */
export function resolveInputSheet(workbook: WorkbookGrids, name: string): ResolvedSheet {
  const key = sheetNameKey(name);
  const candidates = workbook.sheets.filter((sheet) => sheetNameKey(sheet.name) === key);
  const [only] = candidates;
  if (candidates.length > 1) {
    return { grid: undefined, ambiguous: true, issues: [ambiguousSheet(name, candidates)] };
  }
  if (!only) return { grid: undefined, ambiguous: false, issues: [] };
  const issues: Issue[] = [];
  if (only.name !== name) issues.push(lookalikeSheet(name, only));
  if (only.state === 'hidden' || only.state === 'veryHidden') issues.push(hiddenSheet(only));
  return { grid: only, ambiguous: false, issues };
}

/** An ambiguous sheet is reported as such, not as missing too. */
function withoutMissing<T extends { readonly issues: readonly Issue[] }>(
  read: T,
  sheet: ResolvedSheet | undefined,
): T {
  if (!sheet?.ambiguous) return read;
  return { ...read, issues: read.issues.filter((issue) => issue.code !== ISSUE.MISSING_SHEET) };
}

function describeSheet(sheet: SheetGrid): Bilingual {
  const shown = `'${visibleSheetName(sheet.name)}'`;
  if (sheet.state === 'hidden') return { ko: `${shown}(숨김)`, en: `${shown} (hidden)` };
  if (sheet.state === 'veryHidden') return { ko: `${shown}(완전히 숨김)`, en: `${shown} (very hidden)` };
  return { ko: shown, en: shown };
}

function ambiguousSheet(name: string, candidates: readonly SheetGrid[]): Issue {
  const described = candidates.map(describeSheet);
  return sheetError({
    code: ISSUE.AMBIGUOUS_SHEET,
    at: { sheet: name, cell: '' },
    text: {
      ko: `${described.map((sheet) => sheet.ko).join(', ')} 시트가 모두 '${name}' 시트로 읽힐 수 있어 어느 것도 읽지 않았습니다. 입력 시트 하나만 '${name}'(이)라는 이름으로 남기고 나머지는 이름을 바꾸거나 지우세요`,
      en: `the sheets ${described.map((sheet) => sheet.en).join(', ')} all answer to the name '${name}', so none was read; keep one input sheet named '${name}' and rename or delete the others`,
    },
  });
}

function lookalikeSheet(name: string, sheet: SheetGrid): Issue {
  const shown = visibleSheetName(sheet.name);
  return sheetWarning({
    code: ISSUE.LOOKALIKE_SHEET_NAME,
    at: { sheet: sheet.name, cell: '' },
    text: {
      ko: `시트 이름 '${shown}'이(가) '${name}'과(와) 공백·대소문자·전각·보이지 않는 문자만 달라 '${name}' 시트로 읽었습니다. 이름을 '${name}'(으)로 바꾸세요`,
      en: `the sheet '${shown}' was read as '${name}': the names differ only in spaces, case, width or invisible characters; rename it '${name}'`,
    },
  });
}

function hiddenSheet(sheet: SheetGrid): Issue {
  const veryHidden = sheet.state === 'veryHidden';
  return sheetWarning({
    code: ISSUE.HIDDEN_SHEET,
    at: { sheet: sheet.name, cell: '' },
    text: {
      ko: veryHidden
        ? `'${sheet.name}' 시트는 완전히 숨겨져 있어(Excel 화면에서 숨기기 취소로도 보이지 않음) 내용을 확인할 수 없는데도 입력으로 읽었습니다. 이 시트가 맞는 입력인지 확인하세요`
        : `'${sheet.name}' 시트는 숨겨져 있지만 입력으로 읽었습니다. 숨기기를 취소하고 내용이 맞는지 확인하세요`,
      en: veryHidden
        ? `the sheet '${sheet.name}' is very hidden (Excel's Unhide does not show it) yet was read as input; make sure it is the right input`
        : `the sheet '${sheet.name}' is hidden yet was read as input; unhide it and check its contents`,
    },
  });
}

function headerRowsOf(tables: readonly { readonly headerRange: string }[]): Record<string, number> {
  const rows: Record<string, number> = {};
  INPUT_SHEET_NAMES.forEach((name, index) => {
    const range = tables[index]?.headerRange ?? '';
    if (range !== '') rows[name] = parseAddress(range.split(':')[0] ?? '').row;
  });
  return rows;
}

const INPUT_SHEET_NAMES = [SHEET.agreements, SHEET.prices, SHEET.fx, SHEET.deliveries] as const;

function withoutRows<T extends { readonly origin: RowOrigin }>(
  records: readonly T[],
  rows: ReadonlySet<number>,
): T[] {
  return records.filter((record) => !rows.has(record.origin.row));
}
