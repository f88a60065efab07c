import {
  Caption1,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Switch,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { WorkbookGateway } from '../adapters/office/gateway';
import { hostInWords, isoToday } from './display';
import { FailureBar } from './FailureBar';
import { languageFor, STRINGS, type StepId } from './i18n';
import type { OfficeEnvironment } from './office-helpers';
import { Stepper } from './Stepper';
import { STEPS } from './steps/step-list';
import { fluentThemeFor } from './theme';
import { useAddin } from './use-addin';

const PANEL_ID = 'step-panel';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // Korean breaks between words only (never inside 납품단가); a word wider than the pane may still break.
    wordBreak: 'keep-all',
    overflowWrap: 'break-word',
  },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
});

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly environment: OfficeEnvironment;
  /** Today's date; the tests fix it. */
  readonly today?: string;
}

export function App({ gateway, environment, today = isoToday() }: AppProps): React.JSX.Element {
  const language = languageFor(environment.displayLanguage);
  const strings = STRINGS[language];
  const theme = React.useMemo(() => fluentThemeFor(environment.theme), [environment.theme]);
  const [step, setStep] = React.useState<StepId>('template');
  const [asOf, setAsOf] = React.useState('');
  const [replace, setReplace] = React.useState(false);
  const addin = useAddin(gateway, { asOf, replace, today });
  const styles = useStyles();
  const failure = addin.state.failure;
  const Current = STEPS.find((definition) => definition.id === step)?.Component;

  return (
    <FluentProvider theme={theme} lang={language} className={styles.root}>
      <Title3 as="h1">{strings.appTitle}</Title3>
      {!environment.isAddin && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.settings}>
        <Field label={strings.asOf} hint={strings.asOfHint}>
          <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
        </Field>
        <Field hint={replace ? strings.replaceOn : strings.replaceOff}>
          <Switch
            checked={replace}
            label={strings.replace}
            onChange={(_, data) => setReplace(data.checked)}
          />
        </Field>
      </div>
      <Stepper
        steps={STEPS}
        current={step}
        state={addin.state}
        strings={strings}
        onSelect={setStep}
        panelId={PANEL_ID}
      />
      {failure && <FailureBar failure={failure} strings={strings} />}
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={`step-${step}`}>
        {Current && <Current addin={addin} strings={strings} language={language} />}
      </div>
      <Caption1>{strings.host(hostInWords(environment, strings))}</Caption1>
    </FluentProvider>
  );
}
