import { resolve } from 'path';
import { D } from '../../domain/decimal';
import {
  assertReplaceable,
  loadWorkbookFile,
  ReadOnlyFileError,
  readImportFile,
  workbookGrids,
  writeCellEdits,
} from '../../adapters/xlsx';
import { prepareImport, type ImportOptions, type ParsedSource } from '../../workbook/prices-import';
import type { CliEnv } from '../cli-env';
import { CliFailure, EXIT, type ExitCode } from '../cli-failure';
import { importCounts, importProblemLines, revisionLines } from '../import-summary';
import type { PricesImportCommand } from '../parse-prices-import';
import { refusedOutput, saveOutput } from '../save-output';

/**
 * `yeondong prices import <file>… --into <workbook.xlsx>`: adds the files' observations to
 * 원재료가격 / 환율. Any bad row stops the import; a value already present with another value
 * is written only with --yes, after the adjustments it changes are listed. The workbook is
 * replaced whole (in place, atomically) or not at all.
 */
export async function runPricesImport(command: PricesImportCommand, env: CliEnv): Promise<ExitCode> {
  const into = resolve(command.into);
  await refuseReadOnly(into);
  const workbook = await loadWorkbookFile(into);
  const options = optionsOf(command);
  const hints = { columns: {}, named: command.named, wide: command.wide };
  const sources: ParsedSource[] = [];
  for (const file of command.files) sources.push(await readSource(file, options, hints));
  const preview = prepareImport(workbookGrids(workbook), sources, env.today());
  env.err(importProblemLines(preview));
  env.out(importCounts(preview));
  if (preview.hasErrors) {
    env.out(
      '오류가 있어 아무것도 쓰지 않았습니다. 위 행을 고친 뒤 다시 실행하세요.\n(Nothing was written: fix the rows above and run again.)\n',
    );
    return EXIT.inputErrors;
  }
  if (preview.needsConfirmation) {
    env.out(revisionLines(preview));
    if (!command.yes) {
      env.out(
        '이미 있는 값을 바꾸므로 쓰지 않았습니다. 위 내용을 확인한 뒤 --yes를 붙여 다시 실행하세요.\n(Values already present would change: nothing was written. Check the list above, then run again with --yes.)\n',
      );
      return EXIT.inputErrors;
    }
  }
  if (preview.plan.edits.length === 0) {
    env.out('새로 쓸 값이 없습니다 (nothing new to write).\n');
    return EXIT.ok;
  }
  writeCellEdits(workbook, preview.plan.edits);
  const saved = await saveOutput(workbook, { kind: 'in-place', path: into });
  env.out(`저장 (saved): ${saved}\n`);
  return EXIT.ok;
}

function optionsOf(command: PricesImportCommand): ImportOptions {
  return {
    indexName: command.indexName,
    scale: command.scale === null ? null : new D(command.scale),
    fxDate: command.date,
    currencies: command.currencies,
    priceCurrency: command.priceCurrency,
  };
}

async function readSource(
  file: string,
  options: ImportOptions,
  hints: Parameters<typeof readImportFile>[2],
): Promise<ParsedSource> {
  try {
    return await readImportFile(resolve(file), options, hints);
  } catch (failure) {
    if (failure instanceof CliFailure || !isFileSystemError(failure)) throw failure;
    const detail = failure instanceof Error ? failure.message : String(failure);
    throw new CliFailure(
      {
        ko: `가져올 파일을 읽을 수 없습니다: ${file} (${detail})`,
        en: `cannot read the file to import: ${file} (${detail})`,
      },
      EXIT.inputErrors,
    );
  }
}

function isFileSystemError(failure: unknown): boolean {
  return typeof failure === 'object' && failure !== null && 'code' in failure && 'syscall' in failure;
}

/** A read-only workbook is refused before anything is read. */
async function refuseReadOnly(path: string): Promise<void> {
  try {
    await assertReplaceable(path);
  } catch (failure) {
    if (failure instanceof ReadOnlyFileError) {
      throw new CliFailure(
        {
          ko: `읽기 전용 파일이라 가격을 가져오지 않았습니다: ${failure.path}. 쓰기 권한을 준 뒤 다시 실행하세요.`,
          en: `the workbook is read-only, so no prices were imported: ${failure.path}. Make it writable and run again.`,
        },
        EXIT.usage,
      );
    }
    throw refusedOutput(failure) ?? failure;
  }
}
