import { existsSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile, workbookGrids, writeOutputSheets } from '../../adapters/xlsx';
import { buildPerformanceReport, performanceOf } from '../../workbook/output';
import { readWorkbook } from '../../workbook/input';
import { runWorkbook } from '../../workbook/run';
import { signedWonText } from '../../workbook/grid';
import { ZERO } from '../../domain/decimal';
import type { CliEnv } from '../cli-env';
import { EXIT, UsageError, type ExitCode } from '../cli-failure';
import type { Command } from '../parse-command';
import { issueCounts, issueLines } from '../print-issues';
import { existingFile, saveOutput, type OutputPlan } from '../save-output';

type ReportCommand = Extract<Command, { kind: 'report' }>;

/**
 * `yeondong report <in.xlsx> [--from D] [--to D] [--as-of D] [-o <out.xlsx>]`: the 연동 실적
 * sheet (DOMAIN §4.5) for the adjustments dated in the period, in a workbook of its own.
 */
export async function runReport(command: ReportCommand, env: CliEnv): Promise<ExitCode> {
  if (command.from !== null && command.to !== null && command.from > command.to) {
    throw new UsageError({
      ko: `--from(${command.from})이 --to(${command.to})보다 뒤입니다.`,
      en: `--from (${command.from}) is after --to (${command.to}).`,
    });
  }
  const input = resolve(command.input);
  const plan = outputPlanOf(command, input);
  const grids = workbookGrids(await loadWorkbookFile(input));
  // Computed to the usual as-of, then filtered: a later adjustment must still close the period's deliveries.
  const outcome = runWorkbook(grids, { asOf: command.asOf, createdOn: env.today() });
  env.err(issueLines(outcome.issues));
  if (outcome.hasErrors) {
    env.out(
      `${issueCounts(outcome.issues)}\n입력에 오류가 있어 실적 파일을 만들지 않았습니다. (No report: the input has errors.)\n`,
    );
    return EXIT.inputErrors;
  }
  const period = { from: command.from, to: command.to };
  const sheet = buildPerformanceReport(outcome.result, readWorkbook(grids).input.agreements, period, {
    createdOn: env.today(),
    fingerprint: outcome.fingerprint,
  });
  const book = new ExcelJS.Workbook();
  writeOutputSheets(book, [sheet]);
  const path = await saveOutput(book, plan);
  const inPeriod = outcome.result.adjustments.filter(
    (a) =>
      (period.from === null || a.adjustmentDate >= period.from) &&
      (period.to === null || a.adjustmentDate <= period.to),
  );
  const total = inPeriod.reduce((sum, adjustment) => sum.plus(performanceOf(adjustment) ?? ZERO), ZERO);
  env.out(
    `연동 실적: 단가 조정 ${inPeriod.length}건, 연동 실적 합계 ${signedWonText(total)}원 (${period.from ?? '처음'} ~ ${period.to ?? outcome.result.asOf ?? '-'})\n` +
      `실적 파일 (report): ${path}\n`,
  );
  return EXIT.ok;
}

function outputPlanOf(command: ReportCommand, input: string): OutputPlan {
  if (command.output === null) {
    const stem = basename(input, extname(input));
    return { kind: 'next-free', path: join(dirname(input), `${stem}-연동실적.xlsx`) };
  }
  const output = resolve(command.output);
  if (existsSync(output)) throw existingFile(output);
  return { kind: 'new', path: output };
}
