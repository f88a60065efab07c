import { existsSync } from 'fs';
import { resolve } from 'path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile, workbookGrids, writeOutputSheets } from '../../adapters/xlsx';
import { hasErrors } from '../../domain/issues';
import { agreementTableOf } from '../../workbook/run';
import {
  readAgreements,
  readPrices,
  findSheet,
  buildTemplateSheets,
  templateInputs,
} from '../../workbook/input';
import { SHEET } from '../../workbook/grid';
import type { CliEnv } from '../cli-env';
import { EXIT, type ExitCode } from '../cli-failure';
import type { Command } from '../parse-command';
import { issueLines } from '../print-issues';
import { existingFile, saveOutput } from '../save-output';

type TemplateCommand = Extract<Command, { kind: 'template' }>;

/**
 * `yeondong template <out.xlsx>`: the four input sheets with headers and sample rows, and the
 * 연동표 (【첨부1】) of those sample rows. With `--from <in.xlsx>`: the 연동표 of that workbook's
 * agreement rows alone — what a buyer drafts and signs with the contract, before any price moves.
 */
export async function runTemplate(command: TemplateCommand, env: CliEnv): Promise<ExitCode> {
  const output = resolve(command.output);
  if (existsSync(output)) throw existingFile(output);
  const workbook = new ExcelJS.Workbook();
  if (command.from === null) {
    writeOutputSheets(workbook, [...buildTemplateSheets(), agreementTableOf(templateInputs(), env.today())]);
    await saveOutput(workbook, { kind: 'new', path: output });
    env.out(`입력 양식을 만들었습니다 (template written): ${output}\n`);
    return EXIT.ok;
  }
  const grids = workbookGrids(await loadWorkbookFile(resolve(command.from)));
  const agreements = readAgreements(findSheet(grids, SHEET.agreements));
  // Prices are optional here: the 연동표 only borrows each index's unit from them.
  const prices = findSheet(grids, SHEET.prices) ? readPrices(findSheet(grids, SHEET.prices)).prices : [];
  env.err(issueLines(agreements.issues));
  if (hasErrors(agreements.issues) || agreements.agreements.length === 0) {
    env.out(
      '연동약정에 오류가 있거나 행이 없어 연동표를 만들지 않았습니다. (No 연동표: the agreement rows have errors or are missing.)\n',
    );
    return EXIT.inputErrors;
  }
  writeOutputSheets(workbook, [agreementTableOf({ agreements: agreements.agreements, prices }, env.today())]);
  await saveOutput(workbook, { kind: 'new', path: output });
  env.out(`연동표를 만들었습니다: 약정 행 ${agreements.agreements.length}개 (연동표 written): ${output}\n`);
  return EXIT.ok;
}
