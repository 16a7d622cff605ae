import { expect } from 'vitest';
import type { Clock } from '../../lib/clock.ts';
import type { TestApp } from '../../test/harness.ts';

/** A clock tests can move: a calendar day plus an instant on it that can be advanced. */
export interface MovableClock extends Clock {
  set(day: string): void;
  advance(ms: number): void;
}

export function movableClock(day: string): MovableClock {
  let current = day;
  let extra = 0;
  return {
    today: () => current,
    now: () => new Date(Date.parse(`${current}T05:00:00Z`) + extra),
    set(d: string) {
      current = d;
      extra = 0;
    },
    advance(ms: number) {
      extra += ms;
    },
  };
}

interface Summary {
  id: number;
  title: string;
  version: number;
}

/** The register row with this title (the Twente register has unique titles). */
export async function agreementByTitle(t: TestApp, title: string): Promise<Summary> {
  const res = await t.agent.get('/api/agreements?limit=500&archived=include');
  expect(res.status).toBe(200);
  const found = (res.body.items as Summary[]).find((a) => a.title === title);
  if (!found) throw new Error(`no agreement titled ${title}`);
  return found;
}

/** PATCHes an agreement through the API (with its current version and the CSRF header). */
export async function patchAgreement(
  t: TestApp,
  title: string,
  changes: Record<string, unknown>,
): Promise<{ id: number; noticeDeadline: string | null; currentTermEnd: string | null }> {
  const a = await agreementByTitle(t, title);
  const res = await t.agent
    .patch(`/api/agreements/${a.id}`)
    .set(t.headers)
    .send({ version: a.version, ...changes });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export const RTR_PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
export const ZVHT_DVO = 'Dienstverleningsovereenkomst ZVHT';
export const IVZ_BO = 'Bestuursovereenkomst Platform IVZ';
export const RTR_DVO_RJ = 'Dienstverleningsovereenkomst VRT en RJ Security (RTR)';

/**
 * The Twente register knows only start years; these give three agreements
 * dates so that on 2026-09-23 a notice deadline (7 days), a review (7 days)
 * and a term end (38 days) are due, all owned by the legal department.
 */
export async function giveTwenteDates(t: TestApp, owner = 'juridisch@vrt.nl'): Promise<{ processor: number; zvht: number; ivz: number }> {
  const p = await patchAgreement(t, RTR_PROCESSOR, {
    startDate: '2023-01-01',
    endDate: '2026-12-31',
    tacitRenewal: true,
    renewalPeriod: { value: 1, unit: 'year' },
    noticePeriod: { value: 3, unit: 'month' },
    ownerName: 'Juridische zaken VRT',
    ownerEmail: owner,
    deputyEmail: 'plaatsvervanger@vrt.nl',
  });
  const z = await patchAgreement(t, ZVHT_DVO, { startDate: '2018-11-01', endDate: '2026-10-31', tacitRenewal: false, ownerName: 'Juridische zaken VRT', ownerEmail: owner });
  const i = await patchAgreement(t, IVZ_BO, { reviewDate: '2026-09-30', ownerName: 'Juridische zaken VRT', ownerEmail: owner });
  return { processor: p.id, zvht: z.id, ivz: i.id };
}
