/**
 * Words that only say which legal form an organisation has ("B.V.",
 * "Stichting", "U.A."): two names that differ only in them name the same
 * organisation for duplicate detection (decision 027). Dots are removed
 * before matching, so "B.V." and "bv" are the same word.
 */
export const LEGAL_FORM_WORDS: readonly string[] = ['bv', 'nv', 'vof', 'cv', 'ua', 'wa', 'ba', 'stichting', 'vereniging', 'cooperatie', 'maatschap', 'holding'];

const LEGAL_FORMS = new Set(LEGAL_FORM_WORDS);

/**
 * The name two organisations are compared by: case, diacritics, whitespace,
 * punctuation and legal-form words (see `LEGAL_FORM_WORDS`) do not count.
 * "Stichting Veilig Thuis Twente" and "veilig  thuis twente" give the same
 * key; a name made only of legal-form words keeps them.
 */
export function normaliseOrganisationName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/&/g, ' en ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter((w) => !LEGAL_FORMS.has(w));
  return (meaningful.length ? meaningful : words).join(' ');
}

/** KvK number: exactly 8 digits (Handelsregister). */
export const KVK_NUMBER_PATTERN = /^\d{8}$/;
/** OIN (Organisatie-identificatienummer, Logius): exactly 20 digits. */
export const OIN_PATTERN = /^\d{20}$/;
