/**
 * Currency codes as typed ("usd", " USD , jpy "): three letters each, comma-separated, given back
 * upper-case; null when any is not three letters (or nothing is given). The command line and the
 * pane both refuse anything else rather than import the prices in no currency.
 */
export function currencyCodesOf(text: string): string[] | null {
  const codes = text.split(',').map((code) => code.trim().toUpperCase());
  return codes.every((code) => /^[A-Z]{3}$/.test(code)) ? codes : null;
}
