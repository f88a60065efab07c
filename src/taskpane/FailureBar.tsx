import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import * as React from 'react';
import type { Strings } from './i18n';
import type { AddinState } from './use-addin';

/** What went wrong, and for a write whether the workbook was put back. */
export function FailureBar({
  failure,
  strings,
}: {
  failure: NonNullable<AddinState['failure']>;
  strings: Strings;
}): React.JSX.Element {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{failure.kind === 'write' ? strings.writeFailed : strings.failed}</MessageBarTitle>
        {failure.kind === 'write' &&
          (failure.restored ? strings.writeFailedRestored : strings.writeFailedNotRestored)}
        {/* Office's own message may be in another language: its code and location instead. */}
        <div>
          {failure.detail.code === null
            ? failure.detail.message
            : strings.errorCode(failure.detail.code, failure.detail.location)}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
