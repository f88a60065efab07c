import type ExcelJS from 'exceljs';
import {
  createFileExclusively,
  type FileFiller,
  FileTakenError,
  ReadOnlyFileError,
  replaceFileInPlace,
  workbookBytes,
  writeFileAtomically,
} from '../adapters/xlsx';
import { CliFailure, EXIT } from './cli-failure';
import { copyPaths } from './output-path';
import { SheetTooLongError } from '../workbook/output';

/** Where a result goes, and what happens to a file already there. */
export type OutputPlan =
  /** A name the user gave (-o, template): an existing file is refused, also one that appears meanwhile. */
  | { readonly kind: 'new'; readonly path: string }
  /** The default result name: "(2)", "(3)"… when taken, also when taken meanwhile. */
  | { readonly kind: 'next-free'; readonly path: string }
  /** --in-place: the input itself, through links, keeping its permissions; read-only is refused. */
  | { readonly kind: 'in-place'; readonly path: string }
  /** A file the program owns and refreshes on each run (the demo's out/sample-result.xlsx). */
  | { readonly kind: 'refresh'; readonly path: string };

/**
 * Saves the result workbook (atomically) and returns the path written; a failure becomes a
 * message that names the file.
 */
export async function saveOutput(workbook: ExcelJS.Workbook, plan: OutputPlan): Promise<string> {
  return saveOutputWith(plan, async () => workbookBytes(workbook));
}

/**
 * Saves what `content` gives — the bytes, or a filler that writes the file through its handle
 * (a streamed workbook) — with the same guarantees as saveOutput.
 */
export async function saveOutputWith(
  plan: OutputPlan,
  content: () => Promise<Uint8Array | FileFiller>,
): Promise<string> {
  try {
    const bytes = await content();
    switch (plan.kind) {
      case 'new':
        return await createFileExclusively([plan.path], bytes);
      case 'next-free':
        return await createFileExclusively(copyPaths(plan.path), bytes);
      case 'in-place':
        await replaceFileInPlace(plan.path, bytes);
        return plan.path;
      case 'refresh':
        await writeFileAtomically(plan.path, bytes);
        return plan.path;
    }
  } catch (failure) {
    throw refusedOutput(failure) ?? tooLongSheet(failure) ?? cannotSave(plan.path, failure);
  }
}

/** exit 1: a sheet would have more rows than Excel opens (the review continues on more sheets; the change table cannot). */
export function tooLongSheet(failure: unknown): CliFailure | null {
  if (!(failure instanceof SheetTooLongError)) return null;
  const rows = failure.rows.toLocaleString('en-US');
  const limit = failure.limit.toLocaleString('en-US');
  return new CliFailure(
    {
      ko: `'${failure.sheetName}' 시트가 ${rows}행으로 한 시트의 최대 행 수(${limit}행)를 넘어 결과 파일을 저장하지 않았습니다. --as-of로 기간을 나누거나 약정을 나누어 계산하세요.`,
      en: `sheet '${failure.sheetName}' would have ${rows} rows, more than the ${limit} a sheet holds; no output was saved. Split the period with --as-of, or compute the agreements in parts.`,
    },
    EXIT.inputErrors,
  );
}

/** An output path the command refuses to write (exit 2), or null for any other failure. */
export function refusedOutput(failure: unknown): CliFailure | null {
  if (failure instanceof FileTakenError) {
    return new CliFailure(
      {
        ko: `저장하는 사이에 같은 이름의 파일이 생겨 덮어쓰지 않았습니다: ${failure.path}. 이번 결과는 저장되지 않았으니 다른 이름으로 다시 실행하세요.`,
        en: `a file appeared at the output path while this run was saving and was not overwritten: ${failure.path}. This result was not saved; run again with another name.`,
      },
      EXIT.usage,
    );
  }
  if (failure instanceof ReadOnlyFileError) {
    return new CliFailure(
      {
        ko: `읽기 전용 파일이라 바꾸지 않았습니다: ${failure.path}. 쓰기 권한을 준 뒤 다시 실행하거나, --in-place 없이 새 파일로 저장하세요.`,
        en: `the file is read-only and was left unchanged: ${failure.path}. Make it writable and run again, or save to a new file without --in-place.`,
      },
      EXIT.usage,
    );
  }
  return null;
}

/** exit 2: an existing file at a name the user gave is never overwritten. */
export function existingFile(path: string): CliFailure {
  return new CliFailure(
    {
      ko: `이미 있는 파일은 덮어쓰지 않습니다: ${path}. 다른 이름을 지정하거나 파일을 옮긴 뒤 다시 실행하세요.`,
      en: `an existing file is never overwritten: ${path}. Choose another name or move the file, then run again.`,
    },
    EXIT.usage,
  );
}

function cannotSave(path: string, failure: unknown): CliFailure {
  const detail = failure instanceof Error ? failure.message : String(failure);
  return new CliFailure(
    {
      ko: `결과 파일을 저장할 수 없습니다: ${path} (${detail}). 파일이 Excel에서 열려 있다면 닫고 다시 실행하세요.`,
      en: `cannot save the output file: ${path} (${detail}). Close it in Excel if it is open, then run again.`,
    },
    EXIT.inputErrors,
  );
}
