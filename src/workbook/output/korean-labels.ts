import type { MaterialTerms, MaterialTermTag } from './material-terms';
import type { CostKind, FormulaKind, ReflectionMode } from '../../domain/types';

/** The Korean words the template uses for the coded agreement terms (DOMAIN §2.1). */
export const FORMULA_LABEL: Record<FormulaKind, string> = {
  quantity: '투입량',
  share: '비중',
  rate: '변동률',
};
export const COST_KIND_LABEL: Record<CostKind, string> = { material: '원재료', energy: '에너지' };
export const REFLECTION_MODE_LABEL: Record<ReflectionMode, string> = { whole: '전액', excess: '초과분' };

/** The Korean words of a material's special terms (src/workbook/material-terms.ts). */
const MATERIAL_TAG_LABEL: Record<MaterialTermTag, string> = {
  energy: '에너지',
  riseOnly: '상승만',
  fallOnly: '하락만',
  fxInFormula: '환율 산식 반영',
  everyChange: '모든 경우',
};

/** "전력 (투입량 · 에너지 · 모든 경우)". */
export function materialTermsText(terms: MaterialTerms): string {
  const words = [FORMULA_LABEL[terms.formula], ...terms.tags.map((tag) => MATERIAL_TAG_LABEL[tag])];
  return `${terms.material} (${words.join(' · ')})`;
}
