import { parseArgs } from 'util';
import type { IsoDate } from '../domain/dates';
import { currencyCodesOf, roleNamed, scaleFactorOf, type ColumnRole } from '../workbook/prices-import';
import { UsageError } from './cli-failure';

export interface PricesImportCommand {
  readonly kind: 'prices-import';
  readonly files: readonly string[];
  /** The workbook the observations are written into (in place). */
  readonly into: string;
  readonly indexName: string | null;
  /** A positive decimal as typed ("0.001"); kept as text until it becomes a Decimal. */
  readonly scale: string | null;
  readonly date: IsoDate | null;
  /** --only USD,JPY: the currencies kept from an exchange-rate file. */
  readonly currencies: readonly string[] | null;
  /** --currency USD: the currency of prices from a file without a 통화 column. */
  readonly priceCurrency: string | null;
  /** --map 가격=값: role → header text. */
  readonly named: Partial<Record<ColumnRole, string>>;
  readonly wide: boolean;
  /** Apply revisions of values already present. */
  readonly yes: boolean;
}

/**
 * `prices import <file>… --into <workbook.xlsx> [--index NAME] [--scale F] [--date YYYY-MM-DD]
 * [--currency USD] [--only USD,JPY] [--map 역할=머리글]… [--wide] [--yes]`
 */
export function parsePricesCommand(
  args: readonly string[],
  dateOption: (option: string, text: string | null) => IsoDate | null,
): PricesImportCommand {
  const [sub, ...rest] = args;
  if (sub !== 'import') {
    throw new UsageError({
      ko: `prices 다음에는 import를 쓰세요: ${sub ?? ''}`,
      en: `prices takes the subcommand import: ${sub ?? ''}`,
    });
  }
  const { values, positionals } = readOptions(rest);
  if (positionals.length === 0)
    throw new UsageError({ ko: '가져올 파일을 지정하세요.', en: 'name the files to import.' });
  if (typeof values.into !== 'string' || values.into === '') {
    throw new UsageError({
      ko: '--into <workbook.xlsx>로 가격을 넣을 통합 문서를 지정하세요.',
      en: 'name the workbook to add the prices to with --into <workbook.xlsx>.',
    });
  }
  return {
    kind: 'prices-import',
    files: positionals,
    into: values.into,
    indexName: nonEmpty(values.index),
    scale: scaleOption(nonEmpty(values.scale)),
    date: dateOption('--date', nonEmpty(values.date)),
    currencies: currencyOption('--only', nonEmpty(values.only)),
    priceCurrency: currencyOption('--currency', nonEmpty(values.currency))?.join('') ?? null,
    named: mapOption(values.map ?? []),
    wide: values.wide === true,
    yes: values.yes === true,
  };
}

function readOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        into: { type: 'string' },
        index: { type: 'string' },
        scale: { type: 'string' },
        date: { type: 'string' },
        currency: { type: 'string' },
        only: { type: 'string' },
        map: { type: 'string', multiple: true },
        wide: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
      },
    });
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    throw new UsageError({
      ko: `명령줄 옵션을 읽을 수 없습니다: ${detail}`,
      en: `cannot read the options: ${detail}`,
    });
  }
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function scaleOption(text: string | null): string | null {
  if (text === null) return null;
  if (scaleFactorOf(text) === null) {
    throw new UsageError({
      ko: `--scale 값은 0보다 큰 소수여야 합니다 (예: 0.001): ${text}`,
      en: `--scale must be a decimal greater than 0 (e.g. 0.001): ${text}`,
    });
  }
  return text;
}

function currencyOption(option: '--only' | '--currency', text: string | null): string[] | null {
  if (text === null) return null;
  const codes = currencyCodesOf(text);
  const one = option === '--currency';
  if (codes === null || (one && codes.length > 1)) {
    const example = one ? 'USD' : 'USD,JPY';
    throw new UsageError({
      ko: `${option} 값은 ${example}처럼 통화 코드여야 합니다: ${text}`,
      en: `${option} must be currency codes such as ${example}: ${text}`,
    });
  }
  return codes;
}

function mapOption(entries: readonly string[]): Partial<Record<ColumnRole, string>> {
  const named: Partial<Record<ColumnRole, string>> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const role = at > 0 ? roleNamed(entry.slice(0, at)) : null;
    const header = at > 0 ? entry.slice(at + 1).trim() : '';
    if (role === null || header === '') {
      throw new UsageError({
        ko: `--map 값은 역할=머리글 형식이어야 합니다 (역할: 지표, 일자, 가격, 통화, 단위, 환율): ${entry}`,
        en: `--map must be role=header (roles: index, date, price, currency, unit, rate): ${entry}`,
      });
    }
    named[role] = header;
  }
  return named;
}
