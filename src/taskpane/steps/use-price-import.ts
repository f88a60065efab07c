import * as React from 'react';
import type { ImportGateway } from '../../adapters/office/import-gateway';
import {
  decodeTextBytes,
  hintsOfRoles,
  NO_HINTS,
  parseTextSource,
  prepareImport,
  previewSource,
  currencyCodesOf,
  scaleFactorOf,
  type ColumnRole,
  type ImportOptions,
  type ImportPreview,
  type SourcePreview,
} from '../../workbook/prices-import';
import { logError } from '../office-helpers';

/** The fields the user fills in; empty text means "not given". */
export interface ImportFields {
  readonly indexName: string;
  readonly scale: string;
  readonly currency: string;
  readonly rateDate: string;
}

export interface PriceImportState {
  readonly source: { readonly name: string; readonly text: string } | null;
  readonly preview: SourcePreview | null;
  /** The user's column roles (a table source), starting from what the headers say. */
  readonly roles: readonly (ColumnRole | null)[] | null;
  readonly wide: boolean;
  readonly fields: ImportFields;
  readonly result: ImportPreview | null;
  readonly confirmed: boolean;
  readonly busy: boolean;
  readonly done: { readonly added: number; readonly revised: number } | null;
  readonly changedMeanwhile: boolean;
  readonly failure: string | null;
}

const INITIAL: PriceImportState = {
  source: null,
  preview: null,
  roles: null,
  wide: false,
  fields: { indexName: '', scale: '', currency: '', rateDate: '' },
  result: null,
  confirmed: false,
  busy: false,
  done: null,
  changedMeanwhile: false,
  failure: null,
};

/** Bytes of a chosen file as text: BOM, UTF-8, else CP949 through the browser's 'euc-kr' (windows-949). */
export function decodeInBrowser(bytes: Uint8Array): string {
  return decodeTextBytes(bytes, (legacy) => new TextDecoder('euc-kr').decode(legacy)).text;
}

/** A 배율 typed but not a decimal above zero: nothing is previewed or imported until it is put right. */
export function hasBadScale(fields: ImportFields): boolean {
  return fields.scale.trim() !== '' && scaleFactorOf(fields.scale) === null;
}

/** A 통화 typed but not one currency code: nothing is previewed or imported until it is put right. */
export function hasBadCurrency(fields: ImportFields): boolean {
  return fields.currency.trim() !== '' && currencyOf(fields) === null;
}

/** The one currency code typed, or null (none typed, or not a code: see hasBadCurrency). */
function currencyOf(fields: ImportFields): string | null {
  const codes = fields.currency.trim() === '' ? null : currencyCodesOf(fields.currency);
  return codes?.length === 1 ? (codes[0] ?? null) : null;
}

function optionsOf(fields: ImportFields): ImportOptions {
  const scale = scaleFactorOf(fields.scale);
  const currency = currencyOf(fields);
  return {
    indexName: fields.indexName.trim() === '' ? null : fields.indexName.trim(),
    scale,
    fxDate: fields.rateDate === '' ? null : fields.rateDate,
    currencies: null,
    priceCurrency: currency,
  };
}

/** The step's state and actions: choose or paste, map, preview (nothing written), import. */
export function usePriceImport(gateway: ImportGateway, today: string) {
  const [state, setState] = React.useState<PriceImportState>(INITIAL);
  const update = (change: Partial<PriceImportState>) => setState((current) => ({ ...current, ...change }));

  const setSource = (name: string, text: string) => {
    const preview = previewSource(name, text, optionsOf(state.fields));
    const roles = preview.kind === 'table' ? preview.roles : null;
    const wide = preview.kind === 'table' && preview.wide;
    update({ source: { name, text }, preview, roles, wide, result: null, confirmed: false, done: null });
  };

  const plan = async (): Promise<ImportPreview | null> => {
    if (!state.source) return null;
    const hints = state.roles ? hintsOfRoles(state.roles, state.wide) : NO_HINTS;
    const parsed = parseTextSource(state.source.name, state.source.text, optionsOf(state.fields), hints);
    return prepareImport(await gateway.readWorkbook(), [parsed], today);
  };

  const guarded = async (work: () => Promise<Partial<PriceImportState>>) => {
    update({ busy: true, failure: null, done: null });
    try {
      update({ ...(await work()), busy: false });
    } catch (error) {
      logError(error);
      update({ busy: false, failure: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    state,
    setSource,
    setRole: (column: number, role: ColumnRole | null) =>
      update({
        roles: state.roles?.map((old, index) => (index === column ? role : old)) ?? null,
        result: null,
      }),
    setWide: (wide: boolean) => update({ wide, result: null }),
    setField: (field: keyof ImportFields, value: string) =>
      update({ fields: { ...state.fields, [field]: value }, result: null }),
    setConfirmed: (confirmed: boolean) => update({ confirmed }),
    preview: () => guarded(async () => ({ result: await plan(), confirmed: false, changedMeanwhile: false })),
    apply: () =>
      guarded(async () => {
        const fresh = await plan();
        if (!fresh || fresh.hasErrors) return { result: fresh };
        // Planned again on the workbook as it is now: what the user confirmed must still hold.
        if (!samePlan(fresh, state.result))
          return { result: fresh, confirmed: false, changedMeanwhile: true };
        await gateway.writeEdits(fresh.plan.edits);
        const done = { added: fresh.plan.additions.length, revised: fresh.plan.revisions.length };
        return { done, result: null, confirmed: false };
      }),
  };
}

function samePlan(a: ImportPreview, b: ImportPreview | null): boolean {
  if (!b) return false;
  const key = (preview: ImportPreview) =>
    JSON.stringify([preview.plan.edits, preview.affected.map((entry) => [entry.before, entry.after])]);
  return key(a) === key(b);
}

export type PriceImport = ReturnType<typeof usePriceImport>;
