import { D } from './decimal';
import { floatOf } from './fast-threshold';
import { daysBetween } from './dates';
import { engineIssue, type Issue } from './issues';
import { placeOf } from './origin';
import type { AgreementRow } from './types';

/** 상생협력법 thresholds (DOMAIN §1): warnings about an agreement, never reasons to refuse. */
/** A key material or energy cost is at least this share of the unit price. */
export const KEY_MATERIAL_SHARE = new D('0.1');
const GYEONGGI_MATERIAL_SHARE = new D('0.05');
const MAX_LEGAL_THRESHOLD = new D('0.1');
const MIN_RECOGNISED_RATIO = new D('0.5');
const EXEMPT_AMOUNT = new D('100000000');
const SHORT_CONTRACT_DAYS = 90;

/** Exemptions, checked once per agreement on its first row. */
export function agreementWarnings(first: AgreementRow): Issue[] {
  const { origin } = first;
  const issues: Issue[] = [];
  if (first.buyerSize === 'small') {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'EXEMPT_SMALL_BUYER',
        at: placeOf(origin, 'buyerSize'),
        fields: { agreementId: first.agreementId },
      }),
    );
  }
  if (first.contractStart !== null && first.contractEnd !== null) {
    const days = daysBetween(first.contractStart, first.contractEnd) + 1;
    if (days <= SHORT_CONTRACT_DAYS) {
      issues.push(
        engineIssue({
          severity: 'warning',
          code: 'EXEMPT_SHORT_CONTRACT',
          at: placeOf(origin, 'contractEnd'),
          fields: { agreementId: first.agreementId, days },
        }),
      );
    }
  }
  if (first.contractAmount !== null && first.contractAmount.lte(EXEMPT_AMOUNT)) {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'EXEMPT_SMALL_AMOUNT',
        at: placeOf(origin, 'contractAmount'),
        fields: { agreementId: first.agreementId },
      }),
    );
  }
  if (first.optedOut) {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'EXEMPT_OPTED_OUT',
        at: placeOf(origin, 'optedOut'),
        fields: { agreementId: first.agreementId },
      }),
    );
  }
  return issues;
}

/**
 * Per material row (DOMAIN §1): threshold above the legal 10 % (법 제2조13), ratio below 50 %
 * (시행령 별표3), one-directional adjustment (공정위 운영지침 2025-02-03), and a share below the 10 %
 * of a key material or key energy cost.
 */
export function materialWarnings(row: AgreementRow, share: D | null): Issue[] {
  const { origin } = row;
  const issues: Issue[] = [];
  const aboveLegal = compared(row.threshold, MAX_LEGAL_THRESHOLD) > 0;
  const belowHalf = compared(row.reflectionRatio, MIN_RECOGNISED_RATIO) < 0;
  const belowKey = share !== null && share.lt(KEY_MATERIAL_SHARE);
  if (!aboveLegal && !belowHalf && row.direction === 'both' && !belowKey) return issues;
  const subject = `${row.item} / ${row.material}`;
  if (aboveLegal) {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'THRESHOLD_ABOVE_LEGAL',
        at: placeOf(origin, 'threshold'),
        fields: { subject, threshold: percent(row.threshold) },
      }),
    );
  }
  if (belowHalf) {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'RATIO_BELOW_HALF',
        at: placeOf(origin, 'reflectionRatio'),
        fields: { subject, ratio: percent(row.reflectionRatio) },
      }),
    );
  }
  if (row.direction !== 'both') {
    issues.push(
      engineIssue({
        severity: 'warning',
        code: 'ONE_DIRECTION_ONLY',
        at: placeOf(origin, 'direction'),
        fields: { subject, riseOnly: row.direction === 'riseOnly' },
      }),
    );
  }
  if (share !== null && belowKey) issues.push(shareBelowKey(row, share));
  return issues;
}

/** A share below the 10 % of a key material or key energy cost (with the 경기도형 5 % for a material). */
function shareBelowKey(row: AgreementRow, share: D): Issue {
  const at = placeOf(row.origin, shareField(row));
  if (row.costKind === 'energy') {
    return engineIssue({
      severity: 'warning',
      code: 'ENERGY_SHARE_BELOW_KEY',
      at,
      fields: { material: row.material, share: percent(share) },
    });
  }
  return engineIssue({
    severity: 'warning',
    code: 'MATERIAL_SHARE_BELOW_KEY',
    at,
    fields: {
      material: row.material,
      share: percent(share),
      meetsGyeonggi: share.gte(GYEONGGI_MATERIAL_SHARE),
    },
  });
}

/** The cell that gives the material's share: its 투입량 in a quantity formula, else its 비중. */
function shareField(row: AgreementRow): string {
  return row.formula === 'quantity' ? 'quantityPerUnit' : 'materialShare';
}

/**
 * The sign of value − limit: from doubles where they differ by far more than their error
 * (floatOf: 7u; the margin here is 2⁻⁴⁰), else from decimal.js (also for a 0 threshold).
 */
function compared(value: D, limit: D): number {
  const float = floatOf(value);
  const bound = LIMIT_FLOATS.get(limit) ?? floatOf(limit);
  if (float < bound * (1 - SURE_MARGIN)) return -1;
  if (float > bound * (1 + SURE_MARGIN)) return 1;
  return value.comparedTo(limit);
}

const SURE_MARGIN = 2 ** -40;
/** The limits above as doubles, worked out once. */
const LIMIT_FLOATS = new Map<D, number>(
  [MAX_LEGAL_THRESHOLD, MIN_RECOGNISED_RATIO].map((limit) => [limit, floatOf(limit)]),
);

/**
 * The fraction as a percentage to two decimals, "5.23%". Rounding the fraction to four places
 * and moving the point two places is rounding the (exact) product by 100 to two: one decimal
 * operation, then only the digits are moved.
 */
export function percent(fraction: D): string {
  const text = fraction.toDecimalPlaces(4).toFixed();
  const negative = text.startsWith('-');
  const plain = negative ? text.slice(1) : text;
  const point = plain.indexOf('.');
  const whole = point < 0 ? plain : plain.slice(0, point);
  const decimals = `${point < 0 ? '' : plain.slice(point + 1)}00`;
  const shiftedWhole = `${whole}${decimals.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const shiftedDecimals = decimals.slice(2).replace(/0+$/, '');
  return `${negative ? '-' : ''}${shiftedWhole}${shiftedDecimals === '' ? '' : `.${shiftedDecimals}`}%`;
}
