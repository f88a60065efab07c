import { SheetWriteError } from '../adapters/office/write-sheets';

/** What an error says, Office's code and debugInfo.errorLocation first when it has them. */
export interface ErrorDetail {
  /** Office's error code ("InvalidArgument", "GeneralException"…), null for other errors. */
  readonly code: string | null;
  /** debugInfo.errorLocation: the object and member that failed, when Office gives it. */
  readonly location: string | null;
  readonly message: string;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The detail of an error, looking through SheetWriteError to the Office error it wraps. */
export function errorDetail(error: unknown): ErrorDetail {
  const inner = error instanceof SheetWriteError ? error.reason : error;
  const code = field(inner, 'code');
  const location = field(field(inner, 'debugInfo'), 'errorLocation');
  const message = field(inner, 'message');
  return {
    code: typeof code === 'string' ? code : null,
    location: typeof location === 'string' && location !== '' ? location : null,
    message: typeof message === 'string' ? message : String(inner),
  };
}

/** One log line: "[code] location: message". */
export function errorLogLine(error: unknown): string {
  const detail = errorDetail(error);
  const where = detail.location === null ? '' : ` ${detail.location}`;
  return `yeondong: [${detail.code ?? 'Error'}]${where}: ${detail.message}`;
}
