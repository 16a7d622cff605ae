import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findAgreement } from './support/api.ts';
import { expectNoAxeViolations, openPage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';
const SUBPROCESSOR = 'Subverwerkersovereenkomst VRT en RJ Security (RTR)';

interface Box {
  id: string;
  x: number;
  y: number;
}

/** The drawn node of the agreement or organisation with this exact title or name, with its position on screen. */
async function node(page: Page, name: string): Promise<Box> {
  const el = page.locator(`.akk-chain-svg a[data-node][data-name="${name}"]`).first();
  const id = (await el.getAttribute('data-node')) as string;
  const box = await el.boundingBox();
  if (!box) throw new Error(`node ${name} has no box`);
  return { id, x: box.x, y: box.y };
}

/** The label of the party edge between an agreement and an organisation (either direction). */
async function roleBetween(page: Page, a: string, b: string): Promise<string | null> {
  return page.evaluate(
    ([x, y]) => {
      for (const g of Array.from(document.querySelectorAll<SVGGElement>('.akk-chain-svg [data-edge-label][data-role]'))) {
        const { source, target } = g.dataset;
        if ((source === x && target === y) || (source === y && target === x)) return g.textContent;
      }
      return null;
    },
    [a, b],
  );
}

/** Issue 6: RTR's chain graph and impact mode in real Chromium. */
describe.runIf(inject('chromium'))('the chain graph', () => {
  const app = useSignedInApp({ width: 1280, height: 1000, failOnPageProblems: true });
  let processorId: number;

  beforeAll(async () => {
    processorId = (await findAgreement(app.page.request, PROCESSOR)).id;
  });

  it('reads RTR at a glance: police (controller) → VRT (processor) → security firm (sub-processor), left to right', async () => {
    await openPage(app.page, `/agreements/${processorId}/chain`, `Keten van ${PROCESSOR}`);
    await app.page.locator('.akk-chain[data-layout="ready"] .akk-chain-svg').waitFor();
    await app.page.getByRole('button', { name: 'Ware grootte' }).click();
    const police = await node(app.page, 'Politie');
    const processor = await node(app.page, PROCESSOR);
    const vrt = await node(app.page, 'Veiligheidsregio Twente');
    const sub = await node(app.page, SUBPROCESSOR);
    const rj = await node(app.page, 'RJ Security');
    expect(police.x).toBeLessThan(processor.x);
    expect(processor.x).toBeLessThan(vrt.x);
    expect(vrt.x).toBeLessThan(sub.x);
    expect(sub.x).toBeLessThan(rj.x);
    await expect(roleBetween(app.page, police.id, processor.id)).resolves.toBe('verwerkingsverantwoordelijke');
    await expect(roleBetween(app.page, processor.id, vrt.id)).resolves.toBe('verwerker');
    await expect(roleBetween(app.page, vrt.id, sub.id)).resolves.toBe('verwerker');
    await expect(roleBetween(app.page, sub.id, rj.id)).resolves.toBe('subverwerker');
    // The processor agreement covers the sub-processor agreement.
    await app.page.locator(`.akk-chain-svg [data-edge-label][data-relation="covers"][data-source="${processor.id}"][data-target="${sub.id}"]`).waitFor();
  });

  it('shows the rule findings with their explanation, in the graph and in words', async () => {
    const sub = app.page.locator(`.akk-chain-svg a[data-node][data-name="${SUBPROCESSOR}"]`);
    await expect(sub.getAttribute('data-violations')).resolves.toBe('1');
    await expect(app.page.locator(`.akk-chain-svg [data-for="${await sub.getAttribute('data-node')}"]`).textContent()).resolves.toContain('1 waarschuwing');
    await expect(sub.getAttribute('aria-label')).resolves.toMatch(/Waarschuwing: .*begint mogelijk vóór/);
    await app.page.locator('.akk-chain-finding[data-severity="warning"]', { hasText: 'begint mogelijk vóór' }).waitFor();
    await expectNoAxeViolations(app.page);
  });

  it('impact mode on the processor agreement lights up the sub-processor agreement with its path', async () => {
    await app.page.getByLabel('Als deze overeenkomst eindigt').selectOption({ label: PROCESSOR });
    await app.page.getByLabel('op (laatste dag)').fill('2026-12-31');
    await app.page.getByRole('button', { name: 'Toon de gevolgen' }).click();
    const sub = app.page.locator(`.akk-chain-svg a[data-node][data-lost][data-name="${SUBPROCESSOR}"]`);
    await sub.waitFor();
    await expect(app.page.locator(`.akk-chain-svg [data-for="${await sub.getAttribute('data-node')}"]`).textContent()).resolves.toMatch(/verliest (mogelijk )?grondslag/);
    await app.page.locator(`.akk-chain-svg a[data-node][data-ending][data-name="${PROCESSOR}"]`).waitFor();
    await app.page.locator('.akk-chain-svg path[data-on-path]').first().waitFor();
    const result = app.page.locator('[data-impact-agreement]', { hasText: SUBPROCESSOR });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(`${PROCESSOR} → ${SUBPROCESSOR}`);
    await app.page.getByText(/verliest 1 overeenkomst haar grondslag|verliezen \d+ overeenkomsten hun grondslag/).waitFor();
    // Only the sub-processor agreement (and what rests on it) loses its basis; the police–VRT cooperation does not.
    await expect(app.page.locator('.akk-chain-svg a[data-node][data-lost][data-name="Samenwerkingsovereenkomst politie en VRT (RTR)"]').count()).resolves.toBe(0);
    await expectNoAxeViolations(app.page);
  });

  it('offers the same content as tables, reachable by keyboard', async () => {
    await app.page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const table = app.page.getByRole('table', { name: /overeenkomsten in de keten/ });
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(5);
    const row = table.locator('tbody tr', { has: app.page.getByRole('rowheader', { name: new RegExp(PROCESSOR.replace(/[()]/g, '\\$&')) }) });
    await expect(row.textContent()).resolves.toMatch(/Politie — verwerkingsverantwoordelijke.*Veiligheidsregio Twente — verwerker/);
    await expect(row.textContent()).resolves.toContain('eindigt');
    const subRow = table.locator('tbody tr', { has: app.page.getByRole('rowheader', { name: new RegExp(SUBPROCESSOR.replace(/[()]/g, '\\$&')) }) });
    await expect(subRow.textContent()).resolves.toMatch(/RJ Security — subverwerker.*verliest/);
    await app.page
      .getByRole('table', { name: 'Organisaties in de keten' })
      .getByRole('rowheader', { name: /RJ Security/ })
      .waitFor();
    await expectNoAxeViolations(app.page);
    await app.page.getByRole('button', { name: 'Schema' }).click();
    await app.page.locator('.akk-chain-svg').waitFor();
  });

  it('lets the keyboard reach every node in reading order', async () => {
    await app.page.locator('.akk-chain__frame').focus();
    const labels: string[] = [];
    for (let i = 0; i < 4; i++) {
      await app.page.keyboard.press('Tab');
      labels.push(await app.page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? ''));
    }
    expect(labels.every((l) => l.startsWith('agreement:') || l.startsWith('organisation:'))).toBe(true);
  });

  it('draws the chain on the collaboration page too', async () => {
    await app.page.goto('/collaborations/RTR');
    await app.page.getByRole('heading', { level: 2, name: 'Keten' }).waitFor();
    await app.page.locator('section[aria-labelledby="chain-title"] .akk-chain-svg a[data-node]').first().waitFor();
    await expect(app.page.locator('section[aria-labelledby="chain-title"] .akk-chain-svg a[data-agreement-id]').count()).resolves.toBe(5);
    await app.page.locator('section[aria-labelledby="timeline-title"] .akk-tl-body a[data-agreement-id]').first().waitFor();
    await expectNoAxeViolations(app.page);
  });

  it("draws ZVHT's chain and timeline for KMT, which has no agreements of its own", async () => {
    await app.page.goto('/collaborations/KMT');
    await app.page.getByRole('heading', { level: 2, name: 'Keten' }).waitFor();
    const chain = app.page.locator('section[aria-labelledby="chain-title"] .akk-chain-svg a[data-agreement-id]');
    await chain.first().waitFor();
    await expect(chain.count()).resolves.toBe(3);
    await app.page.locator('section[aria-labelledby="timeline-title"] .akk-timeline[data-agreements="3"]').waitFor();
    await expectNoAxeViolations(app.page);
  });
});
