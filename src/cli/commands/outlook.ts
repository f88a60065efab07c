import { resolve } from 'path';
import { loadWorkbookFile, workbookGrids } from '../../adapters/xlsx';
import { hasErrors } from '../../domain/issues';
import { toJsonOutlook, outlookOfWorkbook, unknownShock } from '../../workbook/outlook';
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
  const { outlook, issues, indices } = outlookOfWorkbook(workbookGrids(workbook), command);
  const unknown = unknownShock(command.shocks, indices);
  if (unknown) {
    const names = indices.join(', ') || '-';
    throw new CliFailure(
      {
        ko: `--shock의 지표 "${unknown.index}"는 연동약정에 없습니다. 쓰인 지표: ${names}`,
        en: `--shock names index "${unknown.index}", which no agreement row uses. Indices in use: ${names}`,
      },
      EXIT.usage,
    );
  }
  env.err(issueLines(issues));
  if (command.json) env.out(`${jsonText(toJsonOutlook({ ...outlook, issues }))}\n`);
  // With --json, stdout carries only the JSON object.
  (command.json ? env.err : env.out)(outlookSummary(outlook, issues));
  return hasErrors(issues) ? EXIT.inputErrors : EXIT.ok;
}
