import { issue } from '../../../src/domain/issues';
import { dateToSerial } from '../../../src/workbook/input/values';
import { buildReviewSheet, REVIEW_HEADERS } from '../../../src/workbook/output/review-sheet';
import {
  COPPER,
  evaluate,
  MOTOR,
  resultOf,
  shareExcessTwoMaterials,
  twoAdjustmentsOfOneItem,
} from './fixtures';
import { cellAt, rowWith, shown } from './sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'e'.repeat(64) };

describe('연동 검토내역', () => {
  const sheet = buildReviewSheet(twoAdjustmentsOfOneItem(), META);

  it('opens with the dates, the fingerprint and the counts', () => {
    expect(sheet.name).toBe('연동 검토내역');
    expect(cellAt(sheet, 'A1').value).toBe('연동 검토내역');
    expect([2, 3, 4, 5, 6].map((row) => [shown(sheet, `A${row}`), shown(sheet, `C${row}`)])).toEqual([
      ['작성일', dateToSerial('2026-11-25')],
      ['기준일', dateToSerial('2024-10-01')],
      ['입력 지문', 'e'.repeat(64)],
      ['검토 건수', '3건 (발동 2건, 미발동 1건)'],
      ['오류·경고', '오류 0건, 경고 0건'],
    ]);
    expect(sheet.rows[7]?.map((cell) => cell.value)).toEqual([...REVIEW_HEADERS]);
    expect(sheet.frozenRows).toBe(8);
    expect(sheet.print.repeatRows).toEqual([8, 8]);
  });

  it('lists every evaluation, the untriggered one with why', () => {
    const rows = [9, 10, 11].map((row) =>
      ['A', 'B', 'D', 'G', 'J', 'K', 'L', 'M', 'N', 'O', 'P'].map((column) =>
        shown(sheet, `${column}${row}`),
      ),
    );
    expect(rows).toEqual([
      [
        'A-001',
        '모터 하우징',
        '구리',
        45383,
        9000,
        10080,
        0.12,
        0.1,
        '발동',
        '변동률 +12.00% ≥ 조정요건 10.00% — 단가 +2,160원',
        2160,
      ],
      [
        'A-001',
        '모터 하우징',
        '구리',
        dateToSerial('2024-07-01'),
        10080,
        10584,
        0.05,
        0.1,
        '미발동',
        '변동률 +5.00% < 조정요건 10.00% — 미반영, 기준가격 유지',
        0,
      ],
      [
        'A-001',
        '모터 하우징',
        '구리',
        dateToSerial('2024-10-01'),
        10080,
        9072,
        -0.1,
        0.1,
        '발동',
        '변동률 -10.00%, 변동폭 10.00% ≥ 조정요건 10.00% — 단가 -2,016원',
        -2016,
      ],
    ]);
    expect(cellAt(sheet, 'L9').numberFormat).toBe('0.00%');
    expect(cellAt(sheet, 'G9').numberFormat).toBe('yyyy-mm-dd');
    expect(['H9', 'I9'].map((a1) => shown(sheet, a1))).toEqual(['2024-01-31', '2024-03-31']);
  });

  it('summarises each item: evaluations, adjustments, first and current price', () => {
    const heading = rowWith(sheet, '물품별 요약');
    expect(sheet.rows[heading]?.map((cell) => cell.value)).toEqual([
      '약정번호',
      '물품명',
      '품번',
      '원재료',
      '검토 건수',
      '조정 건수',
      '최초 납품단가',
      '현재 납품단가',
      '계산 상태',
    ]);
    expect(sheet.rows[heading + 1]?.map((cell) => cell.value)).toEqual([
      'A-001',
      '모터 하우징',
      'MH-100',
      '구리',
      3,
      2,
      10000,
      10144,
      '완료',
    ]);
  });

  it('says that no issue was found rather than leaving the list out', () => {
    const heading = rowWith(sheet, '오류·경고 (0건)');
    expect(cellAt(sheet, `A${heading + 1}`)).toMatchObject({ value: '오류·경고가 없습니다.', style: 'note' });
  });
});

describe('연동 검토내역 reasons and issues', () => {
  it('names 초과분 and the reflection ratio in the reason', () => {
    const sheet = buildReviewSheet(shareExcessTwoMaterials(), META);
    const reasons = [9, 10].map((row) => [shown(sheet, `D${row}`), shown(sheet, `O${row}`)]);
    expect(reasons).toEqual([
      ['강판', '변동률 +12.50% ≥ 조정요건 5.00% — 단가 +1,200원 (초과분만 반영, 반영비율 80.00%)'],
      ['수지', '변동률 +5.00% < 조정요건 10.00% — 미반영, 기준가격 유지'],
    ]);
  });

  it('shows enough decimals that a rate just under the threshold does not read as equal', () => {
    const nearly = evaluate(MOTOR, '2024-04-01', { ...COPPER, base: '9000', comparison: '9899.991' });
    const sheet = buildReviewSheet(resultOf('2024-04-01', [], [nearly]), META);
    expect(shown(sheet, 'O9')).toBe('변동률 +9.9999% < 조정요건 10.0000% — 미반영, 기준가격 유지');
  });

  it('lists every issue with its sheet and cell, in Korean and English', () => {
    const issues = [
      issue({
        severity: 'error',
        code: 'OUT_OF_RANGE',
        at: { sheet: '원재료가격', cell: 'C7' },
        text: { ko: '가격은 0보다 커야 합니다.', en: 'Price must be positive.' },
      }),
      issue({
        severity: 'warning',
        code: 'THRESHOLD_ABOVE_LEGAL',
        at: { sheet: '연동약정', cell: 'Q2' },
        text: { ko: '조정요건이 10%를 넘습니다.', en: 'Threshold above 10 %.' },
      }),
    ];
    const sheet = buildReviewSheet(twoAdjustmentsOfOneItem(), { ...META, issues });
    expect(shown(sheet, 'C6')).toBe('오류 1건, 경고 1건');
    const heading = rowWith(sheet, '오류·경고 (2건)');
    const row = (offset: number) =>
      ['A', 'B', 'C', 'D', 'E', 'O'].map((column) => shown(sheet, `${column}${heading + offset}`));
    expect(row(1)).toEqual(['구분', '시트', '셀', '코드', '내용', '내용 (영문)']);
    expect(row(2)).toEqual([
      '오류',
      '원재료가격',
      'C7',
      'OUT_OF_RANGE',
      '가격은 0보다 커야 합니다.',
      'Price must be positive.',
    ]);
    expect(row(3)).toEqual([
      '경고',
      '연동약정',
      'Q2',
      'THRESHOLD_ABOVE_LEGAL',
      '조정요건이 10%를 넘습니다.',
      'Threshold above 10 %.',
    ]);
    expect(sheet.merges).toContain(`E${heading + 2}:N${heading + 2}`);
  });

  it('uses the engine’s own issues when the run passes none', () => {
    const result = {
      ...resultOf('2024-04-01', []),
      issues: [
        issue({
          severity: 'warning',
          code: 'EXEMPT_SMALL_BUYER',
          at: { sheet: '연동약정', cell: 'B2' },
          text: { ko: '소기업 위탁기업', en: 'Small buyer' },
        }),
      ],
    };
    const sheet = buildReviewSheet(result, META);
    const heading = rowWith(sheet, '오류·경고 (1건)');
    expect(shown(sheet, `D${heading + 2}`)).toBe('EXEMPT_SMALL_BUYER');
    expect(cellAt(sheet, 'A9').value).toBe('검토한 원재료가 없습니다.');
  });
});

describe('연동 검토내역 rows sharing repeated cells', () => {
  it('keeps an empty 품번 apart from a 품번 written as the text "null"', () => {
    const quiet = (partNo: string | null, date: string) =>
      evaluate({ ...MOTOR, partNo }, date, { ...COPPER, base: '9000', comparison: '9100' });
    const sheet = buildReviewSheet(
      resultOf('2024-05-01', [], [quiet(null, '2024-04-01'), quiet('null', '2024-05-01')]),
      META,
    );
    const partNoColumn = REVIEW_HEADERS.indexOf('품번');
    const rows = sheet.rows.filter((row) => row[0]?.value === MOTOR.agreementId);
    expect(rows.map((row) => row[partNoColumn]?.value)).toEqual([null, 'null']);
  });
});
