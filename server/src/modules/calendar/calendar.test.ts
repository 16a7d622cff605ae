import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { giveTwenteDates } from '../reminder-rules/reminders.testing.ts';

interface Component {
  name: string;
  props: Map<string, string>;
  children: Component[];
}

/** A small RFC 5545 reader: unfolds lines and nests BEGIN/END blocks (enough to check what clients read). */
function parseIcs(text: string): Component {
  expect(text.includes('\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: Component = { name: 'ROOT', props: new Map(), children: [] };
  const stack = [root];
  for (const line of lines) {
    const top = stack[stack.length - 1]!;
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'BEGIN') {
      const c: Component = { name: value, props: new Map(), children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (key === 'END') {
      expect(top.name).toBe(value);
      stack.pop();
    } else top.props.set(key, value.replace(/\\n/g, '\n').replace(/\\,/g, ',').replace(/\\;/g, ';'));
  }
  expect(stack).toHaveLength(1);
  return root.children[0]!;
}

let t: TestApp;
let ids: { processor: number; zvht: number; ivz: number };

beforeEach(async () => {
  t = await createTestApp({ today: '2026-09-23', env: { PUBLIC_URL: 'http://akkoord.test' } });
  ids = await giveTwenteDates(t, 'admin@akkoord.test');
});

afterEach(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;

describe('calendar feed', () => {
  test('a user’s feed has all-day events with alarms for the dates of agreements they own or follow', async () => {
    const me = await t.agent.get('/api/me/calendar');
    expect(me.status).toBe(200);
    expect(me.body.url).toMatch(/^http:\/\/akkoord\.test\/cal\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(me.body.webcalUrl).toBe(me.body.url.replace('http:', 'webcal:'));

    // Unauthenticated: the secret is the key (calendar clients cannot sign in).
    const res = await (await import('supertest')).default(t.app).get(pathOf(me.body.url));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(res.text);
    expect(cal.name).toBe('VCALENDAR');
    expect(cal.props.get('VERSION')).toBe('2.0');
    expect(cal.props.get('METHOD')).toBe('PUBLISH');
    const events = cal.children.filter((c) => c.name === 'VEVENT');
    const byUid = new Map(events.map((e) => [e.props.get('UID'), e]));
    const notice = byUid.get(`akkoord-${ids.processor}-notice_deadline@akkoord.test`)!;
    expect(notice.props.get('DTSTART;VALUE=DATE')).toBe('20260930');
    expect(notice.props.get('DTEND;VALUE=DATE')).toBe('20261001');
    expect(notice.props.get('SUMMARY')).toBe('Opzegdatum: Verwerkersovereenkomst politie en VRT (RTR)');
    expect(notice.props.get('DESCRIPTION')).toContain('opzegdatum 30-09-2026 = einde looptijd 31-12-2026 − opzegtermijn 3 maanden');
    expect([...notice.props].find(([k]) => k === 'URL' || k.startsWith('URL;'))?.[1]).toBe(`http://akkoord.test/agreements/${ids.processor}`);
    const alarm = notice.children.find((c) => c.name === 'VALARM')!;
    expect(alarm.props.get('ACTION')).toBe('DISPLAY');
    expect(alarm.props.get('TRIGGER')).toBe('-P14D');
    expect(byUid.get(`akkoord-${ids.zvht}-term_end@akkoord.test`)!.props.get('DTSTART;VALUE=DATE')).toBe('20261031');
    expect(byUid.get(`akkoord-${ids.ivz}-review@akkoord.test`)!.props.get('DTSTART;VALUE=DATE')).toBe('20260930');
    expect(events).toHaveLength(3);
  });

  test('a moved date moves the event (stable UID); a followed collaboration adds its agreements', async () => {
    const team = await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email: 'rtr-team@vrt.nl', label: 'Team RTR', locale: 'en' });
    expect(team.status).toBe(201);
    await t.agent.post('/api/collaborations/RTR/followers').set(t.headers).send({ email: 'rtr-team@vrt.nl' });
    const path = pathOf(team.body.calendarUrl);
    let events = parseIcs((await t.agent.get(path)).text).children.filter((c) => c.name === 'VEVENT');
    expect(events.map((e) => e.props.get('UID'))).toEqual([`akkoord-${ids.processor}-notice_deadline@akkoord.test`]);
    expect(events[0]!.props.get('SUMMARY')).toBe('Notice deadline: Verwerkersovereenkomst politie en VRT (RTR)');

    const a = await t.agent.get(`/api/agreements/${ids.processor}`);
    await t.agent.patch(`/api/agreements/${ids.processor}`).set(t.headers).send({ version: a.body.version, endDate: '2027-03-31' });
    events = parseIcs((await t.agent.get(path)).text).children.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(1);
    expect(events[0]!.props.get('DTSTART;VALUE=DATE')).toBe('20261231');
  });

  test('regenerating the secret: the old URL answers 404, the new one works', async () => {
    const old = (await t.agent.get('/api/me/calendar')).body.url as string;
    const fresh = await t.agent.post('/api/me/calendar/regenerate').set(t.headers).send();
    expect(fresh.status).toBe(200);
    expect(fresh.body.url).not.toBe(old);
    expect((await t.agent.get(pathOf(old))).status).toBe(404);
    expect((await t.agent.get(pathOf(fresh.body.url))).status).toBe(200);
    expect((await t.agent.get('/cal/nonsense.ics')).status).toBe(404);
    // A removed address's feed is gone too.
    const addr = await t.agent.post('/api/reminder-addresses').set(t.headers).send({ email: 'weg@vrt.nl' });
    expect((await t.agent.get(pathOf(addr.body.calendarUrl))).status).toBe(200);
    expect((await t.agent.delete(`/api/reminder-addresses/${addr.body.id}`).set(t.headers)).status).toBe(204);
    expect((await t.agent.get(pathOf(addr.body.calendarUrl))).status).toBe(404);
  });
});
