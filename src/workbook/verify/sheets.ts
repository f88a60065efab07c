import type { SheetGrid, SheetTab, WorkbookGrids } from '../grid/grid';
import { SHEET } from '../grid/sheet-names';
import type { VerifyDifference } from './table-values';

/**
 * Which sheet is the table: a signer reads the sheet they see under that name. A second sheet
 * whose name only looks the same (a no-break or full-width space, a zero-width character,
 * full-width letters) or a hidden table makes that uncertain, and verify says so.
 */

const SHEET_LEVEL = '(시트)';

/**
 * Characters that change a name without changing how it looks: white space of every kind,
 * format characters (zero-width space and joiners, soft hyphen, direction marks, BOM), combining
 * marks and the blank Hangul fillers and Braille blank.
 */
const INVISIBLE = /[\s\p{Zs}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const INVISIBLE_CHAR = new RegExp(INVISIBLE.source, 'u');

/** A name as it looks: NFKC (full-width forms become ordinary ones), without invisible characters or case. */
export function lookAlikeKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/**
 * The name with every character that is not what it seems written as <U+XXXX>
 * ("납품단가<U+00A0>변동표"), and "(NFD)" after a name of decomposed Hangul.
 */
export function revealedName(name: string): string {
  const shown = [...name]
    .map((char) => {
      const plain = char === ' ' || (char.normalize('NFKC') === char && !INVISIBLE_CHAR.test(char));
      return plain ? char : `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
    })
    .join('');
  return name.normalize('NFC') === name ? shown : `${shown} (NFD)`;
}

export interface TableSheets {
  /** The sheet to verify: the one named exactly, else the first look-alike that was read. */
  readonly primary: SheetGrid | undefined;
  /** Every sheet read whose name is the table's or looks like it; each is verified. */
  readonly grids: readonly SheetGrid[];
  /** Look-alike names and hidden tables. */
  readonly differences: readonly VerifyDifference[];
}

/** The sheets that claim to be the output sheet `name`, and what is doubtful about them. */
export function findTableSheets(workbook: WorkbookGrids, name: string): TableSheets {
  const key = lookAlikeKey(name);
  const grids = workbook.sheets.filter((sheet) => lookAlikeKey(sheet.name) === key);
  const tabs = tabsOf(workbook).filter((tab) => lookAlikeKey(tab.name) === key);
  const primary = grids.find((sheet) => sheet.name === name) ?? grids[0];
  const differences = [...lookAlikes(name, tabs)];
  for (const tab of tabs) {
    if (tab.visibility !== 'visible') differences.push(hiddenSheet(tab));
  }
  return { primary, grids, differences };
}

/** Input and review sheets with look-alike names: which one was read is as doubtful. */
export function otherSheetLookAlikes(workbook: WorkbookGrids): VerifyDifference[] {
  const tabs = tabsOf(workbook);
  return Object.values(SHEET)
    .filter((name) => name !== SHEET.changeTable && name !== SHEET.calculation)
    .flatMap((name) =>
      lookAlikes(
        name,
        tabs.filter((tab) => lookAlikeKey(tab.name) === lookAlikeKey(name)),
      ),
    );
}

function tabsOf(workbook: WorkbookGrids): readonly SheetTab[] {
  const read = new Map(workbook.sheets.map((sheet) => [sheet.name, sheet.visibility]));
  const tabs =
    workbook.tabs ?? workbook.sheets.map((sheet) => ({ name: sheet.name, visibility: 'visible' as const }));
  return tabs.map((tab) => ({ name: tab.name, visibility: read.get(tab.name) ?? tab.visibility }));
}

function lookAlikes(name: string, tabs: readonly SheetTab[]): VerifyDifference[] {
  if (tabs.length < 2) return [];
  const names = tabs.map((tab) => `'${revealedName(tab.name)}'`).join(', ');
  return tabs.map((tab) => ({
    sheet: tab.name,
    cell: 'A1',
    column: SHEET_LEVEL,
    expected: name,
    actual: revealedName(tab.name),
    text: {
      ko: `이름이 '${name}'(으)로 보이는 시트가 ${tabs.length}개 있습니다: ${names}. 어느 것이 도구가 쓴 시트인지 알 수 없습니다.`,
      en: `${tabs.length} sheets look named '${name}': ${names}. Which one the tool wrote cannot be told.`,
    },
  }));
}

function hiddenSheet(tab: SheetTab): VerifyDifference {
  const how = tab.visibility === 'veryHidden' ? '매우 숨김(veryHidden)' : '숨김(hidden)';
  return {
    sheet: tab.name,
    cell: 'A1',
    column: SHEET_LEVEL,
    expected: 'visible',
    actual: tab.visibility,
    text: {
      ko: `'${revealedName(tab.name)}' 시트가 ${how} 상태입니다: 서명하는 사람이 보는 표가 아닙니다. 도구는 시트를 숨기지 않습니다.`,
      en: `The sheet '${revealedName(tab.name)}' is ${tab.visibility}: it is not the table a signer sees; the tool hides no sheet.`,
    },
  };
}
