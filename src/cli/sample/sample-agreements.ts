import type { SampleCell } from './sample-cell';
import { INDEX } from './sample-prices';

/**
 * Four agreements, thirteen items, one to three materials each. Each agreement writes its
 * dates, percentages and cycles in a different but accepted way, as different buyers do. The
 * fourth follows the ministry's standard agreement: 0 % threshold (모든 경우), a 변동률 item and
 * a key energy cost (electricity).
 */

type Row = Record<string, SampleCell>;

interface Material {
  readonly material: string;
  readonly index: string;
  readonly formula: '투입량' | '비중' | '변동률';
  readonly quantityPerUnit?: SampleCell;
  readonly materialShare?: SampleCell;
  /** Overrides of the agreement's terms for this material row. */
  readonly terms?: Row;
}

interface Item {
  readonly item: string;
  readonly partNo: string;
  readonly unitPrice: SampleCell;
  readonly materials: readonly Material[];
  /** Terms every row of the item shares (cycle, rounding…), over the agreement's. */
  readonly terms?: Row;
  readonly note?: string;
}

interface Agreement {
  readonly terms: Row;
  readonly items: readonly Item[];
}

const COPPER = '전기동';
const STEEL = '열연강판';
const RESIN = 'PP 수지';
const ALUMINIUM = '알루미늄';
const ELECTRICITY = '전력';

const DAESUNG: Agreement = {
  terms: {
    agreementId: 'HB-DS-2024-01',
    buyer: '한빛전자(주)',
    supplier: '대성정밀(주)',
    signedOn: { date: '2024-01-15' },
    contractStart: { date: '2024-02-01' },
    contractEnd: { date: '2025-12-31' },
    contractAmount: { number: 1_850_000_000, format: '#,##0' },
    buyerSize: '대기업',
    optedOut: 'N',
    basePoint: { month: '2024-01' },
    threshold: { percent: 0.1 },
    cycle: '분기',
    firstAdjustment: { date: '2024-04-01' },
    reflectionRatio: { percent: 1 },
    reflectionMode: '전액',
    averagingMonths: 0,
    effectiveLagDays: 0,
    priceDecimals: 0,
    rounding: '반올림',
  },
  items: [
    {
      item: '모터 하우징',
      partNo: 'MH-2210',
      unitPrice: { number: 18_500, format: '#,##0' },
      materials: [
        { material: COPPER, index: INDEX.copper, formula: '투입량', quantityPerUnit: 0.00042 },
        { material: ALUMINIUM, index: INDEX.aluminium, formula: '투입량', quantityPerUnit: 1.2 },
      ],
    },
    {
      item: '방열판',
      partNo: 'HS-0450',
      unitPrice: { number: 7_200, format: '#,##0' },
      materials: [
        { material: ALUMINIUM, index: INDEX.aluminium, formula: '비중', materialShare: { percent: 0.55 } },
      ],
    },
    {
      item: '마운팅 브래킷',
      partNo: 'BR-1180',
      unitPrice: { number: 2_850, format: '#,##0' },
      materials: [{ material: STEEL, index: INDEX.steel, formula: '투입량', quantityPerUnit: 1.35 }],
      note: '=도면 BR-1180 rev.C 기준',
    },
  ],
};

const WOOJIN: Agreement = {
  terms: {
    agreementId: 'HB-WJ-2024-03',
    buyer: '한빛전자(주)',
    supplier: '우진케이블(주)',
    signedOn: '2024.2.20',
    contractStart: '2024.3.1',
    contractEnd: '2025.12.31',
    contractAmount: '960,000,000',
    buyerSize: '대기업',
    optedOut: 'N',
    basePoint: '2024-03',
    threshold: 5,
    cycle: '월',
    firstAdjustment: '2024.5.1',
    averagingMonths: 3,
    rounding: '절사',
  },
  items: [
    {
      item: '전원 케이블',
      partNo: 'PC-3000',
      unitPrice: 4_300,
      materials: [
        {
          material: COPPER,
          index: INDEX.copper,
          formula: '비중',
          materialShare: '48%',
          terms: { reflectionMode: '초과분' },
        },
      ],
      note: '+초과분 반영 (구매팀 협의 2024-02)',
    },
    {
      item: '신호 케이블',
      partNo: 'SC-1205',
      unitPrice: '1,850원',
      materials: [
        { material: COPPER, index: INDEX.copper, formula: '투입량', quantityPerUnit: 0.000065 },
        { material: RESIN, index: INDEX.resin, formula: '투입량', quantityPerUnit: 0.18 },
      ],
    },
    {
      item: '와이어 하네스',
      partNo: 'WH-7730',
      unitPrice: 12_400,
      materials: [
        { material: COPPER, index: INDEX.copper, formula: '투입량', quantityPerUnit: 0.00038 },
        { material: RESIN, index: INDEX.resin, formula: '투입량', quantityPerUnit: 0.95 },
      ],
    },
    {
      item: '접지선',
      partNo: 'GW-0100',
      unitPrice: 980,
      materials: [{ material: COPPER, index: INDEX.copper, formula: '투입량', quantityPerUnit: 0.000032 }],
      terms: { priceDecimals: 1, rounding: '반올림' },
      note: '@단가 소수점 한 자리',
    },
  ],
};

const DONGA: Agreement = {
  terms: {
    agreementId: 'SY-DA-2024-02',
    buyer: '세영모터스(주)',
    supplier: '동아플라스틱(주)',
    signedOn: '2024-03-05',
    contractStart: '2024-04-01',
    contractEnd: '2025-12-31',
    contractAmount: { number: 2_400_000_000, format: '#,##0' },
    buyerSize: '중견기업',
    optedOut: 'N',
    basePoint: '2024.03',
    threshold: '5%',
    cycle: 3,
    firstAdjustment: '2024-07-01',
    reflectionRatio: '80%',
    reflectionMode: '전액',
    effectiveLagDays: 14,
    priceDecimals: 0,
    rounding: '반올림',
  },
  items: [
    {
      item: '도어 트림',
      partNo: 'DT-5521',
      unitPrice: 9_800,
      materials: [{ material: RESIN, index: INDEX.resin, formula: '비중', materialShare: 32 }],
    },
    {
      item: '범퍼 브래킷',
      partNo: 'BB-2040',
      unitPrice: 6_350,
      materials: [
        { material: RESIN, index: INDEX.resin, formula: '투입량', quantityPerUnit: 1.4 },
        { material: STEEL, index: INDEX.steel, formula: '투입량', quantityPerUnit: 2.1 },
      ],
    },
    {
      item: '콘솔 박스',
      partNo: 'CB-3310',
      unitPrice: 14_200,
      materials: [{ material: RESIN, index: INDEX.resin, formula: '투입량', quantityPerUnit: 2.6 }],
      terms: { cycle: '반기', firstAdjustment: '2024-10-01', reflectionRatio: 80, reflectionMode: '초과분' },
    },
    {
      item: '에어 덕트',
      partNo: 'AD-0915',
      unitPrice: 3_150,
      materials: [
        {
          material: RESIN,
          index: INDEX.resin,
          formula: '투입량',
          quantityPerUnit: 0.95,
          terms: { averagingMonths: 3 },
        },
      ],
    },
  ],
};

/** The standard agreement (표준 연동계약서 2023.9): every change is reflected, energy indexed too. */
const SEJIN: Agreement = {
  terms: {
    agreementId: 'HB-SJ-2024-04',
    buyer: '한빛전자(주)',
    supplier: '세진전장(주)',
    signedOn: '2024-04-10',
    contractStart: '2024-05-01',
    contractEnd: '2025-12-31',
    contractAmount: { number: 720_000_000, format: '#,##0' },
    buyerSize: '대기업',
    optedOut: 'N',
    basePoint: '2024-05',
    threshold: '0%',
    cycle: '분기',
    firstAdjustment: '2024-07-01',
    reflectionRatio: '100%',
    reflectionMode: '전액',
    direction: '양방향',
    priceDecimals: 0,
    rounding: '반올림',
  },
  items: [
    {
      item: '인버터 기판',
      partNo: 'IV-4400',
      unitPrice: { number: 15_000, format: '#,##0' },
      materials: [
        // F3: weight and cost stay confidential; the price moves by the index's rate × share.
        { material: COPPER, index: INDEX.copper, formula: '변동률', materialShare: '35%' },
        {
          material: ELECTRICITY,
          index: INDEX.electricity,
          formula: '투입량',
          quantityPerUnit: 12,
          terms: { costKind: '에너지' },
        },
      ],
      note: '표준 연동계약서 작성예시 1 형식 (모든 경우)',
    },
    {
      item: '커넥터 하우징',
      partNo: 'CN-0820',
      unitPrice: { number: 1_240, format: '#,##0' },
      materials: [{ material: RESIN, index: INDEX.resin, formula: '투입량', quantityPerUnit: 0.35 }],
    },
  ],
};

const SAMPLE_AGREEMENTS: readonly Agreement[] = [DAESUNG, WOOJIN, DONGA, SEJIN];

/** The extra column the sample adds: kept in the workbook, ignored by the calculation. */
export const NOTE_HEADER = '비고';

/** Rows of 연동약정, keyed by field key (the note under NOTE_HEADER). */
export function sampleAgreementRows(): Row[] {
  return SAMPLE_AGREEMENTS.flatMap(({ terms, items }) =>
    items.flatMap((item) =>
      item.materials.map((material, at) => ({
        ...terms,
        ...item.terms,
        item: item.item,
        partNo: item.partNo,
        unitPrice: item.unitPrice,
        material: material.material,
        index: material.index,
        formula: material.formula,
        quantityPerUnit: material.quantityPerUnit ?? null,
        materialShare: material.materialShare ?? null,
        ...material.terms,
        [NOTE_HEADER]: at === 0 ? (item.note ?? null) : null,
      })),
    ),
  );
}
