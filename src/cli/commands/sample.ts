import { resolve } from 'path';
import type { CliEnv } from '../cli-env';
import { EXIT, type ExitCode } from '../cli-failure';
import type { Command } from '../parse-command';
import { writeSampleWorkbook } from '../sample/write-sample';
import { SAMPLE_WORKBOOK } from '../sample/sample-paths';

/** Hidden `yeondong sample [<out.xlsx>]` (npm run sample): regenerates the sample workbook, byte for byte. */
export async function runSample(
  command: Extract<Command, { kind: 'sample' }>,
  env: CliEnv,
): Promise<ExitCode> {
  const output =
    command.output === null ? resolve(env.packageRoot, SAMPLE_WORKBOOK) : resolve(command.output);
  await writeSampleWorkbook(output);
  env.out(`예제 통합 문서를 만들었습니다 (sample written): ${output}\n`);
  return EXIT.ok;
}
