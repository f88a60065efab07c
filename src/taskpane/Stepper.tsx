import {
  Button,
  Subtitle2,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import * as React from 'react';
import type { StepId, Strings } from './i18n';
import { numberedStep, type StepDefinition } from './steps/step-list';
import type { AddinState } from './use-addin';

const DOT = '28px';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // One row whatever the number of steps: numbered dots joined by lines that shrink first.
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'nowrap', minWidth: 0 },
  line: {
    flexGrow: 1,
    minWidth: tokens.spacingHorizontalXS,
    height: '2px',
    backgroundColor: tokens.colorNeutralStroke1,
  },
  dot: {
    flexShrink: 0,
    width: DOT,
    height: DOT,
    padding: 0,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  done: { ...shorthands.borderColor(tokens.colorBrandStroke1), color: tokens.colorBrandForeground1 },
  current: {
    ...shorthands.borderColor(tokens.colorBrandBackground),
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  title: { flexGrow: 1, minWidth: 0, margin: 0 },
  move: { flexShrink: 0, minWidth: 'auto', whiteSpace: 'nowrap' },
});

export interface StepperProps {
  readonly steps: readonly StepDefinition[];
  readonly current: StepId;
  readonly state: AddinState;
  readonly strings: Strings;
  readonly onSelect: (id: StepId) => void;
  /** The id of the panel the steps control. */
  readonly panelId: string;
}

/**
 * The steps as a row of numbered dots (a tick once done), then the current step's name with
 * back and next. The dots carry the names for screen readers and as tooltips, so the row fits
 * 320 px with seven steps and never wraps.
 */
export function Stepper({
  steps,
  current,
  state,
  strings,
  onSelect,
  panelId,
}: StepperProps): React.JSX.Element {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', circular: true });
  const index = Math.max(
    0,
    steps.findIndex((step) => step.id === current),
  );
  return (
    <div className={styles.root}>
      <div role="tablist" aria-label={strings.stepBar} className={styles.bar} {...arrows}>
        {steps.map((step, position) => (
          <React.Fragment key={step.id}>
            {position > 0 && <span className={styles.line} aria-hidden="true" />}
            <StepDot
              step={step}
              position={position}
              name={numberedStep(strings, step.id, steps)}
              selected={step.id === current}
              done={step.done(state)}
              strings={strings}
              panelId={panelId}
              onSelect={onSelect}
            />
          </React.Fragment>
        ))}
      </div>
      <StepHeading steps={steps} current={current} index={index} strings={strings} onSelect={onSelect} />
    </div>
  );
}

/** One step's numbered dot: a tab, with a tick once done (unless it is the current one). */
function StepDot({
  step,
  position,
  name,
  selected,
  done,
  strings,
  panelId,
  onSelect,
}: {
  step: StepDefinition;
  position: number;
  name: string;
  selected: boolean;
  done: boolean;
  strings: Strings;
  panelId: string;
  onSelect: (id: StepId) => void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <button
      type="button"
      role="tab"
      id={`step-${step.id}`}
      aria-selected={selected}
      aria-controls={panelId}
      aria-label={name}
      title={done ? `${name} · ${strings.done}` : name}
      className={mergeClasses(styles.dot, done && styles.done, selected && styles.current)}
      onClick={() => onSelect(step.id)}
    >
      {done && !selected ? '✓' : position + 1}
    </button>
  );
}

/** The current step's name, with back and next. */
function StepHeading({
  steps,
  current,
  index,
  strings,
  onSelect,
}: {
  steps: readonly StepDefinition[];
  current: StepId;
  index: number;
  strings: Strings;
  onSelect: (id: StepId) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const go = (to: number): void => {
    const step = steps[to];
    if (step) onSelect(step.id);
  };
  return (
    <div className={styles.heading}>
      <Subtitle2 as="h2" className={styles.title}>
        {numberedStep(strings, current, steps)}
      </Subtitle2>
      <Button
        size="small"
        appearance="subtle"
        className={styles.move}
        disabled={index === 0}
        onClick={() => go(index - 1)}
      >
        {strings.previous}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        className={styles.move}
        disabled={index === steps.length - 1}
        onClick={() => go(index + 1)}
      >
        {strings.next}
      </Button>
    </div>
  );
}
