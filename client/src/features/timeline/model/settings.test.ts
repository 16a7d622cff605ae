import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMELINE_SETTINGS, settingsFromSearch, settingsToSearch } from './settings.ts';

describe('timeline settings in the URL', () => {
  it('reads lanes, zoom and view, ignoring unknown values', () => {
    expect(settingsFromSearch(new URLSearchParams('lanes=organisation&zoom=months&view=table'))).toEqual({ grouping: 'organisation', zoom: 'months', mode: 'table' });
    expect(settingsFromSearch(new URLSearchParams('lanes=planets&zoom=eons'))).toEqual(DEFAULT_TIMELINE_SETTINGS);
  });

  it('keeps the register filters and writes only what differs from the defaults', () => {
    const params = settingsToSearch(new URLSearchParams('collaboration=RTR&status=active&zoom=months'), { ...DEFAULT_TIMELINE_SETTINGS, grouping: 'type' });
    expect(params.toString()).toBe('collaboration=RTR&status=active&lanes=type');
  });
});
