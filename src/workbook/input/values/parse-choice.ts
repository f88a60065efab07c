import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, normalizedText, shownValue } from './cell-basics';
import { type ParseResult, parsed, problem } from './problem';

interface Choice<T> {
  readonly value: T;
  /** The Korean word the template offers (Excel data-validation lists show these). */
  readonly label: string;
  /** Everything else accepted, compared ignoring case and spaces. */
  readonly aliases: readonly string[];
}

export interface ChoiceSet<T> {
  readonly choices: readonly Choice<T>[];
  /** How each choice is named in English messages: "투입량 (quantity)". */
  readonly englishNames: readonly string[];
}

export function choiceKey(text: string): string {
  return normalizedText(text).toLowerCase().replace(/\s+/g, '');
}

/** One of a fixed set of words; numbers and TRUE/FALSE are matched by their text. */
export function parseChoiceCell<T>(cell: InputCell, set: ChoiceSet<T>): ParseResult<T> {
  const expected = expectedChoice(set);
  const common = commonProblem(cell, expected);
  if (common) return common;
  const key = keyOf(cell);
  const found =
    key === null
      ? undefined
      : set.choices.find((choice) =>
          [choice.label, ...choice.aliases].some((word) => choiceKey(word) === key),
        );
  return found ? parsed(found.value) : problem(ISSUE.INVALID_CHOICE, expected, shownValue(cell));
}

function keyOf(cell: InputCell): string | null {
  const { value } = cell;
  if (typeof value === 'string') return choiceKey(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
}

function expectedChoice<T>(set: ChoiceSet<T>): Bilingual {
  return {
    ko: `다음 중 하나여야 합니다: ${set.choices.map((choice) => choice.label).join(', ')}`,
    en: `must be one of: ${set.englishNames.join(', ')}`,
  };
}
