import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Perceived brightness of "#RRGGBB" (0 dark … 1 light); null for anything else. */
function brightness(colour: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? '0', 16) / 255);
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0);
}

/**
 * The Fluent theme that follows Office's: dark tokens when Office's body background is dark,
 * with Office's own background and text colours on top. Without an Office theme (Excel on the
 * web does not always give one), the light web theme.
 */
export function fluentThemeFor(office: Office.OfficeTheme | undefined): Theme {
  if (!office) return webLightTheme;
  const dark = (brightness(office.bodyBackgroundColor) ?? 1) < 0.5;
  const base = dark ? webDarkTheme : webLightTheme;
  return {
    ...base,
    colorNeutralBackground1: office.bodyBackgroundColor || base.colorNeutralBackground1,
    colorNeutralForeground1: office.bodyForegroundColor || base.colorNeutralForeground1,
    colorNeutralBackground2: office.controlBackgroundColor || base.colorNeutralBackground2,
  };
}
