import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import ELK from 'elkjs/lib/elk.bundled.js';
import { MemoryRouter } from 'react-router';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { I18nProvider } from '../../../lib/i18n/i18n-provider.tsx';
import { loadDictionary } from '../../../lib/i18n/load-dictionary.ts';
import type { Language } from '../../../lib/i18n/types.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { buildGraphModel } from '../model/graph-model.ts';
import { layoutChain, type ChainLayout } from '../model/layout-chain.ts';
import { RTR_CHAIN } from '../model/rtr-chain.testing.ts';
import { ChainSvg, type ChainSvgTexts } from './chain-svg.tsx';
import { ChainTable } from './chain-table.tsx';
import { useChainFacts } from './use-chain-texts.ts';

/** RTR's chain as a user limited to RTR gets it when a ZVHT agreement (11) covers the sub-processor agreement and an IVZ one (12) amends that. */
const CHAIN: Chain = {
  ...RTR_CHAIN,
  nodes: [
    ...RTR_CHAIN.nodes,
    { kind: 'agreement', restricted: true, id: 'agreement:11', agreementId: 11, depth: 2 },
    { kind: 'agreement', restricted: true, id: 'agreement:12', agreementId: 12, depth: 3 },
  ],
  edges: [
    ...RTR_CHAIN.edges,
    { kind: 'relation', id: 'relation:5', relationId: 5, relationKind: 'covers', source: 'agreement:11', target: 'agreement:10', note: null },
    { kind: 'relation', id: 'relation:6', relationId: 6, relationKind: 'amends', source: 'agreement:12', target: 'agreement:11', note: null },
  ],
};

function Table() {
  const facts = useChainFacts(CHAIN);
  return <ChainTable chain={CHAIN} facts={facts} order={new Map()} highlight={null} caption="Keten" />;
}

function Drawing({ layout }: { layout: ChainLayout }) {
  const t = useT();
  const facts = useChainFacts(CHAIN);
  const texts: ChainSvgTexts = {
    typeOf: (type) => t(`type.${type}`),
    statusOf: (node) => t(`status.${node.status}`),
    kindOf: (node) => t(`orgKind.${node.organisationKind}`),
    restricted: t('agreement.restricted'),
    restrictedNumber: (id) => t('agreement.restricted.number', { id }),
    noAccess: t('agreement.restricted.noAccess'),
    violations: () => '',
    thisAgreement: t('chain.thisAgreement'),
    ends: t('chain.impact.ends'),
    losesBasis: t('chain.impact.losesBasis'),
    mayLoseBasis: t('chain.impact.mayLoseBasis'),
  };
  return (
    <div role="group" aria-label="Keten">
      <ChainSvg layout={layout} scale={1} facts={facts} texts={texts} focusNodeId="agreement:8" highlight={null} idPrefix="t" />
    </div>
  );
}

const model = () => buildGraphModel(CHAIN, { role: (r) => r, relation: (k) => k });

// English is a chunk of its own, loaded on a switch; here it is loaded before rendering in it.
beforeAll(() => loadDictionary('en'));

const renderIn = (lang: Language, ui: React.ReactNode) =>
  render(
    <I18nProvider initial={lang}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nProvider>,
  );

/** axe's WCAG 2.1 A/AA rules that do not need a real layout (colour contrast is checked in the browser suite). */
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('an agreement outside the user’s collaborations', () => {
  it('is a row of the chain table that says so in words, with its relations, without a link to its page', async () => {
    const { container } = renderIn('nl', <Table />);
    const row = container.querySelector('tr[data-agreement-id="11"]')!;
    expect(row.getAttribute('data-restricted')).toBe('true');
    expect(row.textContent).toContain('Overeenkomst buiten uw samenwerkingsverbanden (nr. 11)');
    expect(row.textContent).toContain('geen inzage');
    expect(row.textContent).toContain('Gewijzigd door: Overeenkomst buiten uw samenwerkingsverbanden (nr. 12)');
    // The sub-processor agreement says what covers it, as words, not as a link.
    const sub = container.querySelector('tr[data-agreement-id="10"]')!;
    expect(sub.textContent).toContain('Overeenkomst buiten uw samenwerkingsverbanden (nr. 11)');
    for (const id of [11, 12]) expect(container.querySelector(`a[href="/agreements/${id}"]`)).toBeNull();
    expect(container.querySelector('a[href="/agreements/10"]')).not.toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is named in English when the interface is', () => {
    const { container } = renderIn('en', <Table />);
    expect(container.querySelector('tr[data-agreement-id="11"]')!.textContent).toContain('Agreement outside your collaborations (no. 11)');
    expect(container.querySelector('tr[data-agreement-id="11"]')!.textContent).toContain('no access');
  });

  it('is drawn as a box with its number and "geen inzage", heard as one image, not a link', async () => {
    const layout = await layoutChain(model(), new ELK());
    const { container } = renderIn('nl', <Drawing layout={layout} />);
    const box = container.querySelector('[data-node="agreement:11"]')!;
    expect(box.tagName.toLowerCase()).toBe('g');
    expect(box.getAttribute('role')).toBe('img');
    expect(box.getAttribute('aria-label')).toContain('Overeenkomst buiten uw samenwerkingsverbanden (nr. 11)');
    expect(box.getAttribute('aria-label')).toContain('geen inzage');
    expect(box.getAttribute('aria-label')).toContain('Dekt: Subverwerkersovereenkomst VRT en RJ Security (RTR)');
    // The words are drawn, not only the grey dotted border.
    expect(box.textContent).toContain('nr. 11 · geen inzage');
    expect(box.textContent).toContain('Overeenkomst buiten uw');
    expect(container.querySelector('a[href="/agreements/11"]')).toBeNull();
    expect(container.querySelector('a[href="/agreements/10"]')!.getAttribute('aria-label')).toContain('Gedekt door: Overeenkomst buiten uw samenwerkingsverbanden (nr. 11)');
    expect(await axeViolations(container)).toEqual([]);
  });
});
