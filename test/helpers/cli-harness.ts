import { resolve } from 'path';
import type { IsoDate } from '../../src/domain/dates';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const TEST_TODAY: IsoDate = '2026-01-05';

/** Runs `yeondong …` in-process, capturing both streams; today is fixed so that outputs are stable. */
export async function runCli(argv: string[], today: IsoDate = TEST_TODAY): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    today: () => today,
    packageRoot: resolve(__dirname, '..', '..'),
  });
  return { code, stdout, stderr };
}
