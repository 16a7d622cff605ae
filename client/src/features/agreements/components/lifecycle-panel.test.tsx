import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { agreementSummary } from '../../../testing/fixtures.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { AgreementFacts } from './agreement-facts.tsx';
import { LifecyclePanel } from './lifecycle-panel.tsx';

afterEach(cleanup);

const agreement = (overrides: Partial<Agreement>): Agreement => ({
  ...agreementSummary(),
  legalRegime: null,
  initialTermMonths: null,
  noticePeriod: null,
  maxRenewals: null,
  reviewDate: null,
  alertLeadDays: null,
  ownerEmail: null,
  deputyEmail: null,
  noticeGivenDate: null,
  decision: null,
  terminationDate: null,
  notes: null,
  source: null,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  parties: [],
  relations: [],
  wooCategory: 'none',
  wooPublication: { state: 'not_required', publishedOn: null, url: null, grounds: [], documentVersionId: null },
  retentionRuleId: null,
  legalHold: null,
  destroyed: false,
  ...overrides,
});

const rowText = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

describe('words that agree with the engine, on the agreement page', () => {
  it('says when notice would end an indefinite agreement instead of "opzegdatum onbekend"', () => {
    renderWithApp(
      <LifecyclePanel
        agreement={agreement({ startDate: '2019', termKind: 'indefinite', noticePeriod: { value: 3, unit: 'month' }, status: 'active', computedOn: '2026-12-07' })}
      />,
    );
    expect(rowText('Uiterste opzegdatum')).toMatch(/^opzeggen kan altijd; bij opzegging vandaag eindigt zij op \d+ \w+ 2027$/);
    expect(screen.getByText(/^status actief: voor onbepaalde tijd; opzeggen kan altijd/)).toBeTruthy();
  });

  it("calls a tacitly renewing agreement near its deadline what it is, with the alert's lead time", () => {
    const a = agreement({
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      termKind: 'fixed',
      noticePeriod: { value: 3, unit: 'month' },
      tacitRenewal: true,
      renewalPeriod: { value: 1, unit: 'year' },
      status: 'expiring',
      noticeDeadline: '2026-09-30',
      currentTermEnd: '2026-12-31',
      computedOn: '2026-09-10',
    });
    renderWithApp(<LifecyclePanel agreement={a} />);
    expect(rowText('Status')).toContain('Wordt stilzwijgend verlengd, tenzij opgezegd');
    expect(document.body.textContent).toContain('signaleringstermijn van 30 dagen');
    expect(document.body.textContent).not.toContain('180');
    expect(document.body.textContent).not.toContain('Loopt binnenkort af');
  });

  it('shows the end that follows from start and term instead of "onbekend" beside the current term', () => {
    renderWithApp(<AgreementFacts agreement={agreement({ startDate: '2025-01-01', termKind: 'fixed', initialTermMonths: 24, currentTermEnd: '2026-12-31' })} />);
    expect(rowText('Einddatum')).toContain('31 december 2026');
    expect(rowText('Einddatum')).toContain('berekend: ingangsdatum + looptijd');
  });
});
