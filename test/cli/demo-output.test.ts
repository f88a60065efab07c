import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { main } from '../../src/cli/main';
import { DEMO_RESULT, SAMPLE_WORKBOOK } from '../../src/cli/sample/sample-paths';
import { TEST_TODAY } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Issue 9.7: `demo -o` never overwrites a file, not even the sample it reads. The package folder
 * is a copy here, so that a failure could not damage the committed sample.
 */

const tmp = useTempDir('yeondong-demo-');

async function demo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const root = tmp.path();
  mkdirSync(join(root, 'assets'), { recursive: true });
  const sample = join(root, SAMPLE_WORKBOOK);
  try {
    statSync(sample);
  } catch {
    copyFileSync(resolve(__dirname, '..', '..', SAMPLE_WORKBOOK), sample);
  }
  const code = await main(['demo', ...args], {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    today: () => TEST_TODAY,
    packageRoot: root,
  });
  return { code, stdout, stderr };
}

describe('yeondong demo -o', () => {
  it('refuses an existing file (exit 2), leaving it as it was', async () => {
    const output = join(tmp.path(), 'mine.xlsx');
    writeFileSync(output, 'mine');
    const run = await demo(['-o', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`이미 있는 파일은 덮어쓰지 않습니다: ${output}`);
    expect(readFileSync(output, 'utf8')).toBe('mine');
  });

  it('refuses the sample workbook it reads, leaving it as it was', async () => {
    const sample = join(tmp.path(), SAMPLE_WORKBOOK);
    const before = readFileSync(resolve(__dirname, '..', '..', SAMPLE_WORKBOOK));
    const run = await demo(['-o', sample]);
    expect(run.code).toBe(2);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  it('still refreshes its own out/sample-result.xlsx without -o, as documented', async () => {
    const first = await demo([]);
    expect(first.code).toBe(0);
    const result = join(tmp.path(), DEMO_RESULT);
    writeFileSync(result, 'stale');
    const second = await demo([]);
    expect(second.code).toBe(0);
    expect(readFileSync(result).subarray(0, 2).toString()).toBe('PK');
  });
});
