import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import * as React from 'react';
import type { VerifyDifference } from '../../workbook/verify';
import type { Language, Strings } from '../i18n';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

export function VerifyStep(props: {
  addin: AddinActions;
  strings: Strings;
  language: Language;
}): React.JSX.Element {
  const { addin, strings, language } = props;
  const verified = addin.state.verified;
  const report = verified?.verification ?? null;
  return (
    <StepFrame
      intro={strings.verifyIntro}
      action={strings.verifyButton}
      busy={addin.state.busy}
      busyLabel={strings.working}
      onAction={() => void addin.verify()}
    >
      <div>
        <Button size="small" disabled={addin.state.busy} onClick={() => void addin.clearMarks()}>
          {strings.clearMarksButton}
        </Button>
      </div>
      {addin.state.marksCleared !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.marksCleared}</MessageBarBody>
        </MessageBar>
      )}
      {verified && !report && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.verifyMissing}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.differences.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.verifyOk(report.rowsChecked)}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.differences.length > 0 && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              {strings.verifyDiffers(report.differences.length, report.rowsChecked)}
            </MessageBarBody>
          </MessageBar>
          <DifferencesTable
            differences={report.differences}
            addin={addin}
            strings={strings}
            language={language}
          />
        </>
      )}
    </StepFrame>
  );
}

/** Each difference with its cell (a link that selects it), what was expected and what the table shows. */
function DifferencesTable({
  differences,
  addin,
  strings,
  language,
}: {
  differences: readonly VerifyDifference[];
  addin: AddinActions;
  strings: Strings;
  language: Language;
}): React.JSX.Element {
  return (
    <Table size="small" aria-label={strings.steps.verify}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.verifyCell}</TableHeaderCell>
          <TableHeaderCell>{strings.expected}</TableHeaderCell>
          <TableHeaderCell>{strings.actual}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {differences.map((d) => (
          <TableRow key={`${d.sheet}!${d.cell}-${d.column}`}>
            <TableCell>
              <Link as="button" onClick={() => void addin.selectIssue(d)}>
                {`${d.cell} ${d.column}`}
              </Link>
              <div>{d.text[language]}</div>
            </TableCell>
            <TableCell>{d.expected}</TableCell>
            <TableCell>{d.actual}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
