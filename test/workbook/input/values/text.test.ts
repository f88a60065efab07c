import { ISSUE } from '../../../../src/domain/issues';
import { parseTextCell } from '../../../../src/workbook/input/values';
import { MAX_TEXT_LENGTH } from '../../../../src/workbook/input/values/parse-text';
import { valueOf } from '../parse-expect';

describe('text fields', () => {
  it('keeps text of up to 255 characters, without its outer spaces', () => {
    const longest = '가'.repeat(MAX_TEXT_LENGTH);
    expect(MAX_TEXT_LENGTH).toBe(255);
    expect(valueOf(parseTextCell({ value: `  ${longest}  ` }))).toBe(longest);
  });

  it('refuses a longer text, saying how long it is and what is allowed (issue 9: 32,767-character names)', () => {
    const result = parseTextCell({ value: 'x'.repeat(32_767) });
    expect(result).toMatchObject({
      ok: false,
      code: ISSUE.TEXT_TOO_LONG,
      expected: { ko: '255자 이하의 텍스트여야 합니다', en: 'must be text of at most 255 characters' },
      input: `${'x'.repeat(60)}…`,
      reason: { ko: '입력은 32767자입니다', en: 'the text has 32767 characters' },
    });
    expect(parseTextCell({ value: 'x'.repeat(256) })).toMatchObject({
      ok: false,
      code: ISSUE.TEXT_TOO_LONG,
    });
  });
});
