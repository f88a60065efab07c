import { existsSync, mkdirSync } from 'fs';
import { dirname, relative, resolve } from 'path';
import type { CliEnv } from '../cli-env';
import { EXIT, type ExitCode } from '../cli-failure';
import { computeFile } from '../compute-file';
import { demoSummary } from '../demo-summary';
import type { Command } from '../parse-command';
import { issueLines } from '../print-issues';
import { existingFile, type OutputPlan } from '../save-output';
import { DEMO_RESULT, SAMPLE_WORKBOOK } from '../sample/sample-paths';

/**
 * `yeondong demo [-o <out.xlsx>]` (npm run demo): computes the sample workbook and writes the
 * result, by default to out/sample-result.xlsx, which each demo run replaces. A file named with
 * -o is never replaced (exit 2), like compute's.
 */
export async function runDemo(command: Extract<Command, { kind: 'demo' }>, env: CliEnv): Promise<ExitCode> {
  const input = resolve(env.packageRoot, SAMPLE_WORKBOOK);
  const output = outputPlanOf(command.output, env);
  mkdirSync(dirname(output.path), { recursive: true });
  const run = await computeFile(input, output, { asOf: null, createdOn: env.today(), replace: true });
  env.err(issueLines(run.outcome.issues));
  env.out(demoSummary(run.outcome, shortPath(input), run.written ? shortPath(run.outputPath) : null));
  return run.outcome.hasErrors ? EXIT.inputErrors : EXIT.ok;
}

function outputPlanOf(output: string | null, env: CliEnv): OutputPlan {
  if (output === null) return { kind: 'refresh', path: resolve(env.packageRoot, DEMO_RESULT) };
  const path = resolve(output);
  if (existsSync(path)) throw existingFile(path);
  return { kind: 'new', path };
}

/** Paths under the working folder are shown relative to it, as a person would type them. */
function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || near === '' ? path : near;
}
