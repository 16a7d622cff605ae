import { describe, expect, it } from 'vitest';
import type { User } from '@akkoord/shared/schemas/user';
import { createTranslate } from '../../lib/i18n/translate.ts';
import { emptyUserForm, toCreateInput, toUpdateInput, userFormFromUser, validateCreate, validateUpdate } from './user-form-values.ts';

const t = createTranslate('nl');
const user: User = {
  id: 2,
  email: 'jurist@vrt.nl',
  name: 'Jurist',
  role: 'legal',
  collaborationScope: ['RTR'],
  locale: 'nl',
  deputyEmail: null,
  active: true,
  lockedUntil: null,
  mustChangePassword: false,
  lastSignInAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
};

describe('account form values', () => {
  it('creates with the server defaults for what was left blank', () => {
    const body = toCreateInput({ ...emptyUserForm(), email: ' Nieuw@VRT.nl ', role: 'manager' });
    expect(body).toEqual({ email: 'Nieuw@VRT.nl', role: 'manager', locale: 'nl' });
    expect(validateCreate(body, t).input).toEqual({ email: 'nieuw@vrt.nl', role: 'manager', locale: 'nl' });
  });

  it('says in words what is wrong with the e-mail address', () => {
    const { errors, input } = validateCreate(toCreateInput({ ...emptyUserForm(), email: 'geen-adres' }), t);
    expect(input).toBeNull();
    expect(errors.email).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  });

  it('sends only the changes, with the version that was read', () => {
    const values = { ...userFormFromUser(user), role: 'admin' as const, scope: [] };
    expect(toUpdateInput(user, values)).toEqual({ role: 'admin', collaborationScope: null, version: 3 });
    expect(validateUpdate(toUpdateInput(user, values), t).errors).toEqual({});
  });

  it('sends nothing when nothing changed (scope order and e-mail case do not count)', () => {
    const multi = { ...user, collaborationScope: ['RTR', 'ZVHT'] };
    expect(toUpdateInput(multi, { ...userFormFromUser(multi), email: 'JURIST@vrt.nl', scope: ['ZVHT', 'RTR'] })).toEqual({});
  });

  it('clears the deputy with null', () => {
    const withDeputy = { ...user, deputyEmail: 'plv@vrt.nl' };
    expect(toUpdateInput(withDeputy, { ...userFormFromUser(withDeputy), deputyEmail: '  ' })).toEqual({ deputyEmail: null, version: 3 });
  });
});
