import { parseArgs, type ParseArgsConfig } from 'util';
import { isValidYmd, makeDate, type IsoDate } from '../domain/dates';
import type { D } from '../domain/decimal';
import { shockRateOf } from '../domain/outlook/assumed-prices';
import type { ReviewListing } from '../workbook/output';
import { UsageError } from './cli-failure';
import { parsePricesCommand, type PricesImportCommand } from './parse-prices-import';

export type Command =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'template';
      readonly output: string;
      /** --from <in.xlsx>: write the 연동표 of that workbook's agreement rows instead. */
      readonly from: string | null;
    }
  | {
      readonly kind: 'compute';
      readonly input: string;
      readonly output: string | null;
      readonly json: boolean;
      readonly asOf: IsoDate | null;
      readonly inPlace: boolean;
      readonly replace: boolean;
      /** --per-supplier <dir>: one workbook per 수탁기업 in that folder (DOMAIN §4.6). */
      readonly perSupplier: string | null;
      /** Which evaluations 연동 검토내역 lists: all (default) or only the triggered ones. */
      readonly review: ReviewListing;
    }
  | { readonly kind: 'verify'; readonly input: string; readonly json: boolean }
  | {
      readonly kind: 'report';
      readonly input: string;
      readonly output: string | null;
      readonly from: IsoDate | null;
      readonly to: IsoDate | null;
      readonly asOf: IsoDate | null;
    }
  | {
      readonly kind: 'outlook';
      readonly input: string;
      readonly asOf: IsoDate | null;
      /** --shock INDEX=+10%, as written (checked against the workbook's indices when it is read). */
      readonly shocks: readonly { readonly index: string; readonly rate: D }[];
      readonly json: boolean;
    }
  | { readonly kind: 'demo'; readonly output: string | null }
  | { readonly kind: 'sample'; readonly output: string | null }
  | PricesImportCommand;

type Options = NonNullable<ParseArgsConfig['options']>;

const OUTPUT: Options = { output: { type: 'string', short: 'o' } };

/** Reads the command line; throws UsageError for anything it cannot read. */
export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  switch (name) {
    case undefined:
      throw new UsageError({ ko: '명령을 지정하세요.', en: 'no command given.' });
    case 'help':
    case '-h':
    case '--help':
      return { kind: 'help' };
    case 'template': {
      const { values, positionals } = parse(rest, { from: { type: 'string' } });
      return {
        kind: 'template',
        output: onePath(positionals, '<out.xlsx>'),
        from: stringOption(values.from),
      };
    }
    case 'compute':
      return parseCompute(rest);
    case 'prices':
      return parsePricesCommand(rest, dateOption);
    case 'verify': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
      return { kind: 'verify', input: onePath(positionals, '<in.xlsx>'), json: values.json === true };
    }
    case 'report': {
      const { values, positionals } = parse(rest, {
        ...OUTPUT,
        from: { type: 'string' },
        to: { type: 'string' },
        'as-of': { type: 'string' },
      });
      return {
        kind: 'report',
        input: onePath(positionals, '<in.xlsx>'),
        output: stringOption(values.output),
        from: dateOption('--from', stringOption(values.from)),
        to: dateOption('--to', stringOption(values.to)),
        asOf: asOfOption(stringOption(values['as-of'])),
      };
    }
    case 'outlook':
      return parseOutlook(rest);
    case 'demo': {
      const { values, positionals } = parse(rest, OUTPUT);
      noPositionals(positionals);
      return { kind: 'demo', output: stringOption(values.output) };
    }
    case 'sample': {
      const { positionals } = parse(rest, {});
      return { kind: 'sample', output: positionals.length === 0 ? null : onePath(positionals, '<out.xlsx>') };
    }
    default:
      throw new UsageError({ ko: `알 수 없는 명령입니다: ${name}`, en: `unknown command: ${name}` });
  }
}

function parseCompute(rest: readonly string[]): Command {
  const { values, positionals } = parse(rest, {
    ...OUTPUT,
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    'in-place': { type: 'boolean' },
    replace: { type: 'boolean' },
    'per-supplier': { type: 'string' },
    review: { type: 'string' },
  });
  const perSupplier = stringOption(values['per-supplier']);
  const output = stringOption(values.output);
  const inPlace = values['in-place'] === true;
  if (perSupplier !== null && (inPlace || output !== null)) {
    throw new UsageError({
      ko: '--per-supplier는 -o나 --in-place와 함께 쓸 수 없습니다 (폴더에 수탁기업별 파일을 씁니다).',
      en: '--per-supplier cannot be combined with -o or --in-place (it writes one file per supplier into a folder).',
    });
  }
  if (inPlace && output !== null) {
    throw new UsageError({
      ko: '--in-place와 -o는 함께 쓸 수 없습니다.',
      en: '--in-place and -o cannot be used together.',
    });
  }
  return {
    kind: 'compute',
    input: onePath(positionals, '<in.xlsx>'),
    output,
    json: values.json === true,
    asOf: asOfOption(stringOption(values['as-of'])),
    inPlace,
    replace: values.replace === true,
    perSupplier,
    review: reviewOption(stringOption(values.review)),
  };
}

function parseOutlook(rest: readonly string[]): Command {
  const { values, positionals } = parse(rest, {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    shock: { type: 'string', multiple: true },
  });
  return {
    kind: 'outlook',
    input: onePath(positionals, '<in.xlsx>'),
    asOf: asOfOption(stringOption(values['as-of'])),
    shocks: (Array.isArray(values.shock) ? values.shock : []).map((text) => shockOption(String(text))),
    json: values.json === true,
  };
}

/** --shock INDEX=+10%: the index name up to the last "=", a percentage above −100 % after it. */
function shockOption(text: string): { readonly index: string; readonly rate: D } {
  const split = text.lastIndexOf('=');
  const index = split > 0 ? text.slice(0, split).trim() : '';
  const rate = split > 0 ? shockRateOf(text.slice(split + 1)) : null;
  if (index === '' || rate === null) {
    throw new UsageError({
      ko: `--shock 값은 '지표명=+10%'처럼 지표명과 -100%보다 큰 백분율이어야 합니다: ${text}`,
      en: `--shock must be INDEX=+10% (an index name and a percentage above -100%): ${text}`,
    });
  }
  return { index, rate };
}

/** --review all | triggered. */
function reviewOption(text: string | null): ReviewListing {
  if (text === null) return 'all';
  const value = text.trim().toLowerCase();
  if (value === 'all' || value === 'triggered') return value;
  throw new UsageError({
    ko: `--review 값은 all(모든 평가) 또는 triggered(발동한 평가만)여야 합니다: ${text}`,
    en: `--review must be all (every evaluation) or triggered (only the triggered ones): ${text}`,
  });
}

function parse(args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    throw new UsageError({
      ko: `명령줄 옵션을 읽을 수 없습니다: ${detail}`,
      en: `cannot read the options: ${detail}`,
    });
  }
}

function onePath(positionals: readonly string[], name: string): string {
  const [path, ...extra] = positionals;
  if (path === undefined || path === '') {
    throw new UsageError({ ko: `파일 경로 ${name}를 지정하세요.`, en: `the file path ${name} is missing.` });
  }
  noPositionals(extra);
  return path;
}

function noPositionals(extra: readonly string[]): void {
  if (extra.length > 0) {
    throw new UsageError({
      ko: `필요 없는 인수가 있습니다: ${extra.join(' ')}`,
      en: `unexpected arguments: ${extra.join(' ')}`,
    });
  }
}

function stringOption(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** --as-of must be a real calendar day written YYYY-MM-DD. */
function asOfOption(text: string | null): IsoDate | null {
  return dateOption('--as-of', text);
}

function dateOption(option: string, text: string | null): IsoDate | null {
  if (text === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || !isValidYmd(year, month, day)) {
    throw new UsageError({
      ko: `${option} 값은 YYYY-MM-DD 형식의 실제 날짜여야 합니다: ${text}`,
      en: `${option} must be a real date written YYYY-MM-DD: ${text}`,
    });
  }
  return makeDate(year, month, day);
}
