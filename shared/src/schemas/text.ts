import { z } from 'zod';
import { MULTI_LINE_FORBIDDEN, ONE_LINE_FORBIDDEN } from '../text/control-characters.ts';

/** The field error code (zod `params.reason`) of text with control characters; the client words it in nl/en. */
export const CONTROL_CHARACTERS = 'control_characters';

/**
 * Refuses line breaks, controls and bidi overrides in a one-line text field (title, reference,
 * owner, signatory, names, labels): `oneLine(z.string().trim().max(200))`.
 */
export const oneLine = (text: z.ZodString): z.ZodString =>
  text.refine((v) => !ONE_LINE_FORBIDDEN.test(v), {
    message: 'Gebruik in dit veld geen regeleinden of onzichtbare stuurtekens (zoals NUL of tekens die de leesrichting omkeren)',
    params: { reason: CONTROL_CHARACTERS },
  });

/** Refuses controls and bidi overrides in a multi-line text (notes); line feeds and tabs stay, a CR LF becomes a line feed. */
export const multiLine = (text: z.ZodString): z.ZodString =>
  text
    .overwrite((v) => v.replace(/\r\n?/g, '\n'))
    .refine((v) => !MULTI_LINE_FORBIDDEN.test(v), {
      message: 'Gebruik in dit veld geen onzichtbare stuurtekens (zoals NUL of tekens die de leesrichting omkeren); regeleinden mogen',
      params: { reason: CONTROL_CHARACTERS },
    });
