import { UnreadableWorkbookError } from '../adapters/xlsx';
import { processEnv, type CliEnv } from './cli-env';
import { CliFailure, EXIT, UsageError, type ExitCode } from './cli-failure';
import { runCompute } from './commands/compute';
import { runDemo } from './commands/demo';
import { runOutlook } from './commands/outlook';
import { runPricesImport } from './commands/prices-import';
import { runReport } from './commands/report';
import { runSample } from './commands/sample';
import { runTemplate } from './commands/template';
import { runVerify } from './commands/verify';
import { parseCommand, type Command } from './parse-command';
import { terminalText } from './terminal-text';
import { USAGE } from './usage';

/**
 * The `yeondong` command line (DOMAIN §5). Returns the exit status; never throws for bad input
 * or a bad command line, and never prints a stack trace.
 */
export async function main(argv: string[], env: CliEnv = processEnv()): Promise<number> {
  const terminal = terminalSafe(env);
  try {
    return await dispatch(parseCommand(argv), terminal);
  } catch (failure) {
    return reportFailure(failure, terminal);
  }
}

/**
 * Both streams with control characters shown as escapes: messages quote cell text, sheet names
 * and paths. The JSON on stdout holds none (terminal-text's jsonText), so it passes unchanged.
 */
function terminalSafe(env: CliEnv): CliEnv {
  return {
    ...env,
    out: (text) => env.out(terminalText(text)),
    err: (text) => env.err(terminalText(text)),
  };
}

function dispatch(command: Command, env: CliEnv): Promise<ExitCode> {
  switch (command.kind) {
    case 'help':
      env.out(USAGE);
      return Promise.resolve(EXIT.ok);
    case 'template':
      return runTemplate(command, env);
    case 'compute':
      return runCompute(command, env);
    case 'verify':
      return runVerify(command, env);
    case 'report':
      return runReport(command, env);
    case 'outlook':
      return runOutlook(command, env);
    case 'demo':
      return runDemo(command, env);
    case 'sample':
      return runSample(command, env);
    case 'prices-import':
      return runPricesImport(command, env);
  }
}

function reportFailure(failure: unknown, env: CliEnv): ExitCode {
  if (failure instanceof UsageError) {
    env.err(`yeondong: ${failure.text.ko}\n          ${failure.text.en}\n\n${USAGE}`);
    return failure.exitCode;
  }
  if (failure instanceof CliFailure) {
    env.err(`[오류] ${failure.text.ko}\n       ${failure.text.en}\n`);
    return failure.exitCode;
  }
  if (failure instanceof UnreadableWorkbookError) {
    // What the zip or xlsx library said, if anything, only as a second note.
    const detail = failure.detail === null ? '' : `       세부 정보 (detail): ${failure.detail}\n`;
    env.err(`[오류] ${failure.text.ko}\n       ${failure.text.en}\n${detail}`);
    return EXIT.inputErrors;
  }
  // A fault of the program itself: still one readable line, not a stack trace.
  const detail = failure instanceof Error ? failure.message : String(failure);
  env.err(`[오류] 예기치 못한 내부 오류입니다: ${detail}\n       unexpected internal error: ${detail}\n`);
  return EXIT.inputErrors;
}
