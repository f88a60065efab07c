import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Issue } from '../../domain/issues';
import type { Language, Strings } from '../i18n';
import type { AddinActions } from '../use-addin';
import { StepFrame } from './StepFrame';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  issue: {
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'left',
    width: '100%',
    height: 'auto',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export function issueText(issue: Issue, language: Language): string {
  return language === 'ko' ? issue.message : issue.messageEn;
}

export function CheckStep(props: {
  addin: AddinActions;
  strings: Strings;
  language: Language;
}): React.JSX.Element {
  const { addin, strings, language } = props;
  const styles = useStyles();
  const issues = addin.state.run?.outcome.issues ?? null;
  const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <StepFrame
      intro={strings.checkIntro}
      action={strings.checkButton}
      busy={addin.state.busy}
      busyLabel={strings.working}
      onAction={() => void addin.check()}
    >
      {issues && issues.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.noIssues}</MessageBarBody>
        </MessageBar>
      )}
      {issues && issues.length > 0 && (
        <>
          <Text weight="semibold">{strings.issueCount(errors, issues.length - errors)}</Text>
          <ul className={styles.list} aria-label={strings.steps.check}>
            {issues.map((issue, index) => (
              <li key={`${issue.sheet}-${issue.cell}-${issue.code}-${index}`}>
                <Button
                  appearance="subtle"
                  className={styles.issue}
                  onClick={() => void addin.selectIssue(issue)}
                >
                  <Badge className={styles.badge} color={issue.severity === 'error' ? 'danger' : 'warning'}>
                    {issue.severity === 'error' ? strings.error : strings.warning}
                  </Badge>
                  <span>
                    <strong>{issue.cell === '' ? issue.sheet : `${issue.sheet}!${issue.cell}`}</strong>{' '}
                    {issueText(issue, language)}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </StepFrame>
  );
}
