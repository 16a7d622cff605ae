/**
 * Typed messages: a message is a string with `{name}` placeholders, or a
 * plural pair whose `other` form names the placeholders (and `count`).
 * The placeholder names are read from the Dutch literal types, so a call
 * like t('register.total', { count }) is checked at compile time.
 */
export type PluralMessage = { readonly one: string; readonly other: string };
export type Message = string | PluralMessage;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

export type ParamNames<M> = M extends string ? Placeholders<M> : M extends { readonly other: infer O extends string } ? Placeholders<O> | 'count' : never;

export type ParamsOf<M> = [ParamNames<M>] extends [never] ? [] : [params: Record<ParamNames<M>, string | number>];

/** Literal strings widened to `string`, so translations are free text of the same shape. */
export type Widen<M> = M extends string ? string : { readonly one: string; readonly other: string };

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}
