import {
  Caption1,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { WorkbookGateway } from '../adapters/office/gateway';
import { officeImportGateway, type ImportGateway } from '../adapters/office/import-gateway';
import { isoToday } from './display';
import { IMPORT_STRINGS, languageFor, STRINGS } from './i18n';
import type { OfficeEnvironment } from './office-helpers';
import { CheckStep } from './steps/CheckStep';
import { ComputeStep } from './steps/ComputeStep';
import { ImportStep } from './steps/ImportStep';
import { TemplateStep } from './steps/TemplateStep';
import { VerifyStep } from './steps/VerifyStep';
import { WriteStep } from './steps/WriteStep';
import { fluentThemeFor } from './theme';
import { useAddin, type StepIndex } from './use-addin';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly environment: OfficeEnvironment;
  /** Today's date; the tests fix it. */
  readonly today?: string;
  /** The 가격 가져오기 step's access to the workbook; the tests give it a fake. */
  readonly importGateway?: ImportGateway;
}

export function App({
  gateway,
  environment,
  today = isoToday(),
  importGateway = officeImportGateway,
}: AppProps): React.JSX.Element {
  const language = languageFor(environment.displayLanguage);
  const strings = STRINGS[language];
  const theme = React.useMemo(() => fluentThemeFor(environment.theme), [environment.theme]);
  const [step, setStep] = React.useState<StepIndex | 'import'>(0);
  const [asOf, setAsOf] = React.useState('');
  const [replace, setReplace] = React.useState(false);
  const addin = useAddin(gateway, { asOf, replace, today });
  const styles = useStyles();
  const failure = addin.state.failure;

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
        <Switch
          checked={replace}
          label={strings.replace}
          title={strings.replaceHint}
          onChange={(_, data) => setReplace(data.checked)}
        />
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as StepIndex | 'import')}
        size="small"
      >
        {strings.steps.map((label, index) => (
          <Tab key={label} value={index}>
            {label}
          </Tab>
        ))}
        <Tab value="import">{IMPORT_STRINGS[language].title}</Tab>
      </TabList>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>
              {failure.kind === 'write' ? strings.writeFailed : strings.failed}
            </MessageBarTitle>
            {failure.kind === 'write' &&
              (failure.restored ? strings.writeFailedRestored : strings.writeFailedNotRestored)}{' '}
            {failure.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      {step === 0 && <TemplateStep addin={addin} strings={strings} />}
      {step === 1 && <CheckStep addin={addin} strings={strings} language={language} />}
      {step === 2 && <ComputeStep addin={addin} strings={strings} />}
      {step === 3 && <WriteStep addin={addin} strings={strings} />}
      {step === 4 && <VerifyStep addin={addin} strings={strings} language={language} />}
      {step === 'import' && <ImportStep gateway={importGateway} language={language} today={today} />}
      <Caption1>{strings.host(environment.host, environment.platform || '—')}</Caption1>
    </FluentProvider>
  );
}
