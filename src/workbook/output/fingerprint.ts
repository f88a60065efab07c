import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { D } from '../../domain/decimal';
import type {
  AgreementRow,
  Delivery,
  EngineInput,
  FxObservation,
  PointInTime,
  PriceObservation,
} from '../../domain/types';

/**
 * Bumped whenever the serialisation below changes, so that fingerprints of different versions
 * never collide by accident.
 */
const FORMAT_TAG = 'yeondong-inputs/2';

/**
 * SHA-256 (hex) of the parsed inputs in a canonical form: every field of every row in sheet
 * order, decimals normalised ("10.00" and "1e1" are both "10"), dates ISO. Where a row came
 * from (`origin`) is left out, so reformatting or moving cells keeps the fingerprint; changing
 * any value changes it.
 */
export function fingerprintInputs(input: EngineInput): string {
  const canonical = JSON.stringify([
    FORMAT_TAG,
    input.asOf,
    input.agreements.map(agreementFields),
    input.prices.map(priceFields),
    input.fxRates.map(fxFields),
    input.deliveries.map(deliveryFields),
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

type Canonical = string | number | boolean | null | readonly Canonical[];

const num = (value: D): string => value.toFixed();
const optionalNum = (value: D | null): string | null => (value === null ? null : num(value));
const point = (value: PointInTime): Canonical => [value.date, value.granularity];

// Each list names every field of its type, so a new field fails to compile until it is added.
function agreementFields(row: AgreementRow): Canonical {
  const fields: { readonly [K in Exclude<keyof AgreementRow, 'origin'>]: Canonical } = {
    agreementId: row.agreementId,
    buyer: row.buyer,
    supplier: row.supplier,
    item: row.item,
    partNo: row.partNo,
    signedOn: row.signedOn,
    contractStart: row.contractStart,
    contractEnd: row.contractEnd,
    contractAmount: optionalNum(row.contractAmount),
    buyerSize: row.buyerSize,
    optedOut: row.optedOut,
    unitPrice: num(row.unitPrice),
    material: row.material,
    index: row.index,
    costKind: row.costKind,
    formula: row.formula,
    quantityPerUnit: optionalNum(row.quantityPerUnit),
    materialShare: optionalNum(row.materialShare),
    basePoint: point(row.basePoint),
    basePrice: optionalNum(row.basePrice),
    threshold: num(row.threshold),
    cycleMonths: row.cycleMonths,
    firstAdjustment: row.firstAdjustment,
    reflectionRatio: num(row.reflectionRatio),
    reflectionMode: row.reflectionMode,
    direction: row.direction,
    fxPlacement: row.fxPlacement,
    averagingMonths: row.averagingMonths,
    effectiveLagDays: row.effectiveLagDays,
    priceDecimals: row.priceDecimals,
    rounding: row.rounding,
  };
  return ordered(fields);
}

function priceFields(row: PriceObservation): Canonical {
  const fields: { readonly [K in Exclude<keyof PriceObservation, 'origin'>]: Canonical } = {
    index: row.index,
    point: point(row.point),
    price: num(row.price),
    currency: row.currency,
    unit: row.unit,
  };
  return ordered(fields);
}

function fxFields(row: FxObservation): Canonical {
  const fields: { readonly [K in Exclude<keyof FxObservation, 'origin'>]: Canonical } = {
    currency: row.currency,
    point: point(row.point),
    rate: num(row.rate),
  };
  return ordered(fields);
}

function deliveryFields(row: Delivery): Canonical {
  const fields: { readonly [K in Exclude<keyof Delivery, 'origin'>]: Canonical } = {
    agreementId: row.agreementId,
    item: row.item,
    date: row.date,
    quantity: num(row.quantity),
  };
  return ordered(fields);
}

/** [key, value] pairs sorted by key: the order of the literal above cannot change the hash. */
function ordered(fields: Readonly<Record<string, Canonical>>): Canonical {
  return Object.keys(fields)
    .sort()
    .map((key) => [key, fields[key] ?? null]);
}
