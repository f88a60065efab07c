import { D } from '../../domain/decimal';
import type { Issue } from '../../domain/issues';
import type { ItemSummary, MaterialEvaluation } from '../../domain/types';
import { fitCellText, joinWithinCell } from '../grid/cell-text';
import { PERCENT_FORMAT, wonFormatFor } from './formats';
import { type CellContent, dateContent, numberContent, textContent } from './output-cell';
import { OUTCOME_LABEL, reviewReason } from './review-reason';

/** The three tables of `연동 검토내역` (DOMAIN §4), one column of one table at a time. */
export interface ReviewColumn<Row> {
  readonly header: string;
  /** How many sheet columns the column's cells are merged across; 1 unless said. */
  readonly span?: number;
  readonly content: (row: Row) => CellContent | null;
  /** Its cells repeat from row to row (names, dates, labels): one cell object per content will do. */
  readonly repeats?: boolean;
}

const COUNT_FORMAT = '#,##0';

/** Text the engine or the user wrote, cut to what one Excel cell holds. */
function text(value: string | null): CellContent | null {
  return value === null ? null : textContent(fitCellText(value));
}

function won(value: D): CellContent {
  return numberContent(value, wonFormatFor(value, 0));
}

function percent(value: D): CellContent {
  return numberContent(value, PERCENT_FORMAT);
}

function count(value: number): CellContent {
  return numberContent(new D(value), COUNT_FORMAT);
}

/**
 * One listed evaluation while its row is made: its change rate, which two of its cells show
 * (변동률 and 사유), is divided out once.
 */
export class ReviewedEvaluation {
  private rate: D | undefined;

  constructor(readonly evaluation: MaterialEvaluation) {}

  get changeRate(): D {
    this.rate ??= this.evaluation.changeRate;
    return this.rate;
  }
}

/** Every evaluated (item, material, adjustment date), triggered or not, and why. */
export const EVALUATION_COLUMNS: readonly ReviewColumn<ReviewedEvaluation>[] = [
  { header: '약정번호', repeats: true, content: ({ evaluation }) => text(evaluation.agreementId) },
  { header: '물품명', repeats: true, content: ({ evaluation }) => text(evaluation.item) },
  { header: '품번', repeats: true, content: ({ evaluation }) => text(evaluation.partNo) },
  { header: '원재료', repeats: true, content: ({ evaluation }) => text(evaluation.material) },
  { header: '기준지표', repeats: true, content: ({ evaluation }) => text(evaluation.index) },
  { header: '단위', repeats: true, content: ({ evaluation }) => text(evaluation.unit) },
  { header: '조정일', repeats: true, content: ({ evaluation }) => dateContent(evaluation.adjustmentDate) },
  { header: '기준 참조', repeats: true, content: ({ evaluation }) => text(evaluation.baseReference) },
  { header: '비교 참조', repeats: true, content: ({ evaluation }) => text(evaluation.comparisonReference) },
  { header: '기준가격', content: ({ evaluation }) => won(evaluation.basePrice) },
  { header: '비교가격', content: ({ evaluation }) => won(evaluation.comparisonPrice) },
  { header: '변동률', content: (row) => percent(row.changeRate) },
  { header: '조정요건', repeats: true, content: ({ evaluation }) => percent(evaluation.threshold) },
  {
    header: '발동 여부',
    repeats: true,
    content: ({ evaluation }) => text(OUTCOME_LABEL[evaluation.outcome]),
  },
  { header: '사유', content: (row) => text(reviewReason(row.evaluation, row.changeRate)) },
  { header: '단가 변동액', content: ({ evaluation }) => won(evaluation.unitPriceDelta) },
];

/** One row per item: how far its computation went. */
export const SUMMARY_COLUMNS: readonly ReviewColumn<ItemSummary>[] = [
  { header: '약정번호', content: (item) => text(item.agreementId) },
  { header: '물품명', content: (item) => text(item.item) },
  { header: '품번', content: (item) => text(item.partNo) },
  { header: '원재료', content: (item) => text(joinWithinCell(item.materials)) },
  { header: '검토 건수', content: (item) => count(item.evaluationCount) },
  { header: '조정 건수', content: (item) => count(item.adjustmentCount) },
  { header: '최초 납품단가', content: (item) => won(item.originalUnitPrice) },
  { header: '현재 납품단가', content: (item) => won(item.currentUnitPrice) },
  { header: '계산 상태', content: (item) => text(item.complete ? '완료' : '오류로 중단') },
];

/** Every issue of the run; the messages are long: Korean across E:N, English across O:P. */
export const ISSUE_COLUMNS: readonly ReviewColumn<Issue>[] = [
  { header: '구분', content: (issue) => textContent(issue.severity === 'error' ? '오류' : '경고') },
  { header: '시트', content: (issue) => textContent(issue.sheet) },
  { header: '셀', content: (issue) => textContent(issue.cell) },
  { header: '코드', content: (issue) => textContent(issue.code) },
  { header: '내용', span: 10, content: (issue) => textContent(issue.text.ko) },
  { header: '내용 (영문)', span: 2, content: (issue) => textContent(issue.text.en) },
];
