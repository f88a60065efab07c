import { join } from 'path';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { runCli } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';
import { CASES, type CorpusCase } from './cases';

/**
 * Issue 4.3: every bad workbook of the corpus goes through `yeondong compute --json` in process.
 * The exit code, the issue's code, sheet and cell are asserted; every message is non-empty Korean
 * and English; nothing crashes or prints a stack trace.
 */

const tmp = useTempDir('yeondong-corpus-');
const HANGUL = /[\uac00-\ud7a3]/;
const LATIN = /[A-Za-z]{3}/;
const STACK_TRACE = /\n\s+at .+:\d+:\d+|Error: .*\n\s+at /;

async function run(entry: CorpusCase): Promise<{ code: number; stdout: string; stderr: string }> {
  const input = join(tmp.path(), 'input.xlsx');
  await entry.make(input);
  return runCli(['compute', input, '--json', '-o', join(tmp.path(), 'output.xlsx')]);
}

describe('the corpus of bad workbooks', () => {
  it('has at least 30 kinds', () => {
    expect(new Set(CASES.map((entry) => entry.name)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const result = await run(entry);
    expect(result.code).toBe(entry.exit);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).not.toContain('예기치 못한 내부 오류');
    if (entry.issues === null) {
      // Not a workbook at all: one Korean line and its English twin, no JSON.
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(HANGUL);
      expect(result.stderr).toMatch(/cannot open as an Excel workbook/);
      return;
    }
    const report = JSON.parse(result.stdout) as JsonReport;
    for (const expected of entry.issues) {
      expect(report.issues).toContainEqual(expect.objectContaining(expected));
    }
    if (entry.exit === 0) {
      expect(report.issues.every((issue) => issue.severity === 'warning')).toBe(true);
    } else {
      expect(report.issues.some((issue) => issue.severity === 'error')).toBe(true);
    }
    for (const issue of report.issues) {
      expect([issue.code, HANGUL.test(issue.message), LATIN.test(issue.messageEn)]).toEqual([
        issue.code,
        true,
        true,
      ]);
    }
  });
});
