/**
 * The part of the Excel JavaScript API that the adapter uses, over the fake workbook: a
 * RequestContext with worksheets, ranges, formats, tables, validation, freeze panes and page
 * layout. Objects come from a FakeSession, which gives them load/sync semantics.
 */
import { columnLetters, rangeAddress } from '../../../../src/workbook/grid/cells';
import { FakeExcelError, parseBox, type FakeSheet, type FakeTable } from './model';
import type { FakeSession } from './session';

type SheetRef = () => FakeSheet;

/** Resolves a worksheet by name once, then by id, as Office.js binds a worksheet object. */
function byName(session: FakeSession, name: string): SheetRef {
  let id: string | null = null;
  return () => {
    const sheet =
      id === null
        ? (session.workbook.sheetByKey(name) ?? session.workbook.requireSheet(name))
        : session.workbook.sheetById(id);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `sheet ${name} no longer exists`);
    id = sheet.id;
    return sheet;
  };
}

function byId(session: FakeSession, id: string): SheetRef {
  return () => {
    const sheet = session.workbook.sheetById(id);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `sheet ${id} does not exist`);
    return sheet;
  };
}

export function requestContext(session: FakeSession): unknown {
  return {
    workbook: {
      worksheets: worksheetCollection(session),
      tables: tableCollection(session),
      names: nameCollection(session),
      settings: settingCollection(session),
    },
    sync: () => session.sync(),
  };
}

function worksheetCollection(session: FakeSession): unknown {
  const collection: { items?: unknown[] } = {};
  const made = session.make<Record<string, unknown>>({
    label: 'worksheets',
    methods: {
      getItem: (name: string) => worksheet(session, byName(session, name), name),
      getItemOrNullObject: (name: string) => {
        const sheet = session.workbook.sheetByKey(name);
        return sheet ? worksheet(session, byId(session, sheet.id), name) : nullWorksheet(session, name);
      },
      add: (name: string) => {
        const id = session.workbook.newSheetId();
        session.enqueue(`worksheets.add(${name})`, () => session.workbook.addSheet(name, id));
        return worksheet(session, byId(session, id), name, { id, name });
      },
    },
    load: () =>
      session.onSync(() => {
        collection.items = session.workbook.sheets.map((sheet) =>
          worksheet(
            session,
            byId(session, sheet.id),
            sheet.name,
            { id: sheet.id, name: sheet.name, visibility: sheet.visibility },
            true,
          ),
        );
      }),
  });
  return Object.defineProperty(made, 'items', {
    get: () => {
      if (!collection.items) throw new Error('PropertyNotLoaded: worksheets.items');
      return collection.items;
    },
  });
}

function tableCollection(session: FakeSession): unknown {
  const collection: { items?: unknown[] } = {};
  const made = session.make<Record<string, unknown>>({
    label: 'tables',
    load: () =>
      session.onSync(() => {
        collection.items = session.workbook.allTables().map((table) => ({ name: table.name }));
      }),
  });
  return Object.defineProperty(made, 'items', {
    get: () => {
      if (!collection.items) throw new Error('PropertyNotLoaded: tables.items');
      return collection.items;
    },
  });
}

/** `workbook.names`: the defined names, which a table name must not repeat. */
function nameCollection(session: FakeSession): unknown {
  const collection: { items?: unknown[] } = {};
  const made = session.make<Record<string, unknown>>({
    label: 'names',
    load: () =>
      session.onSync(() => {
        collection.items = session.workbook.definedNames.map((name) => ({ name }));
      }),
  });
  return Object.defineProperty(made, 'items', {
    get: () => {
      if (!collection.items) throw new Error('PropertyNotLoaded: names.items');
      return collection.items;
    },
  });
}

/** `workbook.settings` (ExcelApi 1.4): values saved with the document. */
function settingCollection(session: FakeSession): unknown {
  const settings = session.workbook.settings;
  return session.make({
    label: 'settings',
    methods: {
      add: (key: string, value: unknown) =>
        session.enqueue(`settings.add ${key}`, () => settings.set(key, JSON.parse(JSON.stringify(value)))),
      getItemOrNullObject: (key: string) => {
        const present = settings.has(key);
        return session.make({
          label: `setting ${key}`,
          isNullObject: !present,
          readable: () => ({ value: settings.get(key) ?? null }),
          methods: {
            delete: () => session.enqueue(`settings.delete ${key}`, () => settings.delete(key)),
          },
        });
      },
    },
  });
}

function nullWorksheet(session: FakeSession, name: string): unknown {
  const nothing = session.make<Record<string, unknown>>({
    label: `null sheet ${name}`,
    readable: () => ({ name: '', visibility: 'Visible' }),
    isNullObject: true,
    methods: {
      getUsedRangeOrNullObject: () =>
        session.make({
          label: `null used range of ${name}`,
          readable: () => usedReadable(null),
          isNullObject: true,
        }),
    },
  });
  return nothing;
}

function usedReadable(
  used: ReturnType<FakeSession['workbook']['usedRange']>,
  sheet?: FakeSheet,
): Record<string, unknown> {
  const rowIndex = used?.rowIndex ?? 0;
  const columnIndex = used?.columnIndex ?? 0;
  const rowCount = used?.rowCount ?? 0;
  const columnCount = used?.columnCount ?? 0;
  const box = {
    top: rowIndex + 1,
    left: columnIndex + 1,
    bottom: rowIndex + rowCount,
    right: columnIndex + columnCount,
  };
  const flags = sheet && used ? sheet.hiddenFlags(box) : { rowHidden: false, columnHidden: false };
  return { rowIndex, columnIndex, rowCount, columnCount, ...flags };
}

function worksheet(
  session: FakeSession,
  sheet: SheetRef,
  label: string,
  known: { id: string; name: string; visibility?: string } | null = null,
  loaded = false,
): unknown {
  const current = (): { id: string; name: string; visibility: string } => {
    if (known) return { visibility: 'Visible', ...known };
    const s = sheet();
    return { id: s.id, name: s.name, visibility: s.visibility };
  };
  const made = session.make<Record<string, unknown>>({
    label: `sheet ${label}`,
    readable: current,
    snapshotSensitive: known === null,
    plain:
      loaded && known
        ? { isNullObject: false, id: known.id, name: known.name, visibility: known.visibility }
        : {},
    methods: {
      getRange: (a1: string) => range(session, sheet, a1 ?? 'A1', label),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        range(session, sheet, rangeAddress(row + 1, column + 1, row + rows, column + columns), label),
      getUsedRangeOrNullObject: () => {
        const used = session.workbook.usedRange(sheet());
        return session.make({
          label: `used range of ${label}`,
          readable: () => usedReadable(used, sheet()),
          isNullObject: used === null,
          snapshotSensitive: true,
        });
      },
      getRanges: (addresses: string) =>
        session.make({
          label: `${label}!${addresses}`,
          children: { format: rangeFormat(session, sheet, addresses.split(','), `${label}!${addresses}`) },
        }),
      activate: () =>
        session.enqueue(`activate ${label}`, () => (session.workbook.activeSheetId = sheet().id)),
      delete: () => session.enqueue(`delete ${label}`, () => session.workbook.deleteSheet(sheet())),
    },
    writes: {
      name: (name: string) => session.workbook.rename(sheet(), name),
    },
    children: {
      freezePanes: session.make({
        label: `freezePanes ${label}`,
        methods: {
          freezeRows: (count: number) =>
            session.enqueue(`freezeRows ${label}`, () => (sheet().frozenRows = count)),
        },
      }),
      pageLayout: pageLayout(session, sheet, label),
      horizontalPageBreaks: session.make({
        label: `pageBreaks ${label}`,
        methods: {
          add: (a1: string) => session.enqueue(`pageBreak ${label}!${a1}`, () => sheet().pageBreaks.push(a1)),
        },
      }),
      tables: session.make({
        label: `tables of ${label}`,
        methods: {
          add: (a1: string, hasHeaders: boolean) => tableObject(session, sheet, a1, hasHeaders, label),
        },
      }),
    },
  });
  return made;
}

function pageLayout(session: FakeSession, sheet: SheetRef, label: string): unknown {
  const layout = session.make<Record<string, unknown>>({
    label: `pageLayout ${label}`,
    readable: () => ({
      zoom: sheet().pageLayout.zoom ?? { scale: 100 },
      orientation: sheet().pageLayout.orientation ?? 'Portrait',
      paperSize: sheet().pageLayout.paperSize ?? 'Letter',
    }),
    methods: {
      setPrintTitleRows: (rows: string) =>
        session.enqueue(`printTitleRows ${label}`, () => (sheet().pageLayout.printTitleRows = rows)),
    },
    writes: {
      paperSize: (value: unknown) => (sheet().pageLayout.paperSize = value),
      orientation: (value: unknown) => (sheet().pageLayout.orientation = value),
      zoom: (value: unknown) => {
        const zoom = value as { scale?: number; horizontalFitToPages?: number };
        if (zoom.horizontalFitToPages !== undefined && !session.workbook.pageLayoutTabActive) return;
        if (zoom.scale !== undefined && !session.workbook.keepsZoomScale) return;
        sheet().pageLayout.zoom = value;
      },
    },
  });
  return layout;
}

function range(session: FakeSession, sheet: SheetRef, a1: string, sheetLabel: string): unknown {
  const box = parseBox(a1);
  const label = `${sheetLabel}!${a1}`;
  return session.make({
    label,
    readable: () => ({
      address: `${sheet().name}!${a1}`,
      rowIndex: box.top - 1,
      columnIndex: box.left - 1,
      rowCount: box.bottom - box.top + 1,
      columnCount: box.right - box.left + 1,
      ...sheet().hiddenFlags(box),
      ...session.workbook.readBox(sheet(), box),
    }),
    snapshotSensitive: true,
    methods: {
      select: () =>
        session.enqueue(
          `select ${label}`,
          () => (session.workbook.selection = { sheet: sheet().name, address: a1 }),
        ),
      merge: () => session.enqueue(`merge ${label}`, () => sheet().merges.push(a1)),
    },
    writes: {
      values: (matrix: unknown) => session.workbook.writeValues(sheet(), a1, matrix),
      formulas: (matrix: unknown) => session.workbook.writeFormulas(sheet(), a1, matrix),
      numberFormat: (matrix: unknown) => session.workbook.writeNumberFormats(sheet(), a1, matrix),
    },
    children: {
      format: rangeFormat(session, sheet, [a1], label),
      dataValidation: session.make({
        label: `validation ${label}`,
        writes: {
          rule: (rule: unknown) => sheet().validations.push({ address: a1, rule }),
          errorAlert: (alert: unknown) => {
            const entry = [...sheet().validations].reverse().find((v) => v.address === a1);
            if (entry) entry.errorAlert = alert;
            else sheet().validations.push({ address: a1, errorAlert: alert });
          },
        },
      }),
    },
  });
}

function rangeFormat(
  session: FakeSession,
  sheet: SheetRef,
  areas: readonly string[],
  label: string,
): unknown {
  const record = (property: string) => (value: unknown) => {
    for (const address of areas) sheet().formats.push({ address: address.trim(), property, value });
  };
  // Office.js reports a fill or font colour of one area; a cell without a fill reads white.
  const colour = (property: string, unset: string) => () => ({
    color: sheet().formatOf(areas[0]?.trim() ?? 'A1', property) ?? unset,
  });
  const part = (name: string, properties: string[], readable?: () => Record<string, unknown>): unknown =>
    session.make({
      label: `${name} ${label}`,
      writes: Object.fromEntries(properties.map((p) => [p, record(`${name}.${p}`)])),
      ...(readable ? { readable } : {}),
      ...(name === 'fill'
        ? {
            methods: {
              clear: () => session.enqueue(`fill.clear ${label}`, () => record('fill.color')(null)),
            },
          }
        : {}),
    });
  return session.make({
    label: `format ${label}`,
    writes: {
      horizontalAlignment: record('horizontalAlignment'),
      verticalAlignment: record('verticalAlignment'),
      wrapText: record('wrapText'),
      columnWidth: (points: number) => {
        for (const address of areas) {
          const box = parseBox(address);
          for (let column = box.left; column <= box.right; column += 1)
            sheet().columnWidths.set(column, points);
        }
      },
      rowHeight: (points: number) => {
        for (const address of areas) {
          const box = parseBox(address);
          for (let row = box.top; row <= box.bottom; row += 1) sheet().rowHeights.set(row, points);
        }
      },
    },
    children: {
      font: part('font', ['name', 'size', 'bold', 'italic', 'color'], colour('font.color', '#000000')),
      fill: part('fill', ['color'], colour('fill.color', '#FFFFFF')),
      borders: session.make({
        label: `borders ${label}`,
        methods: { getItem: (edge: string) => part(`border.${edge}`, ['style', 'color', 'weight']) },
      }),
    },
  });
}

function tableObject(
  session: FakeSession,
  sheet: SheetRef,
  a1: string,
  hasHeaders: boolean,
  sheetLabel: string,
): unknown {
  let table: FakeTable | null = null;
  const resolve = (): FakeTable => {
    if (!table) throw new FakeExcelError('InvalidOperation', 'table not created yet');
    return table;
  };
  session.enqueue(`tables.add ${a1}`, () => {
    if (!hasHeaders) throw new FakeExcelError('InvalidArgument', 'the fake only models tables with headers');
    table = session.workbook.addTable(sheet(), a1);
  });
  const box = parseBox(a1);
  return session.make({
    label: `table ${a1}`,
    writes: {
      name: (name: string) => session.workbook.renameTable(resolve(), name),
      style: (style: string) => (resolve().style = style),
    },
    children: {
      columns: session.make({
        label: `columns of table ${a1}`,
        methods: {
          getItemAt: (index: number) =>
            session.make({
              label: `column ${index} of table ${a1}`,
              methods: {
                getDataBodyRange: () => {
                  const letters = columnLetters(box.left + index);
                  const body = `${letters}${box.top + 1}:${letters}${box.bottom}`;
                  return range(session, sheet, body, sheetLabel);
                },
              },
            }),
        },
      }),
    },
  });
}
