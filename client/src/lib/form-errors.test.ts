import { beforeAll, describe, expect, it } from 'vitest';
import { createAgreementSchema } from '@akkoord/shared/schemas/agreement';
import { ApiError } from './api-client.ts';
import { fieldErrorsOf, serverFieldErrors } from './form-errors.ts';
import { createTranslate } from './i18n/translate.ts';
import { loadDictionary } from './i18n/load-dictionary.ts';

beforeAll(() => loadDictionary('en'));

describe('field messages for control characters and common passwords (issue 15, items 9 and 10)', () => {
  it('word a title with a line break or a bidi override in the user’s language', () => {
    for (const title of ['Titel\r\nBcc: x@y.nl', 'Factuur \u202Efdp.exe']) {
      const result = createAgreementSchema.safeParse({ type: 'service', title });
      expect(fieldErrorsOf(result, createTranslate('nl')).title).toBe('Gebruik in dit veld geen regeleinden of onzichtbare stuurtekens.');
      expect(fieldErrorsOf(result, createTranslate('en')).title).toBe('Do not use line breaks or invisible control characters in this field.');
    }
  });

  it('word the server’s coded field errors in the user’s language, and keep the others as sent', () => {
    const error = new ApiError(
      422,
      {
        type: 'https://akkoord.dev/problems/validation-failed',
        title: 'Validatie mislukt',
        status: 422,
        code: 'validation_failed',
        detail: 'Een of meer velden kloppen niet',
        errors: [
          { field: 'body.password', message: 'Dit wachtwoord staat in de lijst…', code: 'common_password' },
          { field: 'body.name', message: 'Gebruik geen stuurtekens…', code: 'control_characters' },
          { field: 'body.email', message: 'Dit e-mailadres is al in gebruik', code: 'custom' },
        ],
      },
      null,
    );
    expect(serverFieldErrors(error, createTranslate('en'))).toEqual({
      password: expect.stringContaining('list of common and leaked passwords'),
      name: 'Do not use line breaks or invisible control characters in this field.',
      email: 'Dit e-mailadres is al in gebruik',
    });
    expect(serverFieldErrors(error).password).toBe('Dit wachtwoord staat in de lijst…');
  });
});
