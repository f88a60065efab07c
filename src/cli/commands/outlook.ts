import { resolve } from 'path';
import { loadWorkbookFile, workbookGrids } from '../../adapters/xlsx';
import { hasErrors } from '../../domain/issues';
import { outlook } from '../../domain/outlook/outlook';
import { toJsonOutlook } from '../../workbook/outlook-json';
import { readWorkbook } from '../../workbook/read-workbook';
import type { CliEnv } from '../cli-env';
import { CliFailure, EXIT, type ExitCode } from '../cli-failure';
import { outlookSummary } from '../outlook-summary';
import type { Command } from '../parse-command';
import { issueLines } from '../print-issues';
import { jsonText } from '../terminal-text';

type OutlookCommand = Extract<Command, { kind: 'outlook' }>;

/** `yeondong outlook <in.xlsx> [--as-of YYYY-MM-DD] [--shock INDEX=+10%]… [--json]`: reads only. */
export async function runOutlook(command: OutlookCommand, env: CliEnv): Promise<ExitCode> {
  const workbook = await loadWorkbookFile(resolve(command.input));
  const read = readWorkbook(workbookGrids(workbook));
  const known = new Set(read.input.agreements.map((row) => row.index));
  const unknown = command.shocks.find((shock) => !known.has(shock.index));
  if (unknown) {
    const names = [...known].join(', ') || '-';
    throw new CliFailure(
      `--shock의 지표 "${unknown.index}"는 연동약정에 없습니다. 쓰인 지표: ${names}`,
      `--shock names index "${unknown.index}", which no agreement row uses. Indices in use: ${names}`,
      EXIT.usage,
    );
  }
  const result = outlook(
    { ...read.input, asOf: command.asOf },
    { asOf: command.asOf, shocks: command.shocks },
  );
  const issues = [...read.issues, ...result.issues];
  env.err(issueLines(issues));
  if (command.json) env.out(`${jsonText(toJsonOutlook({ ...result, issues }))}\n`);
  // With --json, stdout carries only the JSON object.
  (command.json ? env.err : env.out)(outlookSummary(result, issues));
  return hasErrors(issues) ? EXIT.inputErrors : EXIT.ok;
}
