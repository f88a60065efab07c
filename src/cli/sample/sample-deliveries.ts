import type { SampleCell } from './sample-cell';

type Delivery = readonly [agreementId: string, item: string, date: string, quantity: number];

/** Monthly call-offs spread over both years, some before and some after each adjustment. */
const DELIVERIES: readonly Delivery[] = [
  ['HB-DS-2024-01', '모터 하우징', '2024-03-18', 4_000],
  ['HB-DS-2024-01', '모터 하우징', '2024-07-22', 4_500],
  ['HB-DS-2024-01', '모터 하우징', '2024-11-20', 4_200],
  ['HB-DS-2024-01', '모터 하우징', '2025-05-19', 3_800],
  ['HB-DS-2024-01', '방열판', '2024-04-15', 6_000],
  ['HB-DS-2024-01', '방열판', '2025-02-17', 5_500],
  ['HB-DS-2024-01', '마운팅 브래킷', '2024-10-14', 12_000],
  ['HB-DS-2024-01', '마운팅 브래킷', '2025-08-11', 10_000],
  ['HB-WJ-2024-03', '전원 케이블', '2024-06-10', 20_000],
  ['HB-WJ-2024-03', '전원 케이블', '2024-09-09', 18_000],
  ['HB-WJ-2024-03', '신호 케이블', '2024-08-05', 35_000],
  ['HB-WJ-2024-03', '와이어 하네스', '2024-12-02', 2_400],
  ['HB-WJ-2024-03', '와이어 하네스', '2025-06-02', 2_600],
  ['HB-WJ-2024-03', '접지선', '2025-03-10', 50_000],
  ['SY-DA-2024-02', '도어 트림', '2024-08-26', 7_500],
  ['SY-DA-2024-02', '범퍼 브래킷', '2024-10-21', 9_000],
  ['SY-DA-2024-02', '콘솔 박스', '2025-01-13', 3_000],
  ['SY-DA-2024-02', '에어 덕트', '2025-04-21', 15_000],
  ['HB-SJ-2024-04', '인버터 기판', '2024-08-19', 3_000],
  ['HB-SJ-2024-04', '인버터 기판', '2025-02-10', 3_200],
  ['HB-SJ-2024-04', '커넥터 하우징', '2024-11-04', 25_000],
];

/** Rows of 납품실적; half the dates are real Excel dates, half typed as text. */
export function sampleDeliveryRows(): Record<string, SampleCell>[] {
  return DELIVERIES.map(([agreementId, item, date, quantity], at) => ({
    agreementId,
    item,
    date: at % 2 === 0 ? { date } : date,
    quantity: { number: quantity, format: '#,##0' },
  }));
}
