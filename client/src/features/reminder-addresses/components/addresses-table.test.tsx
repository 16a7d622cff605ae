import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { renderWithApp } from '../../../testing/render.tsx';
import { AddressesTable } from './addresses-table.tsx';
import { CalendarUrlDialog } from './calendar-url-dialog.tsx';
import { teamAddressesByCode } from './team-addresses-table.tsx';

afterEach(cleanup);

const WITHIN: ReminderAddress = {
  id: 1,
  email: 'rtr-team@vrt.nl',
  kind: 'address',
  label: 'Team RTR',
  locale: 'nl',
  follows: [{ subjectKind: 'agreement', subjectId: 8, restricted: false, title: 'Verwerkersovereenkomst politie en VRT (RTR)' }],
  teamAddressOf: [{ collaborationId: 4, code: 'RTR', restricted: false }],
  calendarUrl: 'https://akkoord.test/cal/rtr.ics',
  reachesOutsideScope: false,
  createdAt: '2026-11-29T06:00:00.000Z',
};

/** A team mailbox that also follows a ZVHT agreement, as a legal advisor limited to RTR gets it. */
const REACHING_OUT: ReminderAddress = {
  ...WITHIN,
  id: 2,
  email: 'zorg-team@vrt.nl',
  label: 'Team zorg',
  follows: [WITHIN.follows[0]!, { subjectKind: 'agreement', subjectId: 11, restricted: true }],
  teamAddressOf: [],
  calendarUrl: null,
  reachesOutsideScope: true,
};

/** axe's WCAG 2.1 A/AA rules that do not need a real layout (colour contrast is checked in the browser suite). */
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('the address list for a user limited to some collaborations', () => {
  it('names a followed agreement outside them in words, without a link, and offers no edit or removal of that address', async () => {
    const { container } = renderWithApp(<AddressesTable addresses={[WITHIN, REACHING_OUT]} canManage canOpenCollaboration={(code) => code === 'RTR'} onAction={vi.fn()} />);
    const [, within1, outside] = screen.getAllByRole('row');
    expect(outside!.textContent).toContain('Overeenkomst buiten uw samenwerkingsverbanden (nr. 11)');
    expect(outside!.textContent).toContain('Bereikt ook overeenkomsten buiten uw samenwerkingsverbanden');
    expect(container.querySelector('a[href="/agreements/11"]')).toBeNull();
    expect(within(outside!).getByRole('link', { name: 'Verwerkersovereenkomst politie en VRT (RTR)' }).getAttribute('href')).toBe('/agreements/8');
    expect(
      within(outside!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Agenda-URL zorg-team@vrt.nl']);
    // An address within them stays fully manageable.
    expect(
      within(within1!)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Agenda-URL rtr-team@vrt.nl', 'Bewerken rtr-team@vrt.nl', 'Verwijderen rtr-team@vrt.nl']);
    expect(within1!.textContent).not.toContain('buiten uw samenwerkingsverbanden');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why the calendar URL is withheld, and offers no new one', async () => {
    renderWithApp(<CalendarUrlDialog address={REACHING_OUT} canManage onRegenerate={vi.fn()} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('De agenda van dit adres toont ook overeenkomsten buiten uw samenwerkingsverbanden');
    expect(dialog.textContent).not.toContain('/cal/');
    expect(within(dialog).queryByRole('button', { name: 'Nieuwe URL maken' })).toBeNull();
    expect(await axeViolations(dialog)).toEqual([]);
  });
});

/** A team mailbox following two collaborations: RTR, and ZVHT (titled "CODE — name", as the server sends them). */
const FOLLOWS_COLLABORATIONS: ReminderAddress = {
  ...WITHIN,
  id: 3,
  email: 'veiligheid@vrt.nl',
  label: null,
  follows: [
    { subjectKind: 'collaboration', subjectId: 1, restricted: false, title: 'RTR — Regionale Taskforce Risico’s' },
    { subjectKind: 'collaboration', subjectId: 3, restricted: false, title: 'ZVHT — Zorg- en Veiligheidshuis Twente' },
  ],
  teamAddressOf: [],
};

describe('what the server withholds from a user limited to RTR', () => {
  /** A mailbox following KMT and serving as team address of ZVHT and RTR, as the server sends it to an RTR-only advisor. */
  const REDACTED: ReminderAddress = {
    ...WITHIN,
    id: 4,
    email: 'kmt-team@vrt.nl',
    label: null,
    follows: [{ subjectKind: 'collaboration', subjectId: 3, restricted: true }],
    teamAddressOf: [
      { collaborationId: 2, restricted: true },
      { collaborationId: 4, code: 'RTR', restricted: false },
    ],
    calendarUrl: null,
    reachesOutsideScope: true,
  };

  it('names a followed collaboration and a team-address role outside RTR in words, without code or link', async () => {
    const { container } = renderWithApp(<AddressesTable addresses={[REDACTED]} canManage canOpenCollaboration={(code) => code === 'RTR'} onAction={vi.fn()} />);
    const row = screen.getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Samenwerkingsverband buiten uw samenwerkingsverbanden (geen inzage)');
    expect(row.textContent).toContain('Teamadres van een samenwerkingsverband buiten uw samenwerkingsverbanden, RTR');
    expect(within(row).queryAllByRole('link')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists team addresses only by the codes it may see', () => {
    expect([...teamAddressesByCode([REDACTED]).entries()]).toEqual([['RTR', 'kmt-team@vrt.nl']]);
  });

  it('explains that no calendar URL is shown to a limited account, and still offers a new one for an address within RTR', async () => {
    renderWithApp(<CalendarUrlDialog address={{ ...WITHIN, calendarUrl: null }} canManage limited onRegenerate={vi.fn()} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Agenda-URL’s van adressen ziet alleen een account dat niet tot samenwerkingsverbanden is beperkt');
    expect(dialog.textContent).not.toContain('geen agenda-URL');
    expect(within(dialog).getByRole('button', { name: 'Nieuwe URL maken' })).toBeTruthy();
    expect(await axeViolations(dialog)).toEqual([]);
  });
});

describe('a followed collaboration on the address list', () => {
  it("is plain text, saying why, when it lies outside the user's collaborations; one within them stays a link", async () => {
    const { container } = renderWithApp(<AddressesTable addresses={[FOLLOWS_COLLABORATIONS]} canManage canOpenCollaboration={(code) => code === 'RTR'} onAction={vi.fn()} />);
    const row = screen.getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'RTR — Regionale Taskforce Risico’s' }).getAttribute('href')).toBe('/collaborations/RTR');
    const zvht = within(row).getByText('ZVHT — Zorg- en Veiligheidshuis Twente (buiten uw samenwerkingsverbanden, geen inzage)');
    expect(zvht.closest('a')).toBeNull();
    expect(container.querySelector('a[href="/collaborations/ZVHT"]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('links every collaboration for an unlimited user', async () => {
    const { container } = renderWithApp(<AddressesTable addresses={[FOLLOWS_COLLABORATIONS]} canManage canOpenCollaboration={() => true} onAction={vi.fn()} />);
    const row = screen.getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/collaborations/RTR', '/collaborations/ZVHT']);
    expect(row.textContent).not.toContain('geen inzage');
    expect(await axeViolations(container)).toEqual([]);
  });
});
