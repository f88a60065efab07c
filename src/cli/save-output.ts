import type ExcelJS from 'exceljs';
import {
  createFileExclusively,
  FileTakenError,
  ReadOnlyFileError,
  replaceFileInPlace,
  workbookBytes,
  writeFileAtomically,
} from '../adapters/xlsx';
import { CliFailure, EXIT } from './cli-failure';
import { copyPaths } from './output-path';

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
  try {
    const bytes = await workbookBytes(workbook);
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
    throw refusedOutput(failure) ?? cannotSave(plan.path, failure);
  }
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
