import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Shock } from '../../domain/outlook/assumed-prices';
import { shockRateOf } from '../../domain/outlook/assumed-prices';
import type { WorkbookGrids } from '../../workbook/grid';
import { outlookOfWorkbook, type WorkbookOutlook } from '../../workbook/outlook';
import type { Strings } from '../i18n';
import { logError } from '../office-helpers';
import { OutlookChart, OutlookTable } from './OutlookResults';
import { StepFrame } from './StepFrame';

const useStyles = makeStyles({
  shocks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  shock: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/** A shock as typed: the index chosen and the percentage text. */
interface ShockDraft {
  readonly id: number;
  readonly index: string;
  readonly text: string;
}

export interface OutlookStepProps {
  /** Reads the input sheets (the Office gateway's readWorkbook). */
  readonly read: () => Promise<WorkbookGrids>;
  /** "" = the engine's default as-of date. */
  readonly asOf: string;
  readonly strings: Strings;
}

/** ⑥ 전망: reads the workbook, never writes it; every number comes from src/domain/outlook. */
export function OutlookStep({ read, asOf, strings }: OutlookStepProps): React.JSX.Element {
  const words = strings.outlook;
  const [drafts, setDrafts] = React.useState<readonly ShockDraft[]>([]);
  const [result, setResult] = React.useState<WorkbookOutlook | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const shocks = drafts.map(shockOf);
  const invalid = shocks.some((shock) => shock === null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const grids = await read();
      const valid = shocks.filter((shock): shock is Shock => shock !== null);
      setResult(outlookOfWorkbook(grids, { asOf: asOf === '' ? null : asOf, shocks: valid }));
    } catch (error) {
      logError(error);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <StepFrame
      intro={words.intro}
      action={words.button}
      busy={busy}
      busyLabel={strings.working}
      disabled={invalid}
      onAction={() => void run()}
    >
      {result && result.indices.length > 0 && (
        <ShockEditor indices={result.indices} drafts={drafts} onChange={setDrafts} strings={strings} />
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {strings.failed}: {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && <OutlookTable outlook={result.outlook} strings={strings} />}
      {result && <OutlookChart outlook={result.outlook} strings={strings} />}
    </StepFrame>
  );
}

/** The draft as a shock, or null while its percentage is not one above −100 %. */
function shockOf(draft: ShockDraft): Shock | null {
  const rate = shockRateOf(draft.text.includes('%') ? draft.text : `${draft.text}%`);
  return rate === null ? null : { index: draft.index, rate };
}

function ShockEditor({
  indices,
  drafts,
  onChange,
  strings,
}: {
  indices: readonly string[];
  drafts: readonly ShockDraft[];
  onChange: (drafts: readonly ShockDraft[]) => void;
  strings: Strings;
}): React.JSX.Element {
  const styles = useStyles();
  const words = strings.outlook;
  const change = (id: number, patch: Partial<ShockDraft>): void =>
    onChange(drafts.map((draft) => (draft.id === id ? { ...draft, ...patch } : draft)));
  const nextId = drafts.reduce((max, draft) => Math.max(max, draft.id), 0) + 1;
  return (
    <section className={styles.shocks} aria-label={words.shocks}>
      <Text weight="semibold">{words.shocks}</Text>
      {drafts.map((draft) => (
        <div key={draft.id} className={styles.shock}>
          <Field label={words.shockIndex}>
            <Select value={draft.index} onChange={(_, data) => change(draft.id, { index: data.value })}>
              {indices.map((index) => (
                <option key={index} value={index}>
                  {index}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={words.shockPercent}
            validationState={shockOf(draft) === null ? 'error' : 'none'}
            validationMessage={shockOf(draft) === null ? words.badShock : undefined}
          >
            <Input value={draft.text} onChange={(_, data) => change(draft.id, { text: data.value })} />
          </Field>
          <Button onClick={() => onChange(drafts.filter((other) => other.id !== draft.id))}>
            {words.removeShock}
          </Button>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange([...drafts, { id: nextId, index: indices[0] ?? '', text: '+10%' }])}>
          {words.addShock}
        </Button>
      </div>
    </section>
  );
}
