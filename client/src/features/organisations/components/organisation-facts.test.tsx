import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import { renderWithApp } from '../../../testing/render.tsx';
import { OrganisationFacts } from './organisation-facts.tsx';

afterEach(cleanup);

/** The police, a member of RTR and of ZVHT. */
const POLICE: OrganisationDetail = {
  id: 5,
  key: 'politie',
  name: 'Politie Oost-Nederland',
  shortName: null,
  kind: 'police',
  cbsCode: null,
  population: null,
  notes: null,
  kvkNumber: null,
  oin: null,
  parentId: null,
  version: 1,
  parent: null,
  agreements: [],
  collaborations: [
    { code: 'RTR', name: 'Regionale Taskforce Risico’s', role: 'member', restricted: false },
    { code: 'ZVHT', name: 'Zorg- en Veiligheidshuis Twente', role: 'partner', restricted: false },
  ],
};

/** axe's WCAG 2.1 A/AA rules that do not need a real layout (colour contrast is checked in the browser suite). */
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('the collaborations of an organisation', () => {
  it('are plain text, saying why, where they lie outside the user\'s collaborations: their pages would answer "not found"', async () => {
    const { container } = renderWithApp(<OrganisationFacts organisation={POLICE} canOpenCollaboration={(code) => code === 'RTR'} />);
    expect(screen.getByRole('link', { name: 'Regionale Taskforce Risico’s' }).getAttribute('href')).toBe('/collaborations/RTR');
    const zvht = screen.getByText('Zorg- en Veiligheidshuis Twente (buiten uw samenwerkingsverbanden, geen inzage)');
    expect(zvht.closest('a')).toBeNull();
    expect(container.querySelector('a[href="/collaborations/ZVHT"]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('as the server sends them to a user limited to RTR: the others without code or name, in words with their role, never a link', async () => {
    const redacted: OrganisationDetail = { ...POLICE, collaborations: [POLICE.collaborations[0]!, { role: 'partner', restricted: true }, { role: 'funder', restricted: true }] };
    const { container } = renderWithApp(<OrganisationFacts organisation={redacted} canOpenCollaboration={(code) => code === 'RTR'} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/collaborations/RTR']);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining('Regionale Taskforce Risico’s'),
      'Samenwerkingsverband buiten uw samenwerkingsverbanden (geen inzage) (partner)',
      'Samenwerkingsverband buiten uw samenwerkingsverbanden (geen inzage) (financier)',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('are all links for an unlimited user', async () => {
    const { container } = renderWithApp(<OrganisationFacts organisation={POLICE} canOpenCollaboration={() => true} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/collaborations/RTR', '/collaborations/ZVHT']);
    expect(container.textContent).not.toContain('geen inzage');
    expect(await axeViolations(container)).toEqual([]);
  });
});
