import { D } from '../../../src/domain/decimal';
import { assumedDates, shockRateOf } from '../../../src/domain/outlook/assumed-prices';
import { nextAdjustmentOf } from '../../../src/domain/outlook/next-adjustment';
import { outlook } from '../../../src/domain/outlook/outlook';
import {
  agreementRow,
  dailyPrice,
  delivery,
  engineInput,
  month,
  monthlyFx,
  monthlyPrices,
} from '../builders';

/** Copper at 10,000 in January, +7.2 % by March: 2.8 points short of the 10 % threshold. */
function copperCase() {
  return engineInput({
    agreements: [agreementRow()],
    prices: monthlyPrices('전기동', '2024-01', ['10000', '10300', '10720']),
    deliveries: [
      delivery('동 케이블', '2024-02-10', 100),
      delivery('동 케이블', '2023-03-01', 40),
      delivery('동 케이블', '2023-03-02', 7),
    ],
  });
}

describe('outlook', () => {
  it('reads "+7.2 % of 10 %" and keeps the price if the latest prices hold', () => {
    const result = outlook(copperCase(), { asOf: null, shocks: [] });
    expect(result.asOf).toBe('2024-03-01');
    const [item] = result.items;
    expect(item?.status).toBe('scheduled');
    expect(item?.nextAdjustment).toBe('2024-04-01');
    expect(item?.currentUnitPrice.toFixed()).toBe('10000');
    expect(item?.projectedUnitPrice?.toFixed()).toBe('10000');
    expect(item?.shockedUnitPrice).toBeNull();
    const standing = item?.materials[0]?.standing;
    expect(standing?.basePrice.toFixed()).toBe('10000');
    expect(standing?.comparisonPrice.toFixed()).toBe('10720');
    expect(standing?.changeRate.toFixed()).toBe('0.072');
    expect(standing?.remaining.toFixed()).toBe('0.028');
    expect(standing?.outcome).toBe('belowThreshold');
    expect(standing?.band.lower.toFixed()).toBe('9000');
    expect(standing?.band.upper.toFixed()).toBe('11000');
  });

  it('prices a +10 % shock per item and on the last 12 months of deliveries', () => {
    const shocks = [{ index: '전기동', rate: new D('0.1') }];
    const result = outlook(copperCase(), { asOf: null, shocks });
    const [item] = result.items;
    // P = 10,720 × 1.1 = 11,792: +17.92 % triggers; δ = 2 kg × 1,792.
    expect(item?.shockedUnitPrice?.toFixed()).toBe('13584');
    expect(item?.shockEffect?.toFixed()).toBe('3584');
    // 2023-03-01 is exactly 12 months before the as-of date: outside; 2023-03-02 and 2024-02-10 in.
    expect(result.deliveryWindow).toEqual({ from: '2023-03-01', to: '2024-03-01' });
    expect(item?.deliveredQuantity.toFixed()).toBe('107');
    expect(item?.deliveredEffect?.toFixed()).toBe('383488');
    expect(result.totalShockEffect?.toFixed()).toBe('383488');
  });

  it('applies a shock from the as-of date on, not to the assumed months before it', () => {
    // Data ends in February; the as-of date is 2024-05-20; the next date 2024-07-01 averages
    // April–June: April 1 and May 1 lie before the as-of date (held), June 1 after it (shocked).
    const input = engineInput({
      agreements: [
        agreementRow({ averagingMonths: 3, basePoint: month('2024-01'), firstAdjustment: '2024-07-01' }),
      ],
      prices: monthlyPrices('전기동', '2023-11', ['900', '1000', '1000', '1000']),
    });
    const shocks = [{ index: '전기동', rate: new D('0.3') }];
    const [item] = outlook(input, { asOf: '2024-05-20', shocks }).items;
    // Base: Nov–Jan mean = 2,900 / 3. P = (1,000 + 1,000 + 1,300) / 3 = 1,100.
    expect(item?.materials[0]?.standing?.comparisonPrice.toFixed()).toBe('1000');
    expect(item?.projectedUnitPrice?.toFixed()).toBe('10000');
    // δ = 2 × (1,100 − 966.67) = 266.67: +13.8 % of 10 % triggers.
    expect(item?.shockedUnitPrice?.toFixed()).toBe('10267');
  });

  it('holds the latest FX rate too, for a foreign index averaged by month', () => {
    const input = engineInput({
      agreements: [agreementRow({ averagingMonths: 1 })],
      prices: monthlyPrices('전기동', '2024-01', ['9', '9.5', '10'], 'USD'),
      fxRates: monthlyFx('USD', '2024-01', ['1200', '1300']),
    });
    const [item] = outlook(input, { asOf: '2024-03-15', shocks: [] }).items;
    // B = 9 × 1,200 (January); P = March's 10 USD × March's rate, assumed February's 1,300.
    const standing = item?.materials[0]?.standing;
    expect(standing?.basePrice.toFixed()).toBe('10800');
    expect(standing?.comparisonPrice.toFixed()).toBe('13000');
    expect(item?.projectedUnitPrice?.toFixed()).toBe('14400');
  });

  it('reads a one-way row: a fall against 상승만 is the wrong way, and the rise still needed is t − r', () => {
    const input = engineInput({
      agreements: [agreementRow({ direction: 'riseOnly' })],
      prices: monthlyPrices('전기동', '2024-01', ['10000', '9800', '9500']),
    });
    const standing = outlook(input, { asOf: null, shocks: [] }).items[0]?.materials[0]?.standing;
    expect(standing?.changeRate.toFixed()).toBe('-0.05');
    expect(standing?.outcome).toBe('belowThreshold');
    expect(standing?.remaining.toFixed()).toBe('0.15');
    const past = engineInput({
      agreements: [agreementRow({ direction: 'fallOnly', threshold: new D('0.03') })],
      prices: monthlyPrices('전기동', '2024-01', ['10000', '10000', '10500']),
    });
    const rising = outlook(past, { asOf: null, shocks: [] }).items[0]?.materials[0]?.standing;
    expect(rising?.outcome).toBe('wrongDirection');
    expect(rising?.remaining.toFixed()).toBe('0.08');
  });

  it('stands on the as-of date: a price published after it is not known yet', () => {
    const input = copperCase();
    const later = { ...input, prices: [...input.prices, ...monthlyPrices('전기동', '2024-04', ['20000'])] };
    const result = outlook(later, { asOf: '2024-03-01', shocks: [] });
    expect(result.items[0]?.materials[0]?.standing?.comparisonPrice.toFixed()).toBe('10720');
  });

  it('a 0 % threshold: any move triggers, no move needs none', () => {
    const input = engineInput({
      agreements: [agreementRow({ threshold: new D(0), direction: 'riseOnly' })],
      prices: monthlyPrices('전기동', '2024-01', ['10000', '10000', '10000']),
    });
    const standing = outlook(input, { asOf: null, shocks: [] }).items[0]?.materials[0]?.standing;
    expect(standing?.outcome).toBe('belowThreshold');
    expect(standing?.remaining.toFixed()).toBe('0');
  });

  it('수시: no date is known, the standing reads a new observation at the latest price', () => {
    const input = engineInput({
      agreements: [
        agreementRow({
          cycleMonths: 'event',
          firstAdjustment: null,
          basePoint: { date: '2024-01-10', granularity: 'day' },
        }),
      ],
      prices: [dailyPrice('전기동', '2024-01-10', '10000'), dailyPrice('전기동', '2024-02-20', '11500')],
    });
    const [item] = outlook(input, { asOf: '2024-02-25', shocks: [] }).items;
    expect(item?.status).toBe('event');
    expect(item?.nextAdjustment).toBeNull();
    expect(item?.projectedUnitPrice).toBeNull();
    expect(item?.materials[0]?.nextAdjustment).toBe('event');
    // The 2024-02-20 observation moved the base to 11,500 (a 15 % rise triggered on that day);
    // the next one, assumed on 2024-02-26 at the same price, would not move it.
    expect(item?.materials[0]?.standing?.basePrice.toFixed()).toBe('11500');
    expect(item?.materials[0]?.standing?.changeRate.toFixed()).toBe('0');
  });

  it('수시 with a later 첫조정일: the new observation is assumed on that date', () => {
    const input = engineInput({
      agreements: [
        agreementRow({
          cycleMonths: 'event',
          firstAdjustment: '2024-06-01',
          basePoint: { date: '2024-01-10', granularity: 'day' },
        }),
      ],
      prices: [dailyPrice('전기동', '2024-01-10', '10000'), dailyPrice('전기동', '2024-02-20', '11500')],
    });
    const standing = outlook(input, { asOf: '2024-02-25', shocks: [] }).items[0]?.materials[0]?.standing;
    // No event counted before 2024-06-01: the base is still B₀, and 11,500 is +15 % of 10 %.
    expect(standing?.basePrice.toFixed()).toBe('10000');
    expect(standing?.changeRate.toFixed()).toBe('0.15');
    expect(standing?.outcome).toBe('triggered');
  });

  it('an ended contract has no next date and no projection', () => {
    const input = engineInput({
      agreements: [agreementRow({ contractEnd: '2024-06-30' })],
      prices: monthlyPrices('전기동', '2024-01', [
        '10000',
        '10000',
        '10000',
        '10000',
        '10000',
        '10000',
        '10000',
      ]),
    });
    const [item] = outlook(input, { asOf: null, shocks: [] }).items;
    expect(item?.status).toBe('ended');
    expect(item?.nextAdjustment).toBeNull();
    expect(item?.projectedUnitPrice).toBeNull();
    expect(item?.materials[0]?.standing).toBeNull();
  });

  it('an item an error stops is blocked, with its error in the issues', () => {
    const input = engineInput({
      agreements: [agreementRow({ index: '없는지표' }), agreementRow({ item: '다른 물품' })],
      prices: monthlyPrices('전기동', '2024-01', ['10000', '10000', '10000']),
    });
    const result = outlook(input, { asOf: '2024-03-01', shocks: [] });
    expect(result.items.map((item) => item.status)).toEqual(['blocked', 'scheduled']);
    expect(result.items[0]?.materials[0]?.standing).toBeNull();
    expect(result.issues.map((issue) => issue.code)).toContain('UNKNOWN_INDEX');
  });
});

describe('next adjustment date', () => {
  it('counts from the first date, clamped to month ends, strictly after the as-of date', () => {
    const row = agreementRow({ cycleMonths: 1, firstAdjustment: '2024-01-31' });
    expect(nextAdjustmentOf(row, '2024-01-30')).toBe('2024-01-31');
    expect(nextAdjustmentOf(row, '2024-01-31')).toBe('2024-02-29');
    expect(nextAdjustmentOf(row, '2024-03-01')).toBe('2024-03-31');
    const quarterly = agreementRow({ cycleMonths: 3, firstAdjustment: '2024-04-01' });
    expect(nextAdjustmentOf(quarterly, '2025-02-15')).toBe('2025-04-01');
    expect(nextAdjustmentOf(quarterly, '2025-04-01')).toBe('2025-07-01');
    expect(nextAdjustmentOf(agreementRow({ contractEnd: '2025-06-30' }), '2025-04-01')).toBeNull();
    expect(nextAdjustmentOf(agreementRow({ cycleMonths: 'event' }), '2025-04-01')).toBe('event');
  });
});

describe('assumed prices', () => {
  it('are dated the 1st of each later month and the day before the horizon', () => {
    expect(assumedDates('2024-02-01', '2024-05-01')).toEqual(['2024-03-01', '2024-04-01', '2024-04-30']);
    expect(assumedDates('2024-02-14', '2024-02-20')).toEqual(['2024-02-19']);
    expect(assumedDates('2024-02-19', '2024-02-20')).toEqual([]);
  });

  it('read shocks written as percentages', () => {
    expect(shockRateOf('+10%')?.toFixed()).toBe('0.1');
    expect(shockRateOf('-7.5 %')?.toFixed()).toBe('-0.075');
    expect(shockRateOf('3%')?.toFixed()).toBe('0.03');
    expect(shockRateOf('10')).toBeNull();
    expect(shockRateOf('+1e2%')).toBeNull();
    expect(shockRateOf('-100%')).toBeNull();
    expect(shockRateOf('-150 %')).toBeNull();
    expect(shockRateOf('-99.5%')?.toFixed()).toBe('-0.995');
  });
});
