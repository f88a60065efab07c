import { existsSync } from 'fs';
import { join } from 'path';
import { loadWorkbookFile, workbookGrids } from '../../src/adapters/xlsx';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { PERFORMANCE_SHEET } from '../../src/workbook/output/performance-report';
import { runCli } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');
const tmp = useTempDir('yeondong-report-');

describe('yeondong report', () => {
  it('writes the 연동 실적 sheet for the period; its total is the deliveries’ adjustment owed', async () => {
    const output = join(tmp.path(), '실적.xlsx');
    const run = await runCli(['report', SAMPLE, '--from', '2024-01-01', '--to', '2025-12-31', '-o', output]);
    expect(run.code).toBe(0);
    const sheets = workbookGrids(await loadWorkbookFile(output)).sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual([PERFORMANCE_SHEET]);
    // Over the whole period (f − e) × g summed is what the deliveries owe (demo: +22,367,500원).
    const whole = await runCli(['compute', SAMPLE, '--json', '-o', join(tmp.path(), 'all.xlsx')]);
    const report = JSON.parse(whole.stdout) as JsonReport;
    const owed = report.adjustments
      .flatMap((adjustment) => adjustment.deliveries)
      .reduce((sum, delivery) => sum + Number(delivery.adjustmentAmount), 0);
    expect(owed).toBe(22_367_500);
    expect(run.stdout).toContain(`단가 조정 ${report.adjustments.length}건, 연동 실적 합계 +22,367,500원`);
  });

  it('refuses a reversed period, a bad date and an existing -o file (exit 2)', async () => {
    expect((await runCli(['report', SAMPLE, '--from', '2025-01-01', '--to', '2024-01-01'])).code).toBe(2);
    expect((await runCli(['report', SAMPLE, '--from', '2024-13-01'])).code).toBe(2);
    const taken = join(tmp.path(), 'taken.xlsx');
    expect((await runCli(['report', SAMPLE, '-o', taken])).code).toBe(0);
    expect(existsSync(taken)).toBe(true);
    expect((await runCli(['report', SAMPLE, '-o', taken])).code).toBe(2);
  });
});
