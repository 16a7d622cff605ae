import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { I18nProvider } from '../../../lib/i18n/i18n-provider.tsx';
import { highlightFromImpact } from '../model/impact-highlight.ts';
import { RTR_CHAIN } from '../model/rtr-chain.testing.ts';
import { ChainTable } from './chain-table.tsx';
import { useChainFacts } from './use-chain-texts.ts';

function Table({ chain, impact }: { chain: Chain; impact?: boolean }) {
  const facts = useChainFacts(chain);
  const highlight = impact
    ? highlightFromImpact({
        agreementId: 8,
        on: '2026-12-31',
        items: [
          {
            agreement: { restricted: false, id: 10, type: 'subprocessor', title: 'Sub', collaborationCode: 'RTR', status: 'active', currentTermEnd: null },
            depth: 1,
            certainty: 'possible',
            agreementIds: [8, 10],
            path: [{ relationId: 1, sourceId: 8, kind: 'covers', targetId: 10, sourceTitle: 'VO', targetTitle: 'Sub' }],
            explanation: { nl: 'x', en: 'x' },
          },
        ],
      })
    : null;
  return <ChainTable chain={chain} facts={facts} order={new Map()} highlight={highlight} caption="Keten" />;
}

function renderTable(impact = false) {
  return render(
    <I18nProvider initial="nl">
      <MemoryRouter>
        <Table chain={RTR_CHAIN} impact={impact} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('ChainTable (the graph as tables)', () => {
  it('lists every agreement with its parties, roles, relations and findings', () => {
    const { container } = renderTable();
    const rows = container.querySelectorAll('tbody tr[data-agreement-id]');
    expect(rows).toHaveLength(5);
    const processor = container.querySelector('tr[data-agreement-id="8"]')!.textContent!;
    expect(processor).toContain('Politie — verwerkingsverantwoordelijke');
    expect(processor).toContain('Veiligheidsregio Twente — verwerker (afgeleid uit de bron)');
    expect(processor).toContain('Dekt: Subverwerkersovereenkomst VRT en RJ Security (RTR)');
    const sub = container.querySelector('tr[data-agreement-id="10"]')!.textContent!;
    expect(sub).toContain('Waarschuwing: Begint mogelijk vóór de dekkende overeenkomst.');
    expect(sub).toContain('RJ Security — subverwerker');
  });

  it('lists every organisation with the roles it plays', () => {
    const { container } = renderTable();
    const vrt = container.querySelector('tr[data-organisation-id="15"]')!.textContent!;
    expect(vrt).toContain('verwerker in: Verwerkersovereenkomst politie en VRT (RTR)');
    expect(container.querySelectorAll('tr[data-organisation-id]')).toHaveLength(5);
  });

  it('says in words what loses its basis in impact mode', () => {
    const { container } = renderTable(true);
    expect(container.querySelector('tr[data-agreement-id="8"]')!.textContent).toContain('eindigt');
    expect(container.querySelector('tr[data-agreement-id="10"]')!.textContent).toContain('verliest mogelijk grondslag');
    expect(container.querySelector('tr[data-agreement-id="7"]')!.textContent).toContain('blijft');
  });
});
