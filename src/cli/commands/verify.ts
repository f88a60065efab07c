import { resolve } from 'path';
import { loadWorkbookFile, workbookGrids } from '../../adapters/xlsx';
import { verifyWorkbook } from '../../workbook/run';
import type { VerifyDifference } from '../../workbook/verify';
import { revealedName } from '../../workbook/verify';
import { differenceJson } from '../../workbook/output';
import type { CliEnv } from '../cli-env';
import { EXIT, type ExitCode } from '../cli-failure';
import type { Command } from '../parse-command';
import { issueCounts, issueLines } from '../print-issues';
import { jsonText } from '../terminal-text';

type VerifyCommand = Extract<Command, { kind: 'verify' }>;

/** `yeondong verify <in.xlsx> [--json]`: exit 1 on any difference or input error. */
export async function runVerify(command: VerifyCommand, env: CliEnv): Promise<ExitCode> {
  const workbook = await loadWorkbookFile(resolve(command.input));
  const { outcome, verification } = verifyWorkbook(workbookGrids(workbook), {
    asOf: null,
    createdOn: env.today(),
  });
  const differences = verification?.differences ?? [];
  const rowsChecked = verification?.rowsChecked ?? 0;
  const passed = verification !== null && differences.length === 0 && !outcome.hasErrors;
  env.err(issueLines(outcome.issues));
  if (command.json) {
    const report = {
      verified: passed,
      rowsChecked,
      differences: differences.map(differenceJson),
      issues: outcome.report.issues,
      fingerprint: outcome.fingerprint,
    };
    env.out(`${jsonText(report)}\n`);
  }
  const human = command.json ? env.err : env.out;
  human(differences.map(differenceLine).join(''));
  human(
    `대조한 행 ${rowsChecked}개, 차이 ${differences.length}개, ${issueCounts(outcome.issues)}\n` +
      (passed
        ? '변동표가 재계산과 일치합니다. (The table matches the recomputation.)\n'
        : '변동표가 재계산과 일치하지 않거나 확인할 수 없습니다. (The table does not match or cannot be checked.)\n'),
  );
  return passed ? EXIT.ok : EXIT.inputErrors;
}

/** Sheet names are shown with invisible and look-alike characters spelled out (<U+00A0>). */
function differenceLine(difference: VerifyDifference): string {
  return `[차이] ${revealedName(difference.sheet)}!${difference.cell} ${difference.text.ko}\n${' '.repeat(7)}${difference.text.en}\n`;
}
