import * as React from 'react';
import type { Language, StepId, Strings } from '../i18n';
import type { AddinActions, AddinState } from '../use-addin';
import { CheckStep } from './CheckStep';
import { ComputeStep } from './ComputeStep';
import { ImportStep } from './ImportStep';
import { OutlookStep } from './OutlookStep';
import { TemplateStep } from './TemplateStep';
import { VerifyStep } from './VerifyStep';
import { WriteStep } from './WriteStep';

interface StepProps {
  readonly addin: AddinActions;
  readonly strings: Strings;
  readonly language: Language;
}

export interface StepDefinition {
  readonly id: StepId;
  readonly Component: (props: StepProps) => React.JSX.Element;
  /** Whether the step has produced its result in this session (the stepper ticks it). */
  readonly done: (state: AddinState) => boolean;
}

/**
 * The pane's steps in the order the user takes them. The stepper, the step numbers (①, ②…) and
 * the panel shown all come from this list: a new step is one entry here and its name in i18n.ts.
 */
export const STEPS: readonly StepDefinition[] = [
  { id: 'template', Component: TemplateStep, done: (state) => state.template !== null },
  { id: 'check', Component: CheckStep, done: (state) => state.run !== null },
  { id: 'compute', Component: ComputeStep, done: (state) => state.run !== null },
  { id: 'write', Component: WriteStep, done: (state) => state.written !== null },
  { id: 'verify', Component: VerifyStep, done: (state) => state.verified !== null },
  // 전망 reads the workbook and keeps its result to itself: nothing for the stepper to tick.
  { id: 'outlook', Component: OutlookPane, done: () => false },
  // 가격 가져오기 writes to the open workbook through its own gateway; each import stands alone.
  { id: 'prices', Component: PricesPane, done: () => false },
];

function OutlookPane({ addin, strings }: StepProps): React.JSX.Element {
  return <OutlookStep read={addin.readWorkbook} asOf={addin.asOf} strings={strings} />;
}

function PricesPane({ language }: StepProps): React.JSX.Element {
  return <ImportStep language={language} />;
}

const CIRCLED_ONE = 0x2460;

/** "② 검사": the step's name with its place in the list (①…⑳). */
export function numberedStep(strings: Strings, id: StepId, steps: readonly StepDefinition[] = STEPS): string {
  const index = steps.findIndex((step) => step.id === id);
  return `${String.fromCodePoint(CIRCLED_ONE + index)} ${strings.steps[id]}`;
}
