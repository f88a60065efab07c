import type { FormulaKind, ReflectionMode, RoundingMode } from '../domain/types';

/** The Korean words the template uses for the coded agreement terms (DOMAIN §2.1). */
export const FORMULA_LABEL: Record<FormulaKind, string> = { quantity: '투입량', share: '비중' };
export const REFLECTION_MODE_LABEL: Record<ReflectionMode, string> = { whole: '전액', excess: '초과분' };
export const ROUNDING_LABEL: Record<RoundingMode, string> = { halfUp: '반올림', down: '절사', up: '올림' };
