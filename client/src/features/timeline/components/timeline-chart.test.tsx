import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { toEpochDay } from '@akkoord/shared/dates/calendar-day';
import { I18nProvider } from '../../../lib/i18n/i18n-provider.tsx';
import { DEFAULT_LAYOUT, layoutTimeline } from '../model/lanes.ts';
import { makeAgreement } from '../model/test-agreement.ts';
import { LEVEL_SPANS } from '../model/zoom.ts';
import { LANE_GAP, ROW_HEIGHT } from './geometry.ts';
import { TimelineChart } from './timeline-chart.tsx';

const agreements = Array.from({ length: 2000 }, (_, i) =>
  makeAgreement({ id: i + 1, title: `Overeenkomst ${i + 1}`, collaborationCode: `C${i % 4}`, startDate: `${2000 + (i % 30)}-01-01`, endDate: `${2001 + (i % 30)}-12-31` }),
);
const layout = layoutTimeline(agreements, 'collaboration', { ...DEFAULT_LAYOUT, rowHeight: ROW_HEIGHT, laneGap: LANE_GAP });

function renderChart() {
  return render(
    <I18nProvider initial="nl">
      <MemoryRouter>
        <TimelineChart
          layout={layout}
          width={1000}
          initialView={{ start: toEpochDay('2010-01-01'), span: LEVEL_SPANS.years }}
          today={toEpochDay('2026-11-29')}
          laneHeading="Samenwerking"
          laneNameOf={(lane) => lane.key}
          laneCountOf={(lane) => `${lane.count} overeenkomsten`}
          labelOf={(bar) => bar.agreement.title}
          factsOf={() => ({ start: '2010', end: '2011', notice: null, review: null, renewal: null, parties: '' })}
          hrefOf={(id) => `/agreements/${id}`}
          onOpen={() => undefined}
          maxHeight={400}
          barTexts={{ endUnknown: 'einde onbekend', nextPeriod: 'verlenging', nextPeriodMaybe: 'verlenging?' }}
          axisTexts={{ today: 'vandaag', quarter: (q) => `K${q}`, month: (m) => String(m) }}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('TimelineChart', () => {
  it('puts only the bars near the view into the DOM, grouped per lane', () => {
    const { container } = renderChart();
    const bars = container.querySelectorAll('a[data-agreement-id]');
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.length).toBeLessThan(200);
    expect(container.querySelector('[data-lane-group="C0"][role="group"]')?.getAttribute('aria-label')).toBe('C0: 500 overeenkomsten');
    // one bar is in the tab order; the others are reached with the arrow keys
    expect(container.querySelectorAll('a[data-agreement-id][tabindex="0"]')).toHaveLength(1);
  });

  it('moves focus between bars with the arrow keys', () => {
    const { container } = renderChart();
    const scroller = container.querySelector<HTMLElement>('.akk-tl-scroller')!;
    scroller.focus();
    fireEvent.keyDown(scroller, { key: 'ArrowDown' });
    const first = document.activeElement?.getAttribute('data-key');
    expect(first).toMatch(/^\d+:\d+$/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const second = document.activeElement?.getAttribute('data-key');
    expect(second).toMatch(/^\d+:\d+$/);
    expect(second).not.toBe(first);
    expect(Number(second!.split(':')[0])).toBe(Number(first!.split(':')[0]) + 1);
  });

  it('draws the axis with year ticks and today', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('.akk-tl-axis-svg text')].map((t) => t.textContent);
    expect(labels).toContain('2012');
    expect(labels).toContain('Samenwerking');
  });
});
