import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openPage, switchLanguage } from './support/steps.ts';
import { useSignedInApp } from './support/suite.ts';

const PROCESSOR = 'Verwerkersovereenkomst politie en VRT (RTR)';

/** The agreement ids drawn per lane (data-lane on every bar). */
async function barsByLane(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const a of Array.from(document.querySelectorAll<SVGAElement>('.akk-tl-body a[data-agreement-id]'))) {
      const lane = a.dataset.lane ?? '?';
      (out[lane] ??= []).push(a.getAttribute('aria-label')?.split('. ')[0] ?? '');
    }
    for (const list of Object.values(out)) list.sort();
    return out;
  });
}

/** Issue 6: the timeline on the Twente register in real Chromium. */
describe.runIf(inject('chromium'))('the timeline', () => {
  const app = useSignedInApp({ width: 1280, height: 1000, failOnPageProblems: true });

  it('shows the ten agreements of the Twente register in their collaboration lanes', async () => {
    await openPage(app.page, '/timeline', 'Tijdlijn');
    await app.page.locator('.akk-timeline[data-agreements="10"] .akk-tl-body a[data-agreement-id]').first().waitFor();
    const lanes = await barsByLane(app.page);
    expect(Object.keys(lanes).sort()).toEqual(['IVZ', 'RTR', 'ZVHT']);
    expect(lanes.IVZ).toHaveLength(2);
    expect(lanes.ZVHT).toHaveLength(3);
    expect(lanes.RTR).toHaveLength(5);
    expect(lanes.RTR).toContain(PROCESSOR);
    // Each lane is a labelled group for screen readers.
    await app.page.locator('[data-lane-group="RTR"][role="group"][aria-label*="5 overeenkomsten"]').waitFor();
  });

  it('draws the partial dates honestly: the start year fades in, the unknown end fades out and says so', async () => {
    const bar = app.page.locator(`.akk-tl-body a[data-agreement-id][aria-label^="${PROCESSOR}."]`).first();
    await expect(bar.locator('g[mask*="fade-in"]').count()).resolves.toBeGreaterThan(0);
    await expect(bar.locator('g[mask*="fade-out"]').count()).resolves.toBeGreaterThan(0);
    const key = (await bar.getAttribute('data-key')) as string;
    const drawnText = app.page.locator(`.akk-tl-bar-text[data-for="${key}"]`);
    await expect(drawnText.textContent()).resolves.toContain(PROCESSOR);
    await expect(drawnText.textContent()).resolves.toContain('einde onbekend');
    await expect(bar.getAttribute('aria-label')).resolves.toMatch(/Ingang: 2023.*Einde huidige looptijd: einde onbekend/);
    // The legend explains it in words, not only with colour.
    await app.page.getByText('Einde onbekend of alleen bekend tot op jaar of maand: vervaagt uit').waitFor();
    await app.page.locator('.akk-tl-body .akk-tl-today').waitFor({ state: 'attached' });
  });

  it('shows the facts on keyboard focus and opens the agreement with Enter', async () => {
    await app.page.locator('.akk-tl-scroller').focus();
    await app.page.keyboard.press('ArrowDown');
    const focusedLabel = await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focusedLabel).not.toBe('');
    await app.page.locator('.akk-tl-tooltip').waitFor();
    // Move to the RTR lane's processor agreement with the arrow keys.
    for (let i = 0; i < 12; i++) {
      const label = await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith(PROCESSOR)) break;
      await app.page.keyboard.press('ArrowDown');
    }
    await expect(app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).resolves.toMatch(new RegExp(`^${PROCESSOR.replace(/[()]/g, '\\$&')}`));
    await expect(app.page.locator('.akk-tl-tooltip').textContent()).resolves.toContain(PROCESSOR);
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: PROCESSOR }).waitFor();
    await app.page.goBack();
    await app.page.locator('.akk-timeline[data-agreements="10"]').waitFor();
  });

  it('switches lanes to organisations, zooms and pans', async () => {
    await app.page.getByLabel('Banen per').selectOption('organisation');
    await app.page.locator('.akk-timeline[data-grouping="organisation"]').waitFor();
    expect(app.page.url()).toMatch(/lanes=organisation/);
    const politie = app.page.locator('[data-lane-group][aria-label="Politie: 2 overeenkomsten"] a[data-agreement-id]');
    await expect(politie.count()).resolves.toBe(2);
    await app.page.locator(`[data-lane-group][aria-label="Politie: 2 overeenkomsten"] a[aria-label^="${PROCESSOR}."]`).waitFor();
    await app.page.getByRole('button', { name: 'Maanden' }).click();
    await app.page.locator('.akk-tl-chart[data-zoom="months"]').waitFor();
    await expect(app.page.getByRole('button', { name: 'Maanden' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await app.page.getByRole('button', { name: 'Vandaag' }).click();
    await app.page.getByRole('button', { name: 'Jaren' }).click();
    await app.page.locator('.akk-tl-chart[data-zoom="years"]').waitFor();
  });

  it('uses the register filters (same URL parameters)', async () => {
    await app.page.goto('/timeline?collaboration=RTR');
    await app.page.locator('.akk-timeline[data-agreements="5"]').waitFor();
    expect(Object.keys(await barsByLane(app.page))).toEqual(['RTR']);
    await app.page.getByRole('link', { name: 'Dezelfde selectie in het register' }).click();
    await app.page.waitForURL(/\/agreements\?collaboration=RTR/);
    await app.page.getByText('5 overeenkomsten').first().waitFor();
  });

  it('is one click away from the register, with the same filters', async () => {
    await app.page.goto('/agreements?collaboration=ZVHT');
    await app.page.getByText('3 overeenkomsten').first().waitFor();
    await app.page.getByRole('link', { name: 'Bekijk op de tijdlijn' }).click();
    await app.page.waitForURL(/\/timeline\?collaboration=ZVHT/);
    await app.page.locator('.akk-timeline[data-agreements="3"] .akk-tl-body a[data-agreement-id]').first().waitFor();
  });

  it('is embedded on the organisation page, lanes by collaboration, and passes axe there', async () => {
    const orgs = (await (await app.page.request.get('/api/organisations')).json()) as { id: number; name: string }[] | { items: { id: number; name: string }[] };
    const list = Array.isArray(orgs) ? orgs : orgs.items;
    const vrt = list.find((o) => o.name === 'Veiligheidsregio Twente')!;
    await app.page.goto(`/organisations/${vrt.id}`);
    const section = app.page.locator('section[aria-labelledby="timeline-title"]');
    await section.locator('.akk-tl-body a[data-agreement-id]').first().waitFor();
    await expect(section.locator('[data-lane-group]').count()).resolves.toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(app.page);
  });

  it('passes axe (WCAG 2.1 AA) on the chart, and offers the same content as a table', async () => {
    await app.page.goto('/timeline');
    await app.page.locator('.akk-timeline[data-agreements="10"] .akk-tl-body a[data-agreement-id]').first().waitFor();
    await expectNoAxeViolations(app.page);
    await app.page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const table = app.page.getByRole('table', { name: /Tijdlijn: overeenkomsten per samenwerking/ });
    await table.waitFor();
    await expect(table.locator('tbody tr[data-agreement-id]').count()).resolves.toBe(10);
    await expect(table.locator('tbody[data-lane="RTR"] tr[data-agreement-id]').count()).resolves.toBe(5);
    await expect(table.getByRole('rowheader', { name: PROCESSOR }).count()).resolves.toBe(1);
    await expectNoAxeViolations(app.page);
    await app.page.getByRole('button', { name: 'Tijdlijn', exact: true }).click();
  });

  it('exports the timeline as SVG', async () => {
    await app.page.locator('.akk-tl-body a[data-agreement-id]').first().waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tijdlijn-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(PROCESSOR);
    expect(svg).toContain('einde onbekend');
  });

  it('is in English too', async () => {
    await switchLanguage(app.page, 'English', 'Timeline');
    await expect(app.page.locator('.akk-tl-body').textContent()).resolves.toContain('end unknown');
    await switchLanguage(app.page, 'Nederlands', 'Tijdlijn');
  });
});
