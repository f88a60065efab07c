import { existsSync } from 'fs';
import { resolve } from 'path';
import { assertReplaceable } from '../../adapters/xlsx';
import type { CliEnv } from '../cli-env';
import { EXIT, UsageError, type ExitCode } from '../cli-failure';
import { computeFile } from '../compute-file';
import { runPerSupplier } from '../per-supplier';
import { computeSummary } from '../compute-summary';
import { defaultOutputPath, isSameFile } from '../output-path';
import type { Command } from '../parse-command';
import { issueLines } from '../print-issues';
import { existingFile, refusedOutput, type OutputPlan } from '../save-output';
import { writeJsonReport } from '../json-report-stream';

type ComputeCommand = Extract<Command, { kind: 'compute' }>;

/**
 * `yeondong compute <in.xlsx> [-o <out.xlsx>] [--json] [--as-of YYYY-MM-DD] [--in-place] [--replace]
 * [--per-supplier <dir>] [--review all|triggered]`
 */
export async function runCompute(command: ComputeCommand, env: CliEnv): Promise<ExitCode> {
  if (command.perSupplier !== null) return runPerSupplier(command, command.perSupplier, env);
  const input = resolve(command.input);
  const output = outputPlanOf(command, input);
  if (output.kind === 'in-place') await refuseReadOnly(input);
  const run = await computeFile(input, output, {
    asOf: command.asOf,
    createdOn: env.today(),
    replace: command.replace,
    review: command.review,
  });
  env.err(issueLines(run.outcome.issues));
  if (command.json) {
    const { result, issues, fingerprint } = run.outcome;
    writeJsonReport(result, issues, fingerprint, env.out);
    env.out('\n');
  }
  // With --json, stdout carries only the JSON object.
  (command.json ? env.err : env.out)(computeSummary(run, run.outputPath));
  return run.outcome.hasErrors ? EXIT.inputErrors : EXIT.ok;
}

function outputPlanOf(command: ComputeCommand, input: string): OutputPlan {
  if (command.inPlace) return { kind: 'in-place', path: input };
  if (command.output === null) return { kind: 'next-free', path: defaultOutputPath(input) };
  const output = resolve(command.output);
  if (isSameFile(output, input)) {
    throw new UsageError({
      ko: '-o가 입력 파일과 같습니다. 입력 파일에 직접 쓰려면 --in-place를 쓰세요.',
      en: '-o names the input file; use --in-place to write into the input file.',
    });
  }
  // Checked again, atomically, when the file is written: one may appear while computing.
  if (existsSync(output)) throw existingFile(output);
  return { kind: 'new', path: output };
}

/** A read-only input is refused before computing, not after (and again when it is replaced). */
async function refuseReadOnly(input: string): Promise<void> {
  try {
    await assertReplaceable(input);
  } catch (failure) {
    throw refusedOutput(failure) ?? failure;
  }
}
