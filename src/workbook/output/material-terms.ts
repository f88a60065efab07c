import type { FormulaKind, ItemSummary, MaterialEvaluation } from '../../domain/types';
import { itemSummaryKey } from './summary';

/** What sets a material's change apart, beyond its formula: the terms a reader should see. */
export type MaterialTermTag = 'energy' | 'riseOnly' | 'fallOnly' | 'fxInFormula' | 'everyChange';

export interface MaterialTerms {
  readonly material: string;
  readonly formula: FormulaKind;
  readonly tags: readonly MaterialTermTag[];
}

/** The formula and the special terms of an evaluated material (DOMAIN §2.1). */
export function materialTerms(evaluation: MaterialEvaluation): MaterialTerms {
  const tags: MaterialTermTag[] = [];
  if (evaluation.costKind === 'energy') tags.push('energy');
  if (evaluation.direction !== 'both') tags.push(evaluation.direction);
  if (evaluation.fx !== null) tags.push('fxInFormula');
  if (evaluation.threshold.isZero()) tags.push('everyChange');
  return { material: evaluation.material, formula: evaluation.formula, tags };
}

/** Per item (keyed as the summary keys it), each material's terms from its first evaluation. */
export function itemMaterialTerms(
  items: readonly ItemSummary[],
  evaluations: readonly MaterialEvaluation[],
): Map<string, MaterialTerms[]> {
  const byItem = new Map<string, MaterialTerms[]>(
    items.map((item) => [itemSummaryKey(item.agreementId, item.item), []]),
  );
  for (const evaluation of evaluations) {
    const list = byItem.get(itemSummaryKey(evaluation.agreementId, evaluation.item));
    if (list && !list.some((terms) => terms.material === evaluation.material)) {
      list.push(materialTerms(evaluation));
    }
  }
  return byItem;
}
