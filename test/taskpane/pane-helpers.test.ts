import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { D } from '../../src/domain/decimal';
import { chartModel, chartSubjects } from '../../src/workbook/output/chart-model';
import { compute } from '../../src/domain/engine';
import { formatAmount, hostInWords, isoToday, materialLabel } from '../../src/taskpane/display';
import { percentText, signedPercentText } from '../../src/workbook/grid/display-text';
import { languageFor, STRINGS } from '../../src/taskpane/i18n';
import { fluentThemeFor } from '../../src/taskpane/theme';
import { runWorkbook } from '../../src/workbook/run';
import { templateWorkbook } from '../adapters/office/fixtures';
import { agreementRow, engineInput, monthlyPrices } from '../domain/builders';

describe('language', () => {
  it('is Korean for a Korean Office and English for any other', () => {
    expect(languageFor('ko-KR')).toBe('ko');
    expect(languageFor('ko')).toBe('ko');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('ja-JP')).toBe('en');
    expect(languageFor(undefined)).toBe('ko');
  });
});

describe('theme', () => {
  const office = (background: string, foreground: string): Office.OfficeTheme => ({
    bodyBackgroundColor: background,
    bodyForegroundColor: foreground,
    controlBackgroundColor: background,
    controlForegroundColor: foreground,
    isDarkTheme: false,
    themeId: 'Colorful' as unknown as Office.ThemeId,
  });

  it('follows a dark Office theme with dark tokens and Office colours', () => {
    const theme = fluentThemeFor(office('#262626', '#FFFFFF'));
    expect(theme.colorNeutralBackground1).toBe('#262626');
    expect(theme.colorNeutralForeground1).toBe('#FFFFFF');
    expect(theme.colorBrandForeground1).toBe(webDarkTheme.colorBrandForeground1);
  });

  it('follows a light Office theme, and is light without one', () => {
    expect(fluentThemeFor(office('#F3F3F3', '#000000')).colorBrandForeground1).toBe(
      webLightTheme.colorBrandForeground1,
    );
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});

describe('display', () => {
  it('groups digits of exact decimals without going through a float', () => {
    expect(formatAmount(new D('12345678901234567.25'))).toBe('12,345,678,901,234,567.25');
    expect(formatAmount(new D('-1244.5'), 0)).toBe('-1,245');
    expect(formatAmount(new D('3225'), 2)).toBe('3,225.00');
    expect(percentText(new D('0.1423'))).toBe('14.23%');
    expect(signedPercentText(new D('-0.00001'))).toBe('0.00%');
    expect(signedPercentText(new D('0.12'))).toBe('+12.00%');
    expect(isoToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('chart model', () => {
  it('draws each evaluation with the band B·(1±t) and the unit price stepping at effective dates', () => {
    const { result } = runWorkbook(templateWorkbook(3), { asOf: null, createdOn: '2024-08-01' });
    const subjects = chartSubjects(result);
    expect(subjects.length).toBe(
      new Set(result.evaluations.map((e) => `${e.agreementId}|${e.item}|${e.material}`)).size,
    );
    for (const subject of subjects) {
      const model = chartModel(result, subject);
      const evaluations = result.evaluations.filter(
        (e) =>
          e.agreementId === subject.agreementId && e.item === subject.item && e.material === subject.material,
      );
      expect(model.points.map((p) => p.date)).toEqual(evaluations.map((e) => e.adjustmentDate).sort());
      for (const point of model.points) {
        const evaluation = evaluations.find((e) => e.adjustmentDate === point.date);
        expect(point.upper.toString()).toBe(
          evaluation?.basePrice.times(evaluation.threshold.plus(1)).toString(),
        );
        expect(point.lower.toString()).toBe(
          evaluation?.basePrice.times(new D(1).minus(evaluation.threshold)).toString(),
        );
        expect(point.triggered).toBe(evaluation?.triggered);
      }
      const adjustments = result.adjustments.filter(
        (a) => a.agreementId === subject.agreementId && a.item === subject.item,
      );
      expect(model.unitPrices.slice(1).map((u) => [u.date, u.price.toString()])).toEqual(
        adjustments.map((a) => [a.effectiveDate, a.unitPriceAfter.toString()]),
      );
    }
  });
});

describe('material labels in the compute preview', () => {
  function evaluationsOf(overrides: Parameters<typeof agreementRow>[0]) {
    return compute(
      engineInput({
        agreements: [agreementRow({ cycleMonths: 1, firstAdjustment: '2024-03-01', ...overrides })],
        prices: monthlyPrices('전기동', '2024-01', [9000, 10080]),
        asOf: '2024-03-01',
      }),
    ).evaluations;
  }

  it('tags the formula, and energy, one direction and 0 % where they apply, in both languages', () => {
    const [plain] = evaluationsOf({});
    const [special] = evaluationsOf({
      costKind: 'energy',
      direction: 'riseOnly',
      threshold: new D(0),
      material: '전력',
    });
    const [rate] = evaluationsOf({ formula: 'rate', quantityPerUnit: null, materialShare: new D('0.3') });
    expect(plain && materialLabel(plain, STRINGS.ko)).toBe('전기동 (투입량)');
    expect(special && materialLabel(special, STRINGS.ko)).toBe('전력 (투입량 · 에너지 · 상승만 · 모든 경우)');
    expect(special && materialLabel(special, STRINGS.en)).toBe(
      '전력 (quantity · energy · rises only · every change)',
    );
    expect(rate && materialLabel(rate, STRINGS.ko)).toBe('전기동 (변동률)');
  });
});

describe('where the pane runs, in words', () => {
  const where = (platform: string, isAddin = true, language: 'ko' | 'en' = 'ko') =>
    hostInWords(
      { host: isAddin ? 'EXCEL' : 'WEB', platform, isAddin, displayLanguage: undefined, theme: undefined },
      STRINGS[language],
    );

  it('names Excel on each platform rather than Office constants', () => {
    expect(where('OFFICE_ONLINE')).toBe('Excel 웹');
    expect(where('OFFICE_ONLINE', true, 'en')).toBe('Excel on the web');
    expect(where('PC')).toBe('Windows용 Excel');
    expect(where('MAC', true, 'en')).toBe('Excel for Mac');
    expect(where('IOS')).toBe('iPad용 Excel');
    expect(where('', false)).toBe('웹 브라우저 (Excel 밖)');
  });

  it('keeps a platform it does not know, without the host constant', () => {
    expect(where('Android')).toBe('Excel (Android)');
    expect(where('')).toBe('Excel');
  });
});
