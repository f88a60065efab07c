import { Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import * as React from 'react';
import type { Strings } from '../i18n';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

export function WriteStep({ addin, strings }: { addin: AddinActions; strings: Strings }): React.JSX.Element {
  const { progress, written, run, busy } = addin.state;
  return (
    <StepFrame
      intro={strings.writeIntro}
      action={strings.writeButton}
      busy={busy}
      busyLabel={strings.working}
      onAction={() => void addin.write()}
    >
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
      {written && (
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
      )}
    </StepFrame>
  );
}
