import type { IssueCode } from './codes';
import { type Bilingual, type Issue, issue, type Place, type Severity } from './issue';

/**
 * What the engine says about each of its codes, from the code's own fields, in both languages.
 * One place for the wording, so that a code reads the same wherever it is raised.
 */
const EXEMPTION_NOTE: Bilingual = {
  ko: ' 연동 의무 대상이 아니지만 자율 연동은 가능하므로 계산은 계속합니다.',
  en: ' Indexation is not mandatory, but may be applied voluntarily; the calculation proceeds.',
};

/** "물품 / 원재료", the subject of a material row's messages. */
interface MaterialRow {
  readonly item: string;
  readonly material: string;
}

/** Which FX rate is missing: a month of an averaging window, a day, or the whole currency. */
type MissingRate =
  { readonly month: string; readonly window: string } | { readonly onOrBefore: string } | 'series';

const ENGINE_TEXT = {
  MIXED_CURRENCY: ({ index, first, stray }: { index: string; first: string; stray: string }) => ({
    ko: `기준지표 "${index}"의 통화가 행마다 다릅니다 (${first}, ${stray}). 한 기준지표는 한 통화로 적어야 합니다.`,
    en: `Index "${index}" mixes currencies (${first}, ${stray}); one index must use one currency.`,
  }),
  UNKNOWN_INDEX: ({ index }: { index: string }) => ({
    ko: `기준지표 "${index}"가 원재료가격 시트에 없습니다.`,
    en: `Index "${index}" does not appear in the 원재료가격 sheet.`,
  }),
  PRICE_BEFORE_SERIES: ({ index, date, firstDate }: { index: string; date: string; firstDate: string }) => ({
    ko: `기준지표 "${index}"에 ${date} 이전(당일 포함) 가격이 없습니다. 가격은 ${firstDate}부터 있습니다.`,
    en: `Index "${index}" has no price on or before ${date}; its prices start on ${firstDate}.`,
  }),
  MONTH_WITHOUT_PRICE: ({ index, month, window }: { index: string; month: string; window: string }) => ({
    ko: `기준지표 "${index}"에 ${month}월 가격이 없습니다 (평균 구간 ${window}).`,
    en: `Index "${index}" has no price for ${month} (averaging window ${window}).`,
  }),
  FX_MISSING: ({ index, currency, missing }: { index: string; currency: string; missing: MissingRate }) => {
    if (missing === 'series') {
      return {
        ko: `기준지표 "${index}"는 ${currency}로 고시되지만 환율 시트에 ${currency} 환율이 없습니다.`,
        en: `Index "${index}" is quoted in ${currency} but the 환율 sheet has no ${currency} rate.`,
      };
    }
    if ('onOrBefore' in missing) {
      return {
        ko: `통화 ${currency}의 환율이 ${missing.onOrBefore} 이전(당일 포함)에 없습니다 (기준지표 "${index}").`,
        en: `No ${currency} FX rate on or before ${missing.onOrBefore} (index "${index}").`,
      };
    }
    return {
      ko: `통화 ${currency}의 ${missing.month}월 환율이 없습니다 (기준지표 "${index}", 평균 구간 ${missing.window}).`,
      en: `No ${currency} FX rate for ${missing.month} (index "${index}", averaging window ${missing.window}).`,
    };
  },
  PRICE_BEYOND_DATA: (
    f: MaterialRow & { date: string; reference: string; index: string; latest: string },
  ) => ({
    ko: `${f.item} / ${f.material}: 조정일 ${f.date}의 비교시점 ${f.reference}은(는) 기준지표 "${f.index}"의 마지막 가격(${f.latest}) 뒤입니다. 마지막 가격을 썼습니다.`,
    en: `${f.item} / ${f.material}: the comparison date ${f.reference} of ${f.date} lies beyond the last price of "${f.index}" (${f.latest}); that last price was used.`,
  }),
  UNIT_PRICE_NOT_POSITIVE: ({ item, date, price }: { item: string; date: string; price: string }) => ({
    ko: `물품 "${item}"의 ${date} 조정 후 단가가 ${price}원으로 0 이하가 됩니다. 산식 입력(투입량·비중·기준가격)을 확인하세요.`,
    en: `Item "${item}" would cost ${price} KRW after the ${date} adjustment (not positive); check the formula inputs.`,
  }),
  ITEM_ROWS_DISAGREE: (f: { subject: Bilingual; label: string; field: string; firstRow: number }) => ({
    ko: `${f.subject.ko}의 ${f.label}이(가) ${f.firstRow}행과 다릅니다: 같은 물품·약정의 행은 ${f.label}이(가) 같아야 합니다.`,
    en: `The ${f.field} of ${f.subject.en} differs from row ${f.firstRow}; all rows of one item/agreement must share it.`,
  }),
  ITEM_LAG_DIFFERS: ({ item, firstRow, days }: { item: string; firstRow: number; days: number }) => ({
    ko: `물품 "${item}"의 반영일수가 행마다 다릅니다. ${firstRow}행의 ${days}일을 씁니다.`,
    en: `Rows of item "${item}" disagree on effectiveLagDays; row ${firstRow}'s ${days} days is used.`,
  }),
  EXEMPT_SMALL_BUYER: ({ agreementId }: { agreementId: string }) => ({
    ko: `약정 "${agreementId}": 위탁기업이 소기업입니다(상생협력법 적용 제외).${EXEMPTION_NOTE.ko}`,
    en: `Agreement "${agreementId}": the buyer is a small enterprise (statutory exemption).${EXEMPTION_NOTE.en}`,
  }),
  EXEMPT_SHORT_CONTRACT: ({ agreementId, days }: { agreementId: string; days: number }) => ({
    ko: `약정 "${agreementId}": 계약기간이 ${days}일로 90일 이내입니다(적용 제외).${EXEMPTION_NOTE.ko}`,
    en: `Agreement "${agreementId}": the contract lasts ${days} days, 90 or fewer (statutory exemption).${EXEMPTION_NOTE.en}`,
  }),
  EXEMPT_SMALL_AMOUNT: ({ agreementId }: { agreementId: string }) => ({
    ko: `약정 "${agreementId}": 납품대금이 1억원 이하입니다(적용 제외; 경기도형은 5천만원 이상 인정).${EXEMPTION_NOTE.ko}`,
    en: `Agreement "${agreementId}": the delivery price is 100,000,000 KRW or less (statutory exemption; the Gyeonggi programme accepts 50,000,000 or more).${EXEMPTION_NOTE.en}`,
  }),
  EXEMPT_OPTED_OUT: ({ agreementId }: { agreementId: string }) => ({
    ko: `약정 "${agreementId}": 연동하지 않기로 합의했습니다(적용 제외, 사유를 서면으로 남겨야 합니다).${EXEMPTION_NOTE.ko}`,
    en: `Agreement "${agreementId}": the parties agreed in writing not to index (exemption; the reason must be recorded).${EXEMPTION_NOTE.en}`,
  }),
  THRESHOLD_ABOVE_LEGAL: ({ subject, threshold }: { subject: string; threshold: string }) => ({
    ko: `조정요건 ${threshold}가 법정 상한 10%를 넘습니다 (${subject}, 상생협력법 제2조제13호).`,
    en: `Threshold ${threshold} exceeds the statutory maximum of 10 % (${subject}).`,
  }),
  RATIO_BELOW_HALF: ({ subject, ratio }: { subject: string; ratio: string }) => ({
    ko: `반영비율 ${ratio}가 50% 미만이라 과태료 감경 등에서 연동계약으로 인정되지 않습니다 (${subject}, 시행령 별표3).`,
    en: `A reflection ratio of ${ratio} is below 50 %: not recognised as an indexation contract for penalty relief (${subject}).`,
  }),
  ONE_DIRECTION_ONLY: ({ subject, riseOnly }: { subject: string; riseOnly: boolean }) => {
    const [ko, en] = riseOnly ? ['상승', 'rises'] : ['하락', 'falls'];
    return {
      ko: `원재료 가격 ${ko} 때만 조정하는 약정은 연동계약으로 보지 않습니다 (${subject}, 공정위 하도급대금 연동제 운영지침). 계산은 약정대로 합니다.`,
      en: `An agreement that adjusts only when prices ${en} is not an indexation contract under the KFTC guideline (${subject}); computed as agreed.`,
    };
  },
  ENERGY_SHARE_BELOW_KEY: ({ material, share }: { material: string; share: string }) => ({
    ko: `에너지경비 "${material}"의 비중이 ${share}로 주요 에너지경비 기준(10% 이상)에 못 미칩니다.`,
    en: `Energy cost "${material}" is ${share} of the unit price, below the 10 % of a key energy cost.`,
  }),
  MATERIAL_SHARE_BELOW_KEY: (f: { material: string; share: string; meetsGyeonggi: boolean }) => {
    const gyeonggi = f.meetsGyeonggi
      ? ' 경기도형 기준(5% 이상)은 충족합니다.'
      : ' 경기도형 기준(5%)에도 못 미칩니다.';
    return {
      ko: `원재료 "${f.material}"의 비중이 ${f.share}로 주요 원재료 기준(10% 이상)에 못 미칩니다.${gyeonggi}`,
      en: `Material "${f.material}" is ${f.share} of the unit price, below the 10 % of a key material.`,
    };
  },
  FX_IN_FORMULA_TERMS: ({ item, material }: MaterialRow) => ({
    ko: `${item} / ${material}: 환율반영 '산식'은 산식 '투입량'·반영방식 '전액'과만 쓸 수 있습니다.`,
    en: `${item} / ${material}: FX in the formula (산식) works only with formula 투입량 (quantity) and 전액 (whole).`,
  }),
  FX_PLACEMENT_UNUSED: ({ item, material, index }: MaterialRow & { index: string }) => ({
    ko: `${item} / ${material}: 기준지표 "${index}"가 원화(KRW)라서 환율반영 '산식'은 효과가 없습니다.`,
    en: `${item} / ${material}: index "${index}" is in KRW, so FX in the formula has no effect.`,
  }),
  FIRST_ADJUSTMENT_MISSING: ({
    item,
    material,
    cycleMonths,
  }: MaterialRow & { cycleMonths: number | string }) => ({
    ko: `${item} / ${material}: 조정주기가 ${cycleMonths}개월이면 첫조정일이 필요합니다.`,
    en: `${item} / ${material}: a ${cycleMonths}-month cycle needs a first adjustment date.`,
  }),
  NO_ADJUSTMENT_IN_CONTRACT: ({ first, end }: { first: string; end: string }) => ({
    ko: `첫조정일 ${first}이(가) 계약종료일 ${end} 뒤라서 조정일이 하나도 없습니다.`,
    en: `The first adjustment ${first} falls after the contract end ${end}: no adjustment date.`,
  }),
} satisfies { readonly [code in IssueCode]?: (fields: never) => Bilingual };

type EngineCode = keyof typeof ENGINE_TEXT;
/** The fields a code's text is made from. */
export type EngineFields<C extends EngineCode> = Parameters<(typeof ENGINE_TEXT)[C]>[0];

export function engineText<C extends EngineCode>(code: C, fields: EngineFields<C>): Bilingual {
  const render = ENGINE_TEXT[code] as (fields: EngineFields<C>) => Bilingual;
  return render(fields);
}

/** An engine issue: its text is made from the code's fields by ENGINE_TEXT. */
export function engineIssue<C extends EngineCode>(input: {
  readonly severity: Severity;
  readonly code: C;
  readonly at: Place;
  readonly fields: EngineFields<C>;
}): Issue {
  const { severity, code, at, fields } = input;
  return issue({ severity, code, at, text: engineText(code, fields) });
}
