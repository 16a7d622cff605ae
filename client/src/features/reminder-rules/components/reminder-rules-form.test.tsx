import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ReminderRules } from '@akkoord/shared/schemas/reminders';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import { ReminderRulesForm } from './reminder-rules-form.tsx';

const rules: ReminderRules = { noticeOffsets: [180, 90, 30, 7, 1], termEndOffsets: [90, 30], reviewOffsets: [30], escalationDays: 14 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const notice = () => screen.getByLabelText('Opzegdatum: dagen vooraf');
const escalation = () => screen.getByLabelText(/^Escalatie/);
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Regels opslaan' }));

describe('global reminder rules form', () => {
  it('checks the fields before asking the server and focuses the first wrong one', async () => {
    const calls = mockApi({});
    renderWithApp(<ReminderRulesForm rules={rules} />);
    fireEvent.change(notice(), { target: { value: '90, 7.5' } });
    fireEvent.change(escalation(), { target: { value: '400' } });
    save();
    await screen.findByText('Gebruik alleen hele getallen (dagen), gescheiden door komma’s.');
    expect(screen.getByText('Vul een getal tussen 0 en 365 in.')).toBeTruthy();
    expect(notice().getAttribute('aria-invalid')).toBe('true');
    expect(notice().getAttribute('aria-describedby')).toContain('-error');
    expect(document.activeElement).toBe(notice());
    expect(calls).toHaveLength(0);
  });

  it('sends the changed fields cleaned up and says it was saved', async () => {
    const calls = mockApi({ 'PATCH /api/reminders/rules': ({ body }) => ({ body: { ...rules, ...(body as object) } }) });
    renderWithApp(<ReminderRulesForm rules={rules} />);
    fireEvent.change(notice(), { target: { value: '30 120 30; 60' } });
    fireEvent.change(escalation(), { target: { value: ' 21 ' } });
    save();
    await screen.findByText('De herinneringsregels zijn opgeslagen.');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({ noticeOffsets: [120, 60, 30], escalationDays: 21 });
  });

  it("shows the server's field errors next to the field", async () => {
    mockApi({
      'PATCH /api/reminders/rules': () => ({
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          code: 'validation_failed',
          detail: 'Ongeldige invoer',
          errors: [{ field: 'body.escalationDays', message: 'Te groot volgens de server' }],
        },
      }),
    });
    renderWithApp(<ReminderRulesForm rules={rules} />);
    fireEvent.change(escalation(), { target: { value: '30' } });
    save();
    expect(await screen.findByText('Te groot volgens de server')).toBeTruthy();
    expect(escalation().getAttribute('aria-invalid')).toBe('true');
  });

  it('says so when nothing changed', async () => {
    const calls = mockApi({});
    renderWithApp(<ReminderRulesForm rules={rules} />);
    save();
    await screen.findByText('Er zijn geen wijzigingen om op te slaan.');
    expect(calls).toHaveLength(0);
  });
});
