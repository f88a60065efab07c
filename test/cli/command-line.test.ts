import { join } from 'path';
import { runCli } from '../helpers/cli-harness';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir();

async function input(): Promise<string> {
  const path = join(tmp.path(), 'in.xlsx');
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

describe('yeondong command line', () => {
  it('prints the usage, Korean and English, on help and exits 0', async () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('사용법 (Usage)');
      expect(run.stdout).toContain('yeondong compute <in.xlsx>');
    }
  });

  it.each([
    [[], '명령을 지정하세요'],
    [['calculate', 'x.xlsx'], '알 수 없는 명령입니다: calculate'],
    [['compute'], '<in.xlsx>'],
    [['compute', 'a.xlsx', 'b.xlsx'], '필요 없는 인수가 있습니다: b.xlsx'],
    [['compute', 'a.xlsx', '--fast'], '명령줄 옵션을 읽을 수 없습니다'],
    [['compute', 'a.xlsx', '--as-of', '2024-13-01'], '--as-of 값은 YYYY-MM-DD'],
    [['compute', 'a.xlsx', '--as-of', '2024-02-30'], '--as-of 값은 YYYY-MM-DD'],
    [['compute', 'a.xlsx', '--as-of', '20240301'], '--as-of 값은 YYYY-MM-DD'],
    [['compute', 'a.xlsx', '--in-place', '-o', 'b.xlsx'], '함께 쓸 수 없습니다'],
    [['verify'], '<in.xlsx>'],
    [['verify', 'a.xlsx', '--replace'], '명령줄 옵션을 읽을 수 없습니다'],
    [['template'], '<out.xlsx>'],
  ])('exits 2 with the usage for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('사용법 (Usage)');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when -o names the input file', async () => {
    const path = await input();
    const run = await runCli(['compute', path, '-o', join(tmp.path(), '.', 'in.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--in-place');
  });

  it('accepts a valid --as-of', async () => {
    const run = await runCli(['compute', await input(), '--as-of', '2024-04-01', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ asOf: '2024-04-01' });
  });
});
