import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { RunOutcome } from '../../workbook/run';
import { chartModel, chartSubjects, summarizeResult } from '../../workbook/output';
import { formatAmount, materialLabel } from '../display';
import type { Strings } from '../i18n';
import { PriceChart } from '../PriceChart';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

const useStyles = makeStyles({
  summary: { display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: tokens.spacingHorizontalS },
  figure: { display: 'flex', flexDirection: 'column' },
  // Columns as wide as their content, so the item column takes what the date and prices leave.
  table: { tableLayout: 'auto' },
  // Dates and amounts stay on one line ("2024-03-01" never breaks at its hyphens).
  oneLine: { whiteSpace: 'nowrap' },
});

/** Σ unit-price change and the adjustment owed on deliveries, per agreement, from the engine's result. */
function Totals({ outcome, strings }: { outcome: RunOutcome; strings: Strings }): React.JSX.Element {
  const styles = useStyles();
  const summary = summarizeResult(outcome.result);
  return (
    <>
      <Text>
        {strings.unitPriceChangeTotal}: {formatAmount(summary.unitPriceChangeTotal)}
      </Text>
      {summary.deliveryAdjustmentByAgreement.length > 0 && (
        <Text>
          {strings.sectionTotals}:{' '}
          {summary.deliveryAdjustmentByAgreement.map(({ agreementId, total }, index) => (
            <React.Fragment key={agreementId}>
              {index > 0 && ' · '}
              <span className={styles.oneLine}>{`${agreementId} ${formatAmount(total)}`}</span>
            </React.Fragment>
          ))}{' '}
          ({strings.total} {formatAmount(summary.deliveryAdjustmentTotal)})
        </Text>
      )}
    </>
  );
}

export function ComputeStep({
  addin,
  strings,
}: {
  addin: AddinActions;
  strings: Strings;
}): React.JSX.Element {
  const styles = useStyles();
  const outcome = addin.state.run?.outcome ?? null;
  return (
    <StepFrame
      intro={strings.computeIntro}
      action={strings.computeButton}
      busy={addin.state.busy}
      busyLabel={strings.working}
      onAction={() => void addin.compute()}
    >
      {outcome && (
        <>
          {outcome.hasErrors && (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.hasErrors}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.summary} aria-label="summary">
            <Figure label={strings.summaryItems} value={String(outcome.result.items.length)} />
            <Figure label={strings.summaryAdjustments} value={String(outcome.result.adjustments.length)} />
            <Figure label={strings.summaryEvaluations} value={String(outcome.result.evaluations.length)} />
            <Figure label={strings.summaryAsOf} value={outcome.result.asOf ?? '—'} />
          </div>
          <Totals outcome={outcome} strings={strings} />
          <Preview outcome={outcome} strings={strings} />
          <Chart outcome={outcome} strings={strings} />
        </>
      )}
    </StepFrame>
  );
}

function Figure({ label, value }: { label: string; value: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <Text size={200}>{label}</Text>
      <Text size={500} weight="semibold" className={styles.oneLine}>
        {value}
      </Text>
    </div>
  );
}

function Preview({ outcome, strings }: { outcome: RunOutcome; strings: Strings }): React.JSX.Element {
  const styles = useStyles();
  const adjustments = outcome.result.adjustments;
  if (adjustments.length === 0) return <Text>{strings.noAdjustments}</Text>;
  return (
    <Table size="small" aria-label={strings.previewTitle} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.columns.item}</TableHeaderCell>
          <TableHeaderCell>{strings.columns.date}</TableHeaderCell>
          <TableHeaderCell>{strings.columns.before}</TableHeaderCell>
          <TableHeaderCell>{strings.columns.after}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {adjustments.map((adjustment) => (
          <TableRow key={`${adjustment.agreementId}-${adjustment.item}-${adjustment.adjustmentDate}`}>
            <TableCell>
              {adjustment.item}
              <br />
              <Text size={100}>
                {adjustment.materials
                  .filter((m) => m.triggered)
                  .map((m) => materialLabel(m, strings))
                  .join(', ')}
              </Text>
            </TableCell>
            <TableCell className={styles.oneLine}>{adjustment.adjustmentDate}</TableCell>
            <TableCell className={styles.oneLine}>{formatAmount(adjustment.unitPriceBefore)}</TableCell>
            <TableCell className={styles.oneLine}>{formatAmount(adjustment.unitPriceAfter)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Chart({ outcome, strings }: { outcome: RunOutcome; strings: Strings }): React.JSX.Element | null {
  const subjects = React.useMemo(() => chartSubjects(outcome.result), [outcome]);
  const [key, setKey] = React.useState<string | null>(null);
  const subject = subjects.find((s) => s.key === key) ?? subjects[0];
  if (!subject) return null;
  return (
    <section aria-label={strings.chartTitle}>
      <Text weight="semibold">{strings.chartTitle}</Text>
      <Field label={strings.chartMaterial}>
        <Select value={subject.key} onChange={(_, data) => setKey(data.value)}>
          {subjects.map((s) => (
            <option key={s.key} value={s.key}>
              {`${s.item} · ${s.material}`}
            </option>
          ))}
        </Select>
      </Field>
      <PriceChart model={chartModel(outcome.result, subject)} strings={strings} />
    </section>
  );
}
