import { join } from 'path';
import type { JsonOutlook } from '../../src/workbook/outlook/json';
import { runCli } from '../helpers/cli-harness';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');
const COPPER = 'LME 전기동 (USD/t)=+10%';

describe('yeondong outlook', () => {
  it('--json: stdout is only the JSON; a shock’s effect per item and on 12 months of deliveries adds up', async () => {
    const run = await runCli(['outlook', SAMPLE, '--as-of', '2025-05-15', '--shock', COPPER, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonOutlook;
    expect(report.asOf).toBe('2025-05-15');
    expect(report.shocks).toEqual([{ index: 'LME 전기동 (USD/t)', rate: '0.1' }]);
    expect(report.deliveryWindow).toEqual({ from: '2024-05-15', to: '2025-05-15' });
    const cable = report.items.find((item) => item.item === '전원 케이블');
    expect(cable).toMatchObject({
      nextAdjustment: '2025-06-01',
      currentUnitPrice: '4370',
      projectedUnitPrice: '4370',
      shockedUnitPrice: '4385',
      shockEffect: '15',
      deliveredQuantity: '38000',
      deliveredEffect: '570000',
    });
    expect(cable?.materials[0]).toMatchObject({
      changeRate: '0.039659',
      threshold: '0.05',
      outcome: 'belowThreshold',
    });
    const sum = report.items.reduce((total, item) => total + Number(item.deliveredEffect ?? 0), 0);
    expect(String(sum)).toBe(report.totalShockEffect);
    expect(report.totalShockEffect).toBe('7090200');
    // The human summary goes to stderr with --json.
    expect(run.stderr).toContain('+3.97% / 5%');
  });

  it('prints a table with each material’s distance to its threshold', async () => {
    const run = await runCli(['outlook', SAMPLE, '--as-of', '2025-05-15']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('기준일 (as-of): 2025-05-15');
    expect(run.stdout).toMatch(/전원 케이블\s+4,370\s+2025-06-01\s+4,370/);
    expect(run.stdout).toContain('+3.97% / 5% · 미달 (below), 1.03%p 남음 (to go)');
    expect(run.stdout).not.toContain('충격');
  });

  it('refuses a shock that is not INDEX=±N% or names an index no row uses (exit 2)', async () => {
    for (const shock of ['LME 전기동 (USD/t)=10', '=+10%', 'LME 전기동 (USD/t)=-100%']) {
      const run = await runCli(['outlook', SAMPLE, '--shock', shock]);
      expect({ shock, code: run.code }).toEqual({ shock, code: 2 });
      expect(run.stderr).toContain('--shock');
    }
    const unknown = await runCli(['outlook', SAMPLE, '--shock', '금=+5%']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"금"');
    expect(unknown.stderr).toContain('열연강판 (원/kg)');
  });
});
