import type { D } from '../domain/decimal';
import type { MaterialEvaluation } from '../domain/types';
import { groupThousands } from '../workbook/grid';
import { materialTerms } from '../workbook/output';
import type { HostKind, Strings } from './i18n';
import type { OfficeEnvironment } from './office-helpers';

/** A price or amount as shown: all its decimals, or `decimals` of them (no float in between). */
export function formatAmount(value: D, decimals?: number): string {
  return groupThousands(decimals === undefined ? value.toFixed() : value.toFixed(decimals));
}

/** Today's date in the user's time zone, as ISO "yyyy-mm-dd". */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "전력 (투입량 · 에너지 · 모든 경우)": the material and the agreed terms that shape its change. */
export function materialLabel(evaluation: MaterialEvaluation, strings: Strings): string {
  const terms = materialTerms(evaluation);
  const words = [strings.terms.formula[terms.formula], ...terms.tags.map((tag) => strings.terms[tag])];
  return `${terms.material} (${words.join(' · ')})`;
}

const PLATFORM_KINDS: Readonly<Record<string, HostKind>> = {
  OFFICE_ONLINE: 'web',
  PC: 'windows',
  MAC: 'mac',
  IOS: 'ipad',
};

/** "Excel 웹", "Mac용 Excel"…: where the pane runs, in the user's words rather than Office's constants. */
export function hostInWords(environment: OfficeEnvironment, strings: Strings): string {
  if (!environment.isAddin) return strings.hosts.browser;
  const kind = PLATFORM_KINDS[environment.platform.toUpperCase()];
  if (kind) return strings.hosts[kind];
  return environment.platform === '' ? 'Excel' : `Excel (${environment.platform})`;
}
