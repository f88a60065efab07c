import { jsonText, terminalText } from '../../src/cli/terminal-text';

const ALL_CONTROLS = [
  ...Array.from({ length: 0xa0 }, (_unused, code) => code).filter((code) => code < 0x20 || code >= 0x7f),
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((code) => String.fromCharCode(code));

describe('terminalText', () => {
  it('shows every C0 and C1 control, DEL and bidirectional override as an escape, keeping line feeds', () => {
    expect(terminalText('a\u001b[31mb\u009bc\u202ed\u2069e\r\tf\n')).toBe(
      'a\\x1b[31mb\\x9bc\\u202ed\\u2069e\\x0d\\x09f\n',
    );
    for (const char of ALL_CONTROLS.filter((control) => control !== '\n')) {
      expect(terminalText(char)).toMatch(/^\\(x[0-9a-f]{2}|u[0-9a-f]{4})$/);
    }
  });

  it('leaves Hangul, punctuation and other text as it is', () => {
    const text = '[오류] 연동약정!F2 한빛전자(주) — “따옴표” ①②, 1,234.5원 café 漢字 \u200b\n';
    expect(terminalText(text)).toBe(text);
  });
});

describe('jsonText', () => {
  it('holds no raw control or override, and parses back to the same values', () => {
    const value = { text: ALL_CONTROLS.join(''), nested: [`x${ALL_CONTROLS.join('y')}`], n: 1 };
    const text = jsonText(value);
    expect(terminalText(text)).toBe(text);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('\\u009b');
  });
});
