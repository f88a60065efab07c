import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import * as React from 'react';
import type { D } from '../../domain/decimal';
import type { ItemOutlook, MaterialOutlook, Outlook } from '../../domain/outlook/outlook';
import { signedWonText } from '../../workbook/grid';
import { outlookChartModel, remainingText, standingText } from '../../workbook/outlook';
import { formatAmount } from '../display';
import type { Strings } from '../i18n';
import { PriceChart } from '../PriceChart';

/** One row per item, a line per material under it; shock columns only with shocks. */
export function OutlookTable({
  outlook,
  strings,
}: {
  outlook: Outlook;
  strings: Strings;
}): React.JSX.Element {
  const words = strings.outlook;
  if (outlook.items.length === 0) return <Text>{words.noItems}</Text>;
  const shocked = outlook.shocks.length > 0;
  const { columns } = words;
  const headers = [columns.item, columns.next, columns.current, columns.held];
  if (shocked) headers.push(columns.shocked, columns.effect, columns.delivered, columns.deliveredEffect);
  return (
    <>
      <Table size="small" aria-label={strings.steps.outlook}>
        <TableHeader>
          <TableRow>
            {headers.map((header) => (
              <TableHeaderCell key={header}>{header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {outlook.items.map((item) => (
            <TableRow key={`${item.agreementId}\u0000${item.item}`}>
              <TableCell>
                {item.item}
                {item.materials.map((material) => (
                  <React.Fragment key={`${material.origin.sheet}!${material.origin.row}`}>
                    <br />
                    <Text size={100}>{materialText(material, strings)}</Text>
                  </React.Fragment>
                ))}
              </TableCell>
              <TableCell>{nextText(item, strings)}</TableCell>
              <TableCell>{formatAmount(item.currentUnitPrice)}</TableCell>
              <TableCell>{orDash(item.projectedUnitPrice, formatAmount)}</TableCell>
              {shocked && <TableCell>{orDash(item.shockedUnitPrice, formatAmount)}</TableCell>}
              {shocked && <TableCell>{orDash(item.shockEffect, signedWonText)}</TableCell>}
              {shocked && <TableCell>{formatAmount(item.deliveredQuantity)}</TableCell>}
              {shocked && <TableCell>{orDash(item.deliveredEffect, signedWonText)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {outlook.totalShockEffect !== null && outlook.deliveryWindow !== null && (
        <Text weight="semibold">
          {words.totalEffect(
            outlook.deliveryWindow.from,
            outlook.deliveryWindow.to,
            signedWonText(outlook.totalShockEffect),
          )}
        </Text>
      )}
      <Text size={200}>{words.assumption}</Text>
    </>
  );
}

function nextText(item: ItemOutlook, strings: Strings): string {
  return item.status === 'scheduled' ? (item.nextAdjustment ?? '—') : strings.outlook.status[item.status];
}

/** "전기동: +7.2% / 10% · 미달, 2.8%p 남음". */
function materialText(material: MaterialOutlook, strings: Strings): string {
  const { standing } = material;
  if (standing === null) return `${material.material}: —`;
  const words = strings.outlook;
  const still = standing.outcome === 'triggered' ? '' : `, ${words.remaining(remainingText(standing))}`;
  return `${material.material}: ${standingText(standing, material.threshold, material.direction)} · ${words.outcome[standing.outcome]}${still}`;
}

function orDash(value: D | null, text: (value: D) => string): string {
  return value === null ? '—' : text(value);
}

/** A chart per material: the price line, the band around the base, the next adjustment date. */
export function OutlookChart({
  outlook,
  strings,
}: {
  outlook: Outlook;
  strings: Strings;
}): React.JSX.Element | null {
  const subjects = React.useMemo(
    () =>
      outlook.items.flatMap((item) =>
        item.materials.map((material) => ({
          key: `${item.agreementId}\u0000${item.item}\u0000${material.origin.row}`,
          item,
          material,
        })),
      ),
    [outlook],
  );
  const [key, setKey] = React.useState<string | null>(null);
  const subject = subjects.find((s) => s.key === key) ?? subjects[0];
  if (!subject) return null;
  const model = outlookChartModel(outlook, subject.item, subject.material);
  return (
    <section aria-label={strings.chartTitle}>
      <Text weight="semibold">{strings.chartTitle}</Text>
      <Field label={strings.chartMaterial}>
        <Select value={subject.key} onChange={(_, data) => setKey(data.value)}>
          {subjects.map((s) => (
            <option key={s.key} value={s.key}>
              {`${s.item.item} · ${s.material.material}`}
            </option>
          ))}
        </Select>
      </Field>
      <PriceChart model={model} strings={strings} nextLabel={strings.outlook.nextMarker} />
    </section>
  );
}
