/**
 * The one place that talks to @microsoft/office-js-helpers and to Office's context: host and
 * platform detection (shown in the pane, and telling a browser tab from an add-in) and error
 * logging. The helpers' UI.notify banner is not used: it draws Office UI Fabric markup that
 * does not match Fluent UI v9, so the pane shows its own MessageBar instead.
 */
import { Utilities } from '@microsoft/office-js-helpers';
import { errorLogLine } from './error-detail';

export interface OfficeEnvironment {
  /** "EXCEL" inside Excel; "WEB" in a plain browser tab. */
  readonly host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or "" outside Office. */
  readonly platform: string;
  readonly isAddin: boolean;
  /** Office's display language, e.g. "ko-KR". */
  readonly displayLanguage: string | undefined;
  readonly theme: Office.OfficeTheme | undefined;
}

export function officeEnvironment(): OfficeEnvironment {
  const office = typeof Office === 'undefined' ? undefined : Office;
  const context = office?.context;
  return {
    host: Utilities.host,
    platform: Utilities.platform ?? '',
    isAddin: Utilities.isAddin,
    displayLanguage: context?.displayLanguage,
    theme: context?.officeTheme,
  };
}

/**
 * Logs an error: first one line with Office's error code and debugInfo.errorLocation (also
 * when wrapped in a SheetWriteError), then the helpers' formatter (stack, inner errors).
 */
export function logError(error: unknown): void {
  console.error(errorLogLine(error));
  Utilities.log(error instanceof Error ? error : String(error));
}
