import { spawnSync } from 'child_process';

export interface ChildRun {
  readonly seconds: number;
  /** Peak resident set, MB, from /usr/bin/time -v. */
  readonly peakRssMb: number;
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command under /usr/bin/time -v; wall time measured here, peak RSS parsed from time's report. */
export function runTimed(command: string, args: readonly string[], timeoutMs = 0): ChildRun {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutMs > 0 ? timeoutMs : undefined,
    killSignal: 'SIGKILL',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    peakRssMb: match ? Number(match[1]) / 1024 : NaN,
    status: result.status,
    timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

/** The last line of a child's stdout, parsed as JSON (bench children print one result line). */
export function lastJson<T>(run: ChildRun): T {
  const lines = run.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`child printed no result (status ${run.status}):\n${run.stderr.slice(-2000)}`);
  }
}
