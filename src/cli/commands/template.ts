import { existsSync } from 'fs';
import { resolve } from 'path';
import ExcelJS from 'exceljs';
import { writeOutputSheets } from '../../adapters/xlsx';
import { buildTemplateSheets } from '../../workbook/template';
import type { CliEnv } from '../cli-env';
import { EXIT, type ExitCode } from '../cli-failure';
import type { Command } from '../parse-command';
import { existingFile, saveOutput } from '../save-output';

/** `yeondong template <out.xlsx>`: the four input sheets with headers and sample rows. */
export async function runTemplate(
  command: Extract<Command, { kind: 'template' }>,
  env: CliEnv,
): Promise<ExitCode> {
  const output = resolve(command.output);
  if (existsSync(output)) throw existingFile(output);
  const workbook = new ExcelJS.Workbook();
  writeOutputSheets(workbook, buildTemplateSheets());
  await saveOutput(workbook, { kind: 'new', path: output });
  env.out(`입력 양식을 만들었습니다 (template written): ${output}\n`);
  return EXIT.ok;
}
