import { existsSync } from 'fs';
import { resolve } from 'path';
import type { CliEnv } from '../cli-env';
import { CliFailure, EXIT, UsageError, type ExitCode } from '../cli-failure';
import { computeFile } from '../compute-file';
import { computeSummary } from '../compute-summary';
import { defaultOutputPath, firstFreePath, isSameFile } from '../output-path';
import type { Command } from '../parse-command';
import { issueLines } from '../print-issues';

type ComputeCommand = Extract<Command, { kind: 'compute' }>;

/** `yeondong compute <in.xlsx> [-o <out.xlsx>] [--json] [--as-of YYYY-MM-DD] [--in-place] [--replace]` */
export async function runCompute(command: ComputeCommand, env: CliEnv): Promise<ExitCode> {
  const input = resolve(command.input);
  const output = outputPathOf(command, input);
  const run = await computeFile(input, output, {
    asOf: command.asOf,
    createdOn: env.today(),
    replace: command.replace,
  });
  env.err(issueLines(run.outcome.issues));
  if (command.json) env.out(`${JSON.stringify(run.outcome.report, null, 2)}\n`);
  // With --json, stdout carries only the JSON object.
  (command.json ? env.err : env.out)(computeSummary(run, output));
  return run.outcome.hasErrors ? EXIT.inputErrors : EXIT.ok;
}

function outputPathOf(command: ComputeCommand, input: string): string {
  if (command.inPlace) return input;
  if (command.output === null) return firstFreePath(defaultOutputPath(input));
  const output = resolve(command.output);
  if (isSameFile(output, input)) {
    throw new UsageError(
      '-o가 입력 파일과 같습니다. 입력 파일에 직접 쓰려면 --in-place를 쓰세요.',
      '-o names the input file; use --in-place to write into the input file.',
    );
  }
  if (existsSync(output)) {
    throw new CliFailure(
      `이미 있는 파일은 덮어쓰지 않습니다: ${output}. 다른 이름을 지정하거나 파일을 옮긴 뒤 다시 실행하세요.`,
      `an existing file is never overwritten: ${output}. Choose another name or move the file, then run again.`,
      EXIT.usage,
    );
  }
  return output;
}
