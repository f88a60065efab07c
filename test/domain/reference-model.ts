/**
 * A second, deliberately plain reading of DOMAIN.md §3.3–3.4 for the random cross-check: exact
 * rational arithmetic on BigInt (no decimal.js, no engine code), one item, prices given per step.
 * It shares nothing with src/domain but the rules as written in the spec.
 */

export class Ratio {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(text: string): Ratio {
    const [whole = '0', fraction = ''] = text.split('.');
    const den = 10n ** BigInt(fraction.length);
    const sign = whole.startsWith('-') ? -1n : 1n;
    const magnitude = BigInt(whole.replace('-', '')) * den + BigInt(fraction || '0');
    return Ratio.make(sign * magnitude, den);
  }

  static make(num: bigint, den: bigint): Ratio {
    const sign = den < 0n ? -1n : 1n;
    const divisor = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    return new Ratio((sign * num) / divisor, (sign * den) / divisor);
  }

  plus(other: Ratio): Ratio {
    return Ratio.make(this.num * other.den + other.num * this.den, this.den * other.den);
  }
  minus(other: Ratio): Ratio {
    return this.plus(Ratio.make(-other.num, other.den));
  }
  times(other: Ratio): Ratio {
    return Ratio.make(this.num * other.num, this.den * other.den);
  }
  over(other: Ratio): Ratio {
    return Ratio.make(this.num * other.den, this.den * other.num);
  }
  abs(): Ratio {
    return this.num < 0n ? Ratio.make(-this.num, this.den) : this;
  }
  compare(other: Ratio): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  /** Rounded to `decimals`: half away from zero, toward zero, or away from zero. */
  round(decimals: number, mode: 'halfUp' | 'down' | 'up'): Ratio {
    const scale = 10n ** BigInt(decimals);
    const scaled = this.num * scale;
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    let quotient = magnitude / this.den;
    const remainder = magnitude % this.den;
    if (mode === 'halfUp' && remainder * 2n >= this.den) quotient += 1n;
    if (mode === 'up' && remainder > 0n) quotient += 1n;
    return Ratio.make(negative ? -quotient : quotient, scale);
  }

  /** Plain decimal text of a value that has a finite decimal expansion (a rounded price). */
  text(): string {
    let digits = 0;
    while (((this.num < 0n ? -this.num : this.num) * 10n ** BigInt(digits)) % this.den !== 0n) {
      digits += 1;
      if (digits > 30) throw new Error(`not a finite decimal: ${this.num}/${this.den}`);
    }
    const negative = this.num < 0n;
    const scaled = ((negative ? -this.num : this.num) * 10n ** BigInt(digits)) / this.den;
    const padded = scaled.toString().padStart(digits + 1, '0');
    const whole = padded.slice(0, padded.length - digits);
    const fraction = padded.slice(padded.length - digits).replace(/0+$/, '');
    return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

export interface ReferenceMaterial {
  readonly formula: 'quantity' | 'share' | 'rate';
  /** q for 투입량, s for 비중 and 변동률. */
  readonly amount: string;
  readonly threshold: string;
  readonly ratio: string;
  readonly mode: 'whole' | 'excess';
  readonly direction: 'both' | 'riseOnly' | 'fallOnly';
  /** prices[0] is the base point; prices[k] the comparison price of step k. */
  readonly prices: readonly string[];
}

export interface ReferenceItem {
  readonly unitPrice: string;
  readonly decimals: number;
  readonly rounding: 'halfUp' | 'down' | 'up';
  readonly materials: readonly ReferenceMaterial[];
}

/** Step number → price after it, for the steps at which the price changed; null when it fell to 0 or below. */
export function referencePrices(item: ReferenceItem, steps: number): Map<number, string> | null {
  return referenceWalk(item, steps)?.changes ?? null;
}

/** After the walk: the price changes, and each material's base in force; null when the price fell to 0 or below. */
export function referenceWalk(
  item: ReferenceItem,
  steps: number,
): { readonly changes: Map<number, string>; readonly bases: readonly Ratio[] } | null {
  const original = Ratio.of(item.unitPrice);
  let price = original;
  const bases = item.materials.map((material) => Ratio.of(material.prices[0] ?? '0'));
  const originalBases = [...bases];
  const changes = new Map<number, string>();
  for (let step = 1; step <= steps; step += 1) {
    let total = price;
    const moved: number[] = [];
    item.materials.forEach((material, index) => {
      const base = bases[index] as Ratio;
      const comparison = Ratio.of(material.prices[step] ?? '0');
      const move = comparison.minus(base);
      const band = Ratio.of(material.threshold).times(base);
      const wayOk =
        material.direction === 'both' || (material.direction === 'riseOnly' ? move.num > 0n : move.num < 0n);
      if (move.abs().compare(band) < 0 || !wayOk) return;
      const reflected =
        material.mode === 'whole'
          ? move
          : move.num < 0n
            ? move.minus(band.times(Ratio.of('-1')))
            : move.minus(band);
      const perUnit =
        material.formula === 'quantity'
          ? Ratio.of(material.amount)
          : material.formula === 'share'
            ? original.times(Ratio.of(material.amount)).over(originalBases[index] as Ratio)
            : price.times(Ratio.of(material.amount)).over(base);
      total = total.plus(perUnit.times(reflected).times(Ratio.of(material.ratio)));
      moved.push(index);
    });
    const rounded = total.round(item.decimals, item.rounding);
    if (moved.length === 0 || rounded.compare(price) === 0) continue;
    if (rounded.num <= 0n) return null;
    price = rounded;
    changes.set(step, rounded.text());
    for (const index of moved) bases[index] = Ratio.of(item.materials[index]?.prices[step] ?? '0');
  }
  return { changes, bases };
}
