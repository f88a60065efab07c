/**
 * Text from a workbook reaches the terminal inside messages. Control characters in it could move
 * the cursor, recolour or retitle the terminal, or hide a line (ESC, CSI, CR…), and bidirectional
 * overrides could make text read differently from what it is. Those are shown as escapes: ESC as
 * `\x1b`, U+202E as `\u202e`. Line feeds stay, they are the messages' own line breaks.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeOf);
}

/**
 * JSON for stdout: the same values as JSON.stringify, with DEL, the C1 controls and the
 * bidirectional overrides written as \u escapes too (JSON.stringify escapes only U+0000–U+001F),
 * so that the JSON holds no character the terminal would act on.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (char) => `\\u${hex(char, 4)}`);
}

function escapeOf(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`;
}

function hex(char: string, digits: number): string {
  return char.charCodeAt(0).toString(16).padStart(digits, '0');
}
