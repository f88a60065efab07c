import type { Issue } from '../../domain/issues';
import type { Delivery } from '../../domain/types';
import type { SheetGrid } from '../grid/grid';
import { completeValues, readTable, type SheetTable } from './table';
import { DELIVERY_SCHEMA } from './schema';

type DeliveryFields = typeof DELIVERY_SCHEMA.fields;

export interface DeliveriesRead {
  readonly table: SheetTable<DeliveryFields>;
  readonly deliveries: readonly Delivery[];
  readonly issues: readonly Issue[];
}

/**
 * Sheet 납품실적 (optional) → deliveries. Quantities must be above zero: a zero row adds
 * nothing to any amount and is almost always a placeholder, and returns (negative quantities)
 * are not part of the adjustment the parties sign, so both are reported rather than priced.
 */
export function readDeliveries(grid: SheetGrid | undefined): DeliveriesRead {
  const table = readTable(grid, DELIVERY_SCHEMA);
  const deliveries: Delivery[] = [];
  for (const row of table.rows) {
    const values = completeValues(row);
    if (!values) continue;
    deliveries.push({
      origin: row.origin,
      agreementId: values.agreementId,
      item: values.item,
      date: values.date,
      quantity: values.quantity,
    });
  }
  return { table, deliveries, issues: table.issues };
}
