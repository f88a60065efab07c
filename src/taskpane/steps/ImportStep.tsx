import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { officeImportGateway, type ImportGateway } from '../../adapters/office/import-gateway';
import { COLUMN_ROLES, problemLine, type ColumnRole, type ImportPreview } from '../../workbook/prices-import';
import { isoToday } from '../display';
import { IMPORT_STRINGS, type ImportStrings, type Language } from '../i18n';
import {
  decodeInBrowser,
  hasBadCurrency,
  hasBadScale,
  usePriceImport,
  type PriceImport,
} from './use-price-import';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  preview: { overflowX: 'auto' },
  problems: { whiteSpace: 'pre-wrap', margin: 0 },
});

/**
 * 가격 가져오기: a file or a pasted table → preview and mapping → the plan → import. Only the
 * language is needed to place it in the pane's step list.
 */
export function ImportStep({
  language,
  gateway = officeImportGateway,
  today = isoToday(),
}: {
  language: Language;
  /** The open workbook (Office.js) unless a test gives a fake. */
  gateway?: ImportGateway;
  today?: string;
}): React.JSX.Element {
  const strings = IMPORT_STRINGS[language];
  const importer = usePriceImport(gateway, today);
  const { state } = importer;
  const styles = useStyles();
  const result = state.result;
  return (
    <section className={styles.frame}>
      <Text>{strings.intro}</Text>
      <SourceFields importer={importer} strings={strings} />
      <OptionFields importer={importer} strings={strings} />
      {state.preview && <SourceView importer={importer} strings={strings} />}
      <ImportActions importer={importer} strings={strings} />
      {state.changedMeanwhile && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.changedMeanwhile}</MessageBarBody>
        </MessageBar>
      )}
      {result && <PlanView result={result} importer={importer} strings={strings} language={language} />}
      {state.done && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.done(state.done.added, state.done.revised)}</MessageBarBody>
        </MessageBar>
      )}
      {state.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{state.failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** A file to pick (an .xlsx is only named: the pane asks for a paste instead) or a pasted table. */
function SourceFields({
  importer,
  strings,
}: {
  importer: PriceImport;
  strings: ImportStrings;
}): React.JSX.Element {
  const [xlsxChosen, setXlsxChosen] = React.useState(false);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const isXlsx = /\.xlsx$/i.test(file.name);
    setXlsxChosen(isXlsx);
    if (!isXlsx) importer.setSource(file.name, decodeInBrowser(new Uint8Array(await file.arrayBuffer())));
  };
  return (
    <>
      <Field label={strings.file} hint={strings.fileHint}>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.json,.xlsx"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </Field>
      {xlsxChosen && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.xlsxInPane}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={strings.paste} hint={strings.pasteHint}>
        <Textarea
          resize="vertical"
          onChange={(_, data) => data.value.trim() !== '' && importer.setSource('붙여넣기', data.value)}
        />
      </Field>
    </>
  );
}

/** 확인 (preview the plan) and 가져오기 (apply it; revisions only once confirmed). */
function ImportActions({
  importer,
  strings,
}: {
  importer: PriceImport;
  strings: ImportStrings;
}): React.JSX.Element {
  const styles = useStyles();
  const { state } = importer;
  const result = state.result;
  const badOption = hasBadScale(state.fields) || hasBadCurrency(state.fields);
  const canApply = result !== null && !result.hasErrors && result.plan.edits.length > 0 && !badOption;
  return (
    <div className={styles.actions}>
      <Button disabled={state.busy || !state.source || badOption} onClick={() => void importer.preview()}>
        {strings.checkButton}
      </Button>
      <Button
        appearance="primary"
        disabled={state.busy || !canApply || (result.needsConfirmation && !state.confirmed)}
        onClick={() => void importer.apply()}
      >
        {strings.applyButton}
      </Button>
      {state.busy && <Spinner size="tiny" />}
    </div>
  );
}

function OptionFields({
  importer,
  strings,
}: {
  importer: PriceImport;
  strings: ImportStrings;
}): React.JSX.Element {
  const styles = useStyles();
  const { fields } = importer.state;
  return (
    <div className={styles.fields}>
      <Field label={strings.indexName} hint={strings.indexNameHint}>
        <Input value={fields.indexName} onChange={(_, data) => importer.setField('indexName', data.value)} />
      </Field>
      <Field
        label={strings.scale}
        hint={strings.scaleHint}
        validationState={hasBadScale(fields) ? 'error' : 'none'}
        validationMessage={hasBadScale(fields) ? strings.badScale : undefined}
      >
        <Input value={fields.scale} onChange={(_, data) => importer.setField('scale', data.value)} />
      </Field>
      <Field
        label={strings.currency}
        validationState={hasBadCurrency(fields) ? 'error' : 'none'}
        validationMessage={hasBadCurrency(fields) ? strings.badCurrency : undefined}
      >
        <Input
          value={fields.currency}
          placeholder="KRW"
          onChange={(_, data) => importer.setField('currency', data.value)}
        />
      </Field>
      <Field label={strings.rateDate} hint={strings.rateDateHint}>
        <Input
          type="date"
          value={fields.rateDate}
          onChange={(_, data) => importer.setField('rateDate', data.value)}
        />
      </Field>
    </div>
  );
}

/** The header and first rows, with a role to choose for each column of a table. */
function SourceView({
  importer,
  strings,
}: {
  importer: PriceImport;
  strings: ImportStrings;
}): React.JSX.Element | null {
  const styles = useStyles();
  const { preview, roles, wide } = importer.state;
  if (!preview) return null;
  if (preview.kind === 'json') return <Text>{strings.json}</Text>;
  if (preview.kind === 'unreadable') return <Problems lines={preview.problems.map(problemLine)} />;
  return (
    <div className={styles.preview}>
      {preview.kind === 'ecos' && <Text>{strings.ecos}</Text>}
      {preview.kind === 'table' && (
        <Switch checked={wide} label={strings.wide} onChange={(_, data) => importer.setWide(data.checked)} />
      )}
      <Table size="extra-small" aria-label={strings.title}>
        <TableHeader>
          {roles && (
            <TableRow>
              {roles.map((role, column) => (
                <TableHeaderCell key={column}>
                  <Select
                    aria-label={`${preview.header[column] ?? ''}`}
                    value={role ?? 'none'}
                    onChange={(_, data) =>
                      importer.setRole(column, data.value === 'none' ? null : (data.value as ColumnRole))
                    }
                  >
                    {(['none', ...COLUMN_ROLES] as const).map((option) => (
                      <option key={option} value={option}>
                        {strings.roles[option]}
                      </option>
                    ))}
                  </Select>
                </TableHeaderCell>
              ))}
            </TableRow>
          )}
          <TableRow>
            {preview.header.map((text, column) => (
              <TableHeaderCell key={column}>{text}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.rows.map((row, index) => (
            <TableRow key={index}>
              {row.map((text, column) => (
                <TableCell key={column}>{text}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Problems({ lines }: { lines: readonly string[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <pre className={styles.problems}>{lines.join('\n')}</pre>
      </MessageBarBody>
    </MessageBar>
  );
}

function PlanView(props: {
  result: ImportPreview;
  importer: PriceImport;
  strings: ImportStrings;
  language: Language;
}): React.JSX.Element {
  const { result, importer, strings } = props;
  const { plan } = result;
  return (
    <>
      <Text>
        {strings.counts(
          plan.additions.length,
          plan.revisions.length,
          plan.unchanged,
          plan.duplicates,
          result.missing,
        )}
      </Text>
      {result.hasErrors && <Text weight="semibold">{strings.hasErrors}</Text>}
      {result.problems.length > 0 && <Problems lines={result.problems.map(problemLine)} />}
      {!result.hasErrors && plan.edits.length === 0 && <Text>{strings.nothingToWrite}</Text>}
      {result.needsConfirmation && !result.hasErrors && (
        <>
          <Text weight="semibold">{strings.revisedTitle}</Text>
          <RevisionsTable result={result} strings={strings} />
          <AffectedList result={result} strings={strings} />
          <Text>{strings.evaluationsChanged(result.changedEvaluations)}</Text>
          <Checkbox
            checked={importer.state.confirmed}
            label={strings.confirm}
            onChange={(_, data) => importer.setConfirmed(data.checked === true)}
          />
        </>
      )}
    </>
  );
}

/** Each value the import would change: the cell, the series and day, before and after. */
function RevisionsTable({
  result,
  strings,
}: {
  result: ImportPreview;
  strings: ImportStrings;
}): React.JSX.Element {
  return (
    <Table size="extra-small" aria-label={strings.revisedTitle}>
      <TableHeader>
        <TableRow>
          {[
            strings.columns.cell,
            strings.columns.series,
            strings.columns.date,
            strings.columns.before,
            strings.columns.after,
          ].map((label) => (
            <TableHeaderCell key={label}>{label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.plan.revisions.map((revision) => (
          <TableRow key={`${revision.sheet}!${revision.cell}`}>
            <TableCell>{`${revision.sheet}!${revision.cell}`}</TableCell>
            <TableCell>{revision.observation.series}</TableCell>
            <TableCell>{revision.observation.point.date}</TableCell>
            <TableCell>{revision.before.toFixed()}</TableCell>
            <TableCell>{revision.observation.value.toFixed()}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AffectedList({
  result,
  strings,
}: {
  result: ImportPreview;
  strings: ImportStrings;
}): React.JSX.Element {
  if (result.affected.length === 0) return <Text>{strings.noneAffected}</Text>;
  return (
    <>
      <Text weight="semibold">{strings.affectedTitle(result.affected.length)}</Text>
      <ul>
        {result.affected.map((entry) => (
          <li key={`${entry.agreementId}-${entry.item}-${entry.adjustmentDate}`}>
            {`${entry.agreementId} · ${entry.item} · ${entry.adjustmentDate}: `}
            {entry.before?.unitPriceAfter ?? strings.newAdjustment}
            {' → '}
            {entry.after?.unitPriceAfter ?? strings.noAdjustment}
          </li>
        ))}
      </ul>
    </>
  );
}
