import { describe, expect, it } from 'vitest';
import { createAgreementSchema, listAgreementsQuerySchema, updateAgreementSchema } from './agreement.ts';

describe('agreement schemas', () => {
  it('accept a minimal agreement and keep unknown values absent', () => {
    const parsed = createAgreementSchema.parse({ type: 'service', title: '  DVO  ' });
    expect(parsed).toEqual({ type: 'service', title: 'DVO' });
  });

  it('accept partial dates at every precision and upper-case collaboration codes', () => {
    const parsed = createAgreementSchema.parse({ type: 'processor', title: 'x', startDate: '2019', endDate: '2024-03', collaborationCode: 'rtr' });
    expect(parsed).toMatchObject({ startDate: '2019', endDate: '2024-03', collaborationCode: 'RTR' });
  });

  it('name every bad field', () => {
    const result = createAgreementSchema.safeParse({ type: 'lease', title: '', startDate: '2019-02-29', noticePeriod: { value: 0, unit: 'fortnight' }, unknown: 1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys.join() : i.path.join('.'))).sort();
    expect(paths).toEqual(['noticePeriod.unit', 'noticePeriod.value', 'startDate', 'title', 'type', 'unknown']);
  });

  it('refuse an end before the start, judged at the coarser precision', () => {
    expect(createAgreementSchema.safeParse({ type: 'service', title: 'x', startDate: '2019', endDate: '2018-12-31' }).success).toBe(false);
    expect(createAgreementSchema.safeParse({ type: 'service', title: 'x', startDate: '2019', endDate: '2019-01-01' }).success).toBe(true);
    expect(createAgreementSchema.safeParse({ type: 'service', title: 'x', startDate: '2019-06-15', endDate: '2019' }).success).toBe(true);
    expect(createAgreementSchema.safeParse({ type: 'service', title: 'x', termKind: 'indefinite', endDate: '2030' }).success).toBe(false);
  });

  it('let an update send only what changes', () => {
    expect(updateAgreementSchema.parse({ version: 3, notes: null })).toEqual({ version: 3, notes: null });
    expect(updateAgreementSchema.safeParse({ version: 0 }).success).toBe(false);
  });

  it('parse register queries from strings with defaults', () => {
    expect(listAgreementsQuerySchema.parse({})).toEqual({ archived: 'exclude', synthetic: 'include', sort: 'title', limit: 50 });
    expect(listAgreementsQuerySchema.parse({ type: 'service,processor', status: 'active', limit: '500', collaboration: 'rtr', party: '3' })).toMatchObject({
      type: ['service', 'processor'],
      status: ['active'],
      limit: 500,
      collaboration: 'RTR',
      party: 3,
    });
    for (const bad of [{ limit: '0' }, { limit: '501' }, { limit: 'x' }, { sort: 'colour' }, { from: '2026-13-01' }, { type: '' }]) {
      expect(listAgreementsQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
