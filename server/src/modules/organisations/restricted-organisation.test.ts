import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { organisationDetailSchema } from '@akkoord/shared/schemas/organisation';
import { createTestApp, type TestApp } from '../../test/harness.ts';

/*
 * An organisation's page names the collaborations it takes part in. For a
 * user limited to RTR, the others keep their place (the organisation does
 * take part in them) but not their code or name (decisions 023 and 033).
 */

let t: TestApp;
let almelo: number;

beforeAll(async () => {
  t = await createTestApp();
  almelo = ((await t.agent.get('/api/organisations')).body as { id: number; name: string }[]).find((o) => o.name === 'Gemeente Almelo')!.id;
});
afterAll(() => t.close());

describe('GET /api/organisations/:id', () => {
  test('to a viewer limited to RTR: RTR by code and name, IVZ and KMT only as restricted, with their role', async () => {
    const viewer = await t.signIn({ role: 'viewer', email: 'rtr-kijker@vrt.nl', scope: ['RTR'] });
    const res = await viewer.agent.get(`/api/organisations/${almelo}`);
    expect(res.status).toBe(200);
    expect(organisationDetailSchema.safeParse(res.body).success).toBe(true);
    for (const leak of ['IVZ', 'KMT', 'ZVHT', 'Platform Integrale Veiligheidszorg', 'Kenniscentrum Mensenhandel']) expect(res.text, leak).not.toContain(leak);
    expect(res.body.collaborations).toEqual([
      { code: 'RTR', name: 'Regionale Toezicht Ruimte (cameratoezicht)', role: 'member', restricted: false },
      { code: 'RTR', name: 'Regionale Toezicht Ruimte (cameratoezicht)', role: 'funder', restricted: false },
      { role: 'member', restricted: true },
      { role: 'member', restricted: true },
    ]);
  });

  test('to an unlimited user: every collaboration by code and name', async () => {
    const res = await t.agent.get(`/api/organisations/${almelo}`);
    expect(res.body.collaborations.map((c: { code: string }) => c.code)).toEqual(['IVZ', 'KMT', 'RTR', 'RTR']);
    expect(res.body.collaborations.every((c: { restricted: boolean }) => c.restricted === false)).toBe(true);
  });
});
