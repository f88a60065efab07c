import { mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { loadWorkbookFile, workbookGrids } from '../adapters/xlsx';
import { inputSheetsOf } from '../workbook/output';
import { readWorkbook } from '../workbook/input';
import { runWorkbook } from '../workbook/run';
import { splitBySupplier, supplierFileNames } from '../workbook/supplier-split';
import type { CliEnv } from './cli-env';
import { EXIT, type ExitCode } from './cli-failure';
import type { Command } from './parse-command';
import { issueCounts, issueLines } from './print-issues';
import { outputSheetsOf, saveStreamed } from './compute-file';
import { writeJsonReport } from './json-report-stream';
import { terminalText } from './terminal-text';

type ComputeCommand = Extract<Command, { kind: 'compute' }>;

/**
 * `compute <in.xlsx> --per-supplier <dir>` (DOMAIN §4.6): one workbook per 수탁기업 holding only
 * its own input rows, price series, deliveries and output sheets, computed from those rows alone
 * (so `verify` on the file stands by itself). Input errors stop every file; no file is
 * overwritten (an existing name gets "(2)").
 */
export async function runPerSupplier(
  command: ComputeCommand,
  folder: string,
  env: CliEnv,
): Promise<ExitCode> {
  const workbook = workbookGrids(await loadWorkbookFile(resolve(command.input)));
  const whole = runWorkbook(workbook, { asOf: command.asOf, createdOn: env.today() });
  env.err(issueLines(whole.issues));
  if (command.json) {
    writeJsonReport(whole.result, whole.issues, whole.fingerprint, env.out);
    env.out('\n');
  }
  const say = command.json ? env.err : env.out;
  if (whole.hasErrors) {
    say(
      `${issueCounts(whole.issues)}\n입력에 오류가 있어 수탁기업별 파일을 만들지 않았습니다. (No files: the input has errors.)\n`,
    );
    return EXIT.inputErrors;
  }
  const parts = splitBySupplier(workbook, readWorkbook(workbook));
  const names = supplierFileNames(parts.map((part) => part.supplier));
  const directory = resolve(folder);
  mkdirSync(directory, { recursive: true });
  const lines: string[] = [];
  for (const [index, part] of parts.entries()) {
    // The whole run's as-of, so that every supplier's table is drawn to the same date.
    const outcome = runWorkbook(part.grids, { asOf: whole.result.asOf, createdOn: env.today() });
    const path = await saveStreamed(null, [...inputSheetsOf(part.grids), ...outputSheetsOf(outcome)], {
      kind: 'next-free',
      path: join(directory, names[index] ?? 'supplier.xlsx'),
    });
    lines.push(
      `${terminalText(part.supplier)}: 물품 ${outcome.result.items.length}개, 단가 조정 ${outcome.result.adjustments.length}건 → ${path}`,
    );
  }
  say(
    `${lines.join('\n')}\n수탁기업 ${parts.length}곳의 파일을 만들었습니다. (${parts.length} supplier files written.)\n`,
  );
  return EXIT.ok;
}
