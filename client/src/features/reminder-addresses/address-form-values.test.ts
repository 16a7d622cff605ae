import { describe, expect, it } from 'vitest';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { createTranslate } from '../../lib/i18n/translate.ts';
import { addressFormFrom, validateCreateAddress, validateTeamAddress, validateUpdateAddress } from './address-form-values.ts';

const t = createTranslate('nl');

const address: ReminderAddress = {
  id: 7,
  email: 'juridisch@vrt.nl',
  kind: 'address',
  label: 'Juridische Zaken',
  locale: 'nl',
  follows: [],
  teamAddressOf: [],
  calendarUrl: 'http://localhost/api/calendar/abc.ics',
  reachesOutsideScope: false,
  createdAt: '2026-11-29T06:00:00.000Z',
};

describe('address forms', () => {
  it('creates with a trimmed, lower-cased e-mail and leaves out a blank label', () => {
    expect(validateCreateAddress({ email: '  Team@VRT.nl ', label: '  ', locale: 'en' }, t)).toEqual({ errors: {}, input: { email: 'team@vrt.nl', locale: 'en' } });
    expect(validateCreateAddress({ email: 'team@vrt.nl', label: ' Team ', locale: 'nl' }, t).input).toEqual({ email: 'team@vrt.nl', label: 'Team', locale: 'nl' });
  });

  it('refuses an address that is not an e-mail address, in the user’s language', () => {
    const result = validateCreateAddress({ email: 'team', label: '', locale: 'nl' }, t);
    expect(result.input).toBeNull();
    expect(result.errors.email).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    expect(validateCreateAddress({ email: 'team@vrt.nl', label: 'x'.repeat(201), locale: 'nl' }, t).errors.label).toContain('200');
  });

  it('updates only what changed; a cleared label becomes null', () => {
    expect(validateUpdateAddress(address, addressFormFrom(address), t).input).toEqual({});
    expect(validateUpdateAddress(address, { ...addressFormFrom(address), label: '', locale: 'en' }, t).input).toEqual({ label: null, locale: 'en' });
  });

  it('reads a team address: blank removes it, else a valid e-mail', () => {
    expect(validateTeamAddress('  ', t)).toEqual({ errors: {}, email: null });
    expect(validateTeamAddress(' RTR@vrt.nl ', t)).toEqual({ errors: {}, email: 'rtr@vrt.nl' });
    expect(validateTeamAddress('rtr', t).email).toBeUndefined();
  });
});
