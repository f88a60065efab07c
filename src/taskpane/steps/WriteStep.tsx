import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Select } from '@fluentui/react-components';
import * as React from 'react';
import type { WriteOutcome } from '../../adapters/office/write-sheets';
import type { SheetReference } from '../../workbook/output';
import type { Strings } from '../i18n';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

export function WriteStep({ addin, strings }: { addin: AddinActions; strings: Strings }): React.JSX.Element {
  const { progress, written, run, busy, references } = addin.state;
  const suppliers = [...new Set(run?.outcome.result.items.map((item) => item.supplier) ?? [])];
  const [supplier, setSupplier] = React.useState('');
  return (
    <StepFrame
      intro={strings.writeIntro}
      action={strings.writeButton}
      busy={busy}
      busyLabel={strings.working}
      onAction={() => void addin.write(supplier === '' ? null : supplier)}
    >
      {suppliers.length > 1 && (
        <Field label={strings.writeFor}>
          <Select value={supplier} onChange={(_, data) => setSupplier(data.value)}>
            <option value="">{strings.allSuppliers}</option>
            {suppliers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {progress && (
        <Field validationMessage={`${progress.done} / ${progress.total}`} validationState="none">
          <ProgressBar value={progress.done / progress.total} aria-label={strings.writeButton} />
        </Field>
      )}
      {!busy && run?.outcome.hasErrors && !written && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.hasErrors}</MessageBarBody>
        </MessageBar>
      )}
      {references && references.length > 0 && (
        <ReferencesWarning
          references={references}
          busy={busy}
          strings={strings}
          onWriteAnyway={() => void addin.write(supplier === '' ? null : supplier, true)}
        />
      )}
      {written && <WrittenMessages written={written} strings={strings} />}
    </StepFrame>
  );
}

/** Formulas of the user that point at sheets the write would archive or replace: the first ten. */
function ReferencesWarning({
  references,
  busy,
  strings,
  onWriteAnyway,
}: {
  references: readonly SheetReference[];
  busy: boolean;
  strings: Strings;
  onWriteAnyway: () => void;
}): React.JSX.Element {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {strings.referencesFound(references.length)}
        <div>
          {references
            .slice(0, 10)
            .map((r) => `${r.sheet}!${r.cell} → ${r.target}`)
            .join(', ')}
          {references.length > 10 ? ' …' : ''}
        </div>
        <Button disabled={busy} onClick={onWriteAnyway}>
          {strings.writeAnyway}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the write did: a layout Excel did not keep, then the sheets written, archived and replaced. */
function WrittenMessages({
  written,
  strings,
}: {
  written: WriteOutcome;
  strings: Strings;
}): React.JSX.Element {
  return (
    <>
      {written.layoutNotKept.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.layoutNotKept(written.layoutNotKept)}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent="success">
        <MessageBarBody>
          {strings.writeDone(written.written)}
          {written.archived.map((a) => (
            <div key={a.to}>{strings.archivedAs(a.from, a.to)}</div>
          ))}
          {written.replaced.map((name) => (
            <div key={name}>{strings.replacedSheet(name)}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
