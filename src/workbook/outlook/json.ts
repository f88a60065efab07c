import type { IsoDate } from '../../domain/dates';
import type { D } from '../../domain/decimal';
import type { ItemOutlook, ItemStatus, MaterialOutlook, Outlook } from '../../domain/outlook/outlook';
import type { Standing } from '../../domain/outlook/standing';
import type { Direction, MaterialEvaluation } from '../../domain/types';
import { issueJson, type JsonIssue } from '../output/json-report';

/** `yeondong outlook --json`: amounts and rates as plain decimal strings, dates ISO, null where unknown. */
export interface JsonOutlook {
  readonly asOf: IsoDate | null;
  readonly shocks: readonly { readonly index: string; readonly rate: string }[];
  readonly deliveryWindow: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly items: readonly JsonItemOutlook[];
  readonly totalShockEffect: string | null;
  readonly issues: readonly JsonIssue[];
}

interface JsonItemOutlook {
  readonly agreementId: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly status: ItemStatus;
  readonly currentUnitPrice: string;
  readonly nextAdjustment: IsoDate | null;
  readonly projectedUnitPrice: string | null;
  readonly shockedUnitPrice: string | null;
  readonly shockEffect: string | null;
  readonly deliveredQuantity: string;
  readonly deliveredEffect: string | null;
  readonly materials: readonly JsonMaterialOutlook[];
}

interface JsonMaterialOutlook {
  readonly material: string;
  readonly index: string;
  /** A date, "event" for 수시, or null when no date is left. */
  readonly nextAdjustment: IsoDate | 'event' | null;
  readonly currency: string | null;
  readonly basePrice: string | null;
  readonly comparisonPrice: string | null;
  /** (P − B) / B, six decimals. */
  readonly changeRate: string | null;
  readonly threshold: string;
  readonly direction: Direction;
  readonly outcome: MaterialEvaluation['outcome'] | null;
  /** The change still needed to trigger (fraction of B), six decimals. */
  readonly remaining: string | null;
  readonly band: { readonly lower: string; readonly upper: string } | null;
}

const RATE_DECIMALS = 6;

export function toJsonOutlook(outlook: Outlook): JsonOutlook {
  return {
    asOf: outlook.asOf,
    shocks: outlook.shocks.map((shock) => ({ index: shock.index, rate: shock.rate.toFixed() })),
    deliveryWindow: outlook.deliveryWindow,
    items: outlook.items.map(itemJson),
    totalShockEffect: orNull(outlook.totalShockEffect),
    issues: outlook.issues.map(issueJson),
  };
}

function itemJson(item: ItemOutlook): JsonItemOutlook {
  return {
    agreementId: item.agreementId,
    supplier: item.supplier,
    item: item.item,
    partNo: item.partNo,
    status: item.status,
    currentUnitPrice: item.currentUnitPrice.toFixed(),
    nextAdjustment: item.nextAdjustment,
    projectedUnitPrice: orNull(item.projectedUnitPrice),
    shockedUnitPrice: orNull(item.shockedUnitPrice),
    shockEffect: orNull(item.shockEffect),
    deliveredQuantity: item.deliveredQuantity.toFixed(),
    deliveredEffect: orNull(item.deliveredEffect),
    materials: item.materials.map(materialJson),
  };
}

function materialJson(material: MaterialOutlook): JsonMaterialOutlook {
  const standing: Standing | null = material.standing;
  return {
    material: material.material,
    index: material.index,
    nextAdjustment: material.nextAdjustment,
    currency: material.currency,
    basePrice: orNull(standing?.basePrice ?? null),
    comparisonPrice: orNull(standing?.comparisonPrice ?? null),
    changeRate: standing ? rate(standing.changeRate) : null,
    threshold: material.threshold.toFixed(),
    direction: material.direction,
    outcome: standing?.outcome ?? null,
    remaining: standing ? rate(standing.remaining) : null,
    band: standing ? { lower: standing.band.lower.toFixed(), upper: standing.band.upper.toFixed() } : null,
  };
}

function rate(value: D): string {
  return value.toDecimalPlaces(RATE_DECIMALS).toFixed();
}

function orNull(value: D | null): string | null {
  return value === null ? null : value.toFixed();
}
