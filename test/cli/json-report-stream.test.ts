import { issue } from '../../src/domain/issues';
import type { ComputeResult } from '../../src/domain/types';
import { writeJsonReport } from '../../src/cli/json-report-stream';
import { jsonText } from '../../src/cli/terminal-text';
import { toJsonReport } from '../../src/workbook/output/json-report';
import { resultOf, shareExcessTwoMaterials, twoAdjustmentsOfOneItem } from '../workbook/output/fixtures';
import { manyEvaluations } from '../workbook/output/scale-fixture';

function streamed(result: ComputeResult, issues = result.issues, fingerprint = 'b'.repeat(64)): string[] {
  const pieces: string[] = [];
  writeJsonReport(result, issues, fingerprint, (piece) => pieces.push(piece));
  return pieces;
}

describe('compute --json written piece by piece', () => {
  const hostile = [
    issue({
      severity: 'error',
      code: 'INVALID_TEXT',
      at: { sheet: '연동약정', cell: 'B2' },
      text: { ko: '제어 문자 \u001b[31m 와 \u202e 뒤집기', en: 'escape \u0007 and "quotes" \\ \n line' },
    }),
    issue({
      severity: 'warning',
      code: 'EMPTY_SHEET',
      at: { sheet: '원재료가격', cell: '' },
      text: { ko: '', en: '' },
    }),
  ];
  const cases: [string, ComputeResult, ComputeResult['issues']][] = [
    ['adjustments with deliveries and untriggered materials', twoAdjustmentsOfOneItem(), []],
    ['share, excess and two materials', shareExcessTwoMaterials(), []],
    ['nothing at all, as-of unknown', { ...resultOf('2024-01-01', []), asOf: null }, []],
    ['issues with control characters, quotes and line feeds', resultOf('2024-04-01', []), hostile],
  ];

  it.each(cases)('%s: the same text as the whole report', (_name, result, issues) => {
    expect(streamed(result, issues).join('')).toBe(jsonText(toJsonReport(result, issues, 'b'.repeat(64))));
  });

  it('hands a large report on in pieces that never hold it whole', () => {
    const result = manyEvaluations(120); // 1,200 evaluations
    const pieces = streamed(result);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(jsonText(toJsonReport(result, result.issues, 'b'.repeat(64))));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(pieces.join('').length);
  });
});
