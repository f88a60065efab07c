import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { officeWorkbook } from '../adapters/office/gateway';
import { App } from './App';
import { officeEnvironment } from './office-helpers';

/** Renders the pane once Office is ready (or at once in a plain browser tab, to say so). */
function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<App gateway={officeWorkbook} environment={officeEnvironment()} />);
}

if (typeof Office === 'undefined') {
  start();
} else {
  void Office.onReady(() => start());
}
