import { describe, expect, it } from 'vitest';
import { changeRows, entityPath, valueText } from './vocabulary.ts';

describe('audit vocabulary', () => {
  it('links events to the page of their record when there is one', () => {
    expect(entityPath('agreement', '8')).toBe('/agreements/8');
    expect(entityPath('collaboration', 'RTR')).toBe('/collaborations/RTR');
    expect(entityPath('outbox_message', '3')).toBe('/admin/outbox/3');
    expect(entityPath('settings', 'reminders.rules')).toBeNull();
  });

  it('lists only the changed fields of an update, before and after', () => {
    const rows = changeRows({ before: { role: 'legal', name: 'Jan' }, after: { role: 'admin', name: 'Jan' }, changes: ['role'] });
    expect(rows).toEqual([{ field: 'role', before: 'legal', after: 'admin' }]);
  });

  it('lists every field of a snapshot without a change list (a creation)', () => {
    const rows = changeRows({ before: null, after: { email: 'a@vrt.nl', scope: ['RTR'], active: true }, changes: [] });
    expect(rows).toEqual([
      { field: 'email', before: '—', after: 'a@vrt.nl' },
      { field: 'scope', before: '—', after: '["RTR"]' },
      { field: 'active', before: '—', after: 'true' },
    ]);
  });

  it('shows missing values as a dash', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText('')).toBe('—');
    expect(valueText(0)).toBe('0');
  });
});
