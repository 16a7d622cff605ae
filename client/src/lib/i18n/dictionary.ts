import type { nl, MessageKey } from './nl.ts';
import type { ParamsOf, Widen } from './types.ts';

/** The shape every dictionary has: all Dutch keys, each with free text of the same form. */
export type Dictionary = { readonly [K in MessageKey]: Widen<(typeof nl)[K]> };

/** Keys whose message takes no parameters (safe to pass around as data). */
export type PlainMessageKey = { [K in MessageKey]: ParamsOf<(typeof nl)[K]> extends [] ? K : never }[MessageKey];
