import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAgreementSchema } from '../schemas/agreement.ts';
import { MULTI_LINE_FORBIDDEN, ONE_LINE_FORBIDDEN, toOneLine, withoutControls } from './control-characters.ts';

/** Text with controls, bidi overrides and line separators mixed in among ordinary characters. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 5 }),
      fc
        .integer({ min: 0, max: 0x9f })
        .filter((c) => c < 0x20 || c >= 0x7f)
        .map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\r\n'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('control characters', () => {
  it('toOneLine leaves no control, bidi or line character, and keeps ordinary text as it is', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const line = toOneLine(text);
        expect(ONE_LINE_FORBIDDEN.test(line)).toBe(false);
        expect(toOneLine(line)).toBe(line);
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !ONE_LINE_FORBIDDEN.test(s)),
        (text) => {
          expect(toOneLine(text)).toBe(text);
        },
      ),
    );
  });

  it('withoutControls keeps line feeds and tabs and nothing else of them', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const kept = withoutControls(text);
        expect(MULTI_LINE_FORBIDDEN.test(kept)).toBe(false);
        expect(kept.split('\n').length).toBe(text.replace(/\r\n?/g, '\n').split('\n').length);
      }),
    );
  });

  it('the schemas refuse exactly the titles toOneLine would change (trimmed)', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const title = `x${raw}x`;
        const parsed = createAgreementSchema.safeParse({ type: 'service', title });
        const clean = toOneLine(title) === title;
        if (title.length <= 300) expect(parsed.success).toBe(clean);
        if (!parsed.success && !clean) expect(parsed.error.issues.some((i) => i.code === 'custom' && i.params?.reason === 'control_characters')).toBe(true);
      }),
    );
  });
});
