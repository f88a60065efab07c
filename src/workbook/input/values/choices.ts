import type {
  BuyerSize,
  CostKind,
  Cycle,
  Direction,
  FormulaKind,
  FxPlacement,
  ReflectionMode,
  RoundingMode,
} from '../../../domain/types';
import type { ChoiceSet } from './parse-choice';

export const FORMULA_CHOICES: ChoiceSet<FormulaKind> = {
  choices: [
    { value: 'quantity', label: '투입량', aliases: ['quantity', '투입량방식'] },
    { value: 'share', label: '비중', aliases: ['share', '비중방식'] },
    { value: 'rate', label: '변동률', aliases: ['rate', '변동률방식', '변동율'] },
  ],
  englishNames: ['투입량 (quantity)', '비중 (share)', '변동률 (rate)'],
};

export const COST_KIND_CHOICES: ChoiceSet<CostKind> = {
  choices: [
    { value: 'material', label: '원재료', aliases: ['material', '재료'] },
    { value: 'energy', label: '에너지', aliases: ['energy', '에너지경비', '에너지비용', '주요에너지경비'] },
  ],
  englishNames: ['원재료 (material)', '에너지 (energy)'],
};

export const DIRECTION_CHOICES: ChoiceSet<Direction> = {
  choices: [
    { value: 'both', label: '양방향', aliases: ['both', '상승·하락', '상승하락', '상하'] },
    { value: 'riseOnly', label: '상승만', aliases: ['riseOnly', 'rise', 'up only', '상승시만', '상승'] },
    { value: 'fallOnly', label: '하락만', aliases: ['fallOnly', 'fall', 'down only', '하락시만', '하락'] },
  ],
  englishNames: ['양방향 (both)', '상승만 (riseOnly)', '하락만 (fallOnly)'],
};

export const FX_PLACEMENT_CHOICES: ChoiceSet<FxPlacement> = {
  choices: [
    { value: 'index', label: '지표', aliases: ['index', '기준지표', '지표반영'] },
    { value: 'formula', label: '산식', aliases: ['formula', '산식반영', '연동산식'] },
  ],
  englishNames: ['지표 (index)', '산식 (formula)'],
};

/** Adjustment cycle in months, or 수시 (event-driven: each new observation of the index). */
export const CYCLE_CHOICES: ChoiceSet<Cycle> = {
  choices: [
    { value: 1, label: '월', aliases: ['1', '매월', '1개월', '월별', 'monthly', 'month'] },
    { value: 3, label: '분기', aliases: ['3', '매분기', '3개월', '분기별', 'quarterly', 'quarter'] },
    {
      value: 6,
      label: '반기',
      aliases: ['6', '매반기', '6개월', '반기별', 'semiannual', 'semiannually', 'half'],
    },
    {
      value: 12,
      label: '연',
      aliases: ['12', '년', '매년', '12개월', '1년', '연간', 'annual', 'annually', 'yearly'],
    },
    { value: 'event', label: '수시', aliases: ['event', '수시조정', '계약시', '구매계약시'] },
  ],
  englishNames: [
    '월/1 (monthly)',
    '분기/3 (quarterly)',
    '반기/6 (semiannual)',
    '연/12 (annual)',
    '수시 (event)',
  ],
};

export const REFLECTION_MODE_CHOICES: ChoiceSet<ReflectionMode> = {
  choices: [
    { value: 'whole', label: '전액', aliases: ['whole', '전체'] },
    { value: 'excess', label: '초과분', aliases: ['excess', '초과'] },
  ],
  englishNames: ['전액 (whole)', '초과분 (excess)'],
};

export const ROUNDING_CHOICES: ChoiceSet<RoundingMode> = {
  choices: [
    { value: 'halfUp', label: '반올림', aliases: ['halfUp', 'half up', 'round'] },
    { value: 'down', label: '절사', aliases: ['down', '버림', '절삭', 'truncate'] },
    { value: 'up', label: '올림', aliases: ['up', '절상'] },
  ],
  englishNames: ['반올림 (halfUp)', '절사 (down)', '올림 (up)'],
};

export const BUYER_SIZE_CHOICES: ChoiceSet<BuyerSize> = {
  choices: [
    { value: 'small', label: '소기업', aliases: ['small'] },
    { value: 'medium', label: '중기업', aliases: ['medium'] },
    { value: 'midsize', label: '중견기업', aliases: ['midsize', 'mid-size', '중견'] },
    { value: 'large', label: '대기업', aliases: ['large'] },
  ],
  englishNames: ['소기업 (small)', '중기업 (medium)', '중견기업 (midsize)', '대기업 (large)'],
};

export const YES_NO_CHOICES: ChoiceSet<boolean> = {
  choices: [
    { value: true, label: 'Y', aliases: ['예', '네', 'yes', 'true', 'O', '○', '1'] },
    { value: false, label: 'N', aliases: ['아니오', '아니요', 'no', 'false', 'X', '×', '0'] },
  ],
  englishNames: ['Y (yes)', 'N (no)'],
};
