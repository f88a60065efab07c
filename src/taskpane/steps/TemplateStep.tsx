import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import * as React from 'react';
import type { Strings } from '../i18n';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

export function TemplateStep({
  addin,
  strings,
}: {
  addin: AddinActions;
  strings: Strings;
}): React.JSX.Element {
  const { template, busy } = addin.state;
  return (
    <StepFrame
      intro={strings.templateIntro}
      action={strings.templateButton}
      busy={busy}
      busyLabel={strings.working}
      onAction={() => void addin.createTemplate()}
    >
      {template && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.templateDone(template.written)}</MessageBarBody>
        </MessageBar>
      )}
      {template && template.skipped.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.templateKept(template.skipped)}</MessageBarBody>
        </MessageBar>
      )}
    </StepFrame>
  );
}
