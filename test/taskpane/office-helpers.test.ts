/** @jest-environment jsdom */
import { officeEnvironment } from '../../src/taskpane/office-helpers';

describe('officeEnvironment (office-js-helpers)', () => {
  afterEach(() => {
    delete (window as unknown as { Office?: unknown }).Office;
  });

  it('reports Excel on the web with its language and theme', () => {
    const theme = { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF' };
    (window as unknown as { Office: unknown }).Office = {
      context: { host: 'Excel', platform: 'OfficeOnline', displayLanguage: 'en-US', officeTheme: theme },
    };
    expect(officeEnvironment()).toEqual({
      host: 'EXCEL',
      platform: 'OFFICE_ONLINE',
      isAddin: true,
      displayLanguage: 'en-US',
      theme,
    });
  });

  it('tells a plain browser tab from an add-in', () => {
    const environment = officeEnvironment();
    expect(environment.host).toBe('WEB');
    expect(environment.isAddin).toBe(false);
    expect(environment.displayLanguage).toBeUndefined();
  });
});
