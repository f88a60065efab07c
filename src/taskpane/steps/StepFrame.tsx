import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** A step's intro, its one action button, and what the action produced. */
export function StepFrame(props: {
  intro: string;
  action: string;
  busy: boolean;
  busyLabel: string;
  disabled?: boolean;
  onAction: () => void;
  children?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.frame}>
      <Text>{props.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy || props.disabled} onClick={props.onAction}>
          {props.action}
        </Button>
        {props.busy && <Spinner size="tiny" label={props.busyLabel} />}
      </div>
      {props.children}
    </section>
  );
}
