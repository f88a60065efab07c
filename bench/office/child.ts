import './jest-shim';
import { runSheetWrites } from '../../src/adapters/office/run-writes';
import { writeSheets } from '../../src/adapters/office/write-sheets';
import { runWorkbook } from '../../src/workbook/run';
import { FakeWorkbook } from '../../test/adapters/office/fake-excel/model';
import { templateWorkbook } from '../../test/adapters/office/fixtures';
import { mockExcel } from '../../test/adapters/office/mock-excel';

const TODAY = '2024-08-01';

/**
 * `node child.js <agreementRows>`: computes the template workbook grown to that many rows (not
 * timed), then times writeSheets of 납품단가 변동표 + 연동 검토내역 into office-addin-mock's fake
 * Excel, and, as the baseline, JSON-serialising the same output rows (the bytes that must travel).
 */
async function main(): Promise<void> {
  const agreementRows = Number(process.argv[2]);
  const grids = templateWorkbook(agreementRows);
  const outcome = runWorkbook(grids, { asOf: null, createdOn: TODAY });
  const outputRows = outcome.changeTable.rows.length + outcome.reviewSheet.rows.length;
  const { context, session } = mockExcel(FakeWorkbook.fromGrids(grids));

  let started = process.hrtime.bigint();
  const json = JSON.stringify([outcome.changeTable.rows, outcome.reviewSheet.rows]);
  const baselineSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  started = process.hrtime.bigint();
  await writeSheets(context, runSheetWrites(outcome, { replace: false, grids, today: TODAY }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = {
    agreementRows,
    changeTableRows: outcome.changeTable.rows.length,
    reviewRows: outcome.reviewSheet.rows.length,
    outputRows,
    jsonBytes: json.length,
    seconds,
    baselineSeconds,
    syncs: session.syncCount,
    requestBytes: session.requestBytes,
    maxRequestBytes: Math.max(...session.requestBytes),
    totalRequestBytes: session.requestBytes.reduce((a, b) => a + b, 0),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
