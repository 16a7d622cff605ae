import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES, LEGAL_REGIMES, PARTY_ROLES, RELATION_KINDS, TERM_KINDS } from '../domain/enums.ts';
import { agreement, graphOf, POLICE, RJ_SECURITY, rtrChain, VRT } from './chain-fixtures.ts';
import type { ChainAgreement, ChainRelation } from './chain-graph.ts';
import { indexChainGraph } from './chain-graph.ts';
import type { ChainViolation } from './chain-violation.ts';
import { evaluateAllChainRules, evaluateChainRules } from './evaluate-chain-rules.ts';
import { RULE_READS } from './rules/rule-context.ts';

const codes = (vs: ChainViolation[]) => vs.map((v) => `${v.severity}:${v.messageCode}`).sort();
const exact = { startDate: '2023-03-01' } as const;

describe('rule 1 — a sub-processor agreement is covered by a processor agreement with its client as processor', () => {
  it('holds for the RTR chain', () => {
    const g = rtrChain(exact, exact);
    expect(evaluateChainRules(g, 20)).toEqual([]);
    expect(evaluateChainRules(g, 10)).toEqual([]);
  });

  it('is violated when nothing covers the sub-processor agreement', () => {
    const g = graphOf(
      [
        agreement(20, {
          type: 'subprocessor',
          parties: [
            { organisationId: VRT, role: 'processor' },
            { organisationId: RJ_SECURITY, role: 'subprocessor' },
          ],
        }),
      ],
      [],
    );
    expect(evaluateChainRules(g, 20)).toEqual([
      expect.objectContaining({ rule: 'subprocessor_coverage', severity: 'error', messageCode: 'subprocessor_not_covered', agreementId: 20 }),
    ]);
  });

  it('is violated when only an archived or a non-processor agreement covers it', () => {
    const sub = rtrChain().byId.get(20)!;
    const g = graphOf(
      [agreement(10, { type: 'processor', archived: true }), agreement(11, { type: 'cooperation' }), sub],
      [
        [10, 'covers', 20],
        [11, 'covers', 20],
      ],
    );
    expect(codes(evaluateChainRules(g, 20))).toContain('error:subprocessor_not_covered');
  });

  it('is violated when the covering processor agreement has another processor', () => {
    const g = rtrChain(
      {
        ...exact,
        parties: [
          { organisationId: POLICE, role: 'controller' },
          { organisationId: 99, role: 'processor' },
        ],
      },
      exact,
    );
    expect(evaluateChainRules(g, 20)).toEqual([expect.objectContaining({ messageCode: 'cover_processor_mismatch', severity: 'error', agreementId: 20, otherAgreementId: 10 })]);
  });

  it('accepts the client role as the sub-processor agreement’s client side', () => {
    const g = rtrChain(exact, {
      ...exact,
      parties: [
        { organisationId: VRT, role: 'client' },
        { organisationId: RJ_SECURITY, role: 'subprocessor' },
      ],
    });
    expect(evaluateChainRules(g, 20)).toEqual([]);
  });
});

describe('rule 2 — a covered agreement does not start before nor end after its cover', () => {
  it('holds when it starts later and ends earlier', () => {
    const g = rtrChain({ startDate: '2023-01-01', endDate: '2026-12-31' }, { startDate: '2023-06', endDate: '2026-12' });
    expect(evaluateChainRules(g, 20)).toEqual([]);
  });

  it('is certainly violated when it starts a year earlier', () => {
    const g = rtrChain({ startDate: '2023' }, { startDate: '2022-11-15' });
    expect(evaluateChainRules(g, 20)).toEqual([expect.objectContaining({ rule: 'coverage_term', severity: 'error', messageCode: 'starts_before_cover', otherAgreementId: 10 })]);
  });

  it('is possibly violated when both starts are known only to the year', () => {
    const [v] = evaluateChainRules(rtrChain({ startDate: '2023' }, { startDate: '2023' }), 20);
    expect(v).toMatchObject({ severity: 'warning', messageCode: 'starts_before_cover', params: { certainty: 'possible' } });
  });

  it('is certainly violated when it ends after the cover ends', () => {
    const g = rtrChain({ ...exact, endDate: '2025-12-31' }, { ...exact, endDate: '2026' });
    expect(codes(evaluateChainRules(g, 20))).toEqual(['error:ends_after_cover']);
  });

  it('is certainly violated when it runs indefinitely under a cover that ends', () => {
    const g = rtrChain({ ...exact, endDate: '2025-12-31' }, { ...exact, termKind: 'indefinite' });
    expect(codes(evaluateChainRules(g, 20))).toEqual(['error:ends_after_cover']);
  });

  it('is possibly violated when the ends overlap in the same month or its end is unknown', () => {
    const sameMonth = rtrChain({ ...exact, endDate: '2025-12-15' }, { ...exact, endDate: '2025-12' });
    expect(codes(evaluateChainRules(sameMonth, 20))).toEqual(['warning:ends_after_cover']);
    const unknownEnd = rtrChain({ ...exact, endDate: '2025-12-15' }, exact);
    expect(codes(evaluateChainRules(unknownEnd, 20))).toEqual(['warning:ends_after_cover']);
  });

  it('reads the current term end (after tacit renewal) of the cover', () => {
    const g = rtrChain({ ...exact, endDate: '2024-12-31', currentTermEnd: '2026-12-31' }, { ...exact, endDate: '2026-06-30' });
    expect(evaluateChainRules(g, 20)).toEqual([]);
  });

  it('has nothing to check under an indefinite cover', () => {
    const g = rtrChain({ ...exact, termKind: 'indefinite' }, { ...exact, endDate: '2040' });
    expect(evaluateChainRules(g, 20)).toEqual([]);
  });
});

describe('rule 3 — the legal regime matches the covering processor agreement', () => {
  it('is violated for certain when the regimes differ', () => {
    const g = rtrChain({ ...exact, legalRegime: 'wpg' }, { ...exact, legalRegime: 'avg' });
    expect(evaluateChainRules(g, 20)).toEqual([
      expect.objectContaining({ rule: 'legal_regime', severity: 'error', messageCode: 'regime_mismatch', params: expect.objectContaining({ regime: 'avg', otherRegime: 'wpg' }) }),
    ]);
  });

  it('is only a warning when a regime is unknown', () => {
    const g = rtrChain({ ...exact, legalRegime: null }, exact);
    expect(codes(evaluateChainRules(g, 20))).toEqual(['warning:regime_unknown']);
  });
});

describe('rule 4 — a processor agreement names one controller side and a processor', () => {
  it('is violated when the controller or the processor is missing', () => {
    const g = rtrChain({ ...exact, parties: [{ organisationId: POLICE, role: 'party' }] }, exact);
    expect(codes(evaluateChainRules(g, 10))).toEqual(['error:controller_missing', 'error:processor_missing']);
  });

  it('warns about several controllers and refuses one organisation on both sides', () => {
    const several = rtrChain({
      parties: [
        { organisationId: 1, role: 'controller' },
        { organisationId: 5, role: 'controller' },
        { organisationId: VRT, role: 'processor' },
      ],
    });
    expect(codes(evaluateChainRules(several, 10))).toEqual(['warning:controllers_multiple']);
    const same = rtrChain({
      parties: [
        { organisationId: VRT, role: 'controller' },
        { organisationId: VRT, role: 'processor' },
      ],
    });
    expect(codes(evaluateChainRules(same, 10))).toEqual(['error:controller_is_processor']);
  });

  it('accepts client and provider as controller and processor sides', () => {
    const g = rtrChain(
      {
        parties: [
          { organisationId: POLICE, role: 'client' },
          { organisationId: VRT, role: 'provider' },
        ],
      },
      exact,
    );
    expect(evaluateChainRules(g, 10)).toEqual([]);
  });

  it('asks a sub-processor agreement for its processor and its sub-processor', () => {
    const g = rtrChain(exact, { ...exact, parties: [] });
    expect(codes(evaluateChainRules(g, 20))).toEqual(['error:subprocessor_client_missing', 'error:subprocessor_missing']);
  });
});

describe('rule 5 — an agreement based on another does not outlive it without a warning', () => {
  const dvo = (gemeenten: object, security: object) =>
    graphOf([agreement(30, { title: 'DVO gemeenten en VRT', ...gemeenten }), agreement(31, { title: 'DVO VRT en RJ Security', ...security })], [[31, 'based_on', 30]]);

  it('holds when it ends first', () => {
    expect(evaluateChainRules(dvo({ endDate: '2026' }, { endDate: '2025-06' }), 31)).toEqual([]);
  });

  it('warns (certain) when it ends later', () => {
    expect(evaluateChainRules(dvo({ endDate: '2026-12-31' }, { endDate: '2027' }), 31)).toEqual([
      expect.objectContaining({
        rule: 'based_on_term',
        severity: 'warning',
        messageCode: 'outlives_basis',
        otherAgreementId: 30,
        params: expect.objectContaining({ certainty: 'certain' }),
      }),
    ]);
  });

  it('warns (possible) when partial dates leave it open', () => {
    expect(evaluateChainRules(dvo({ endDate: '2026-06-30' }, { endDate: '2026' }), 31)).toEqual([
      expect.objectContaining({ severity: 'warning', params: expect.objectContaining({ certainty: 'possible' }) }),
    ]);
  });
});

describe('evaluating a graph', () => {
  it('skips archived agreements and lists violations per agreement in id order', () => {
    const g = rtrChain({ ...exact, parties: [] }, { ...exact, archived: true });
    expect(evaluateChainRules(g, 20)).toEqual([]);
    expect(evaluateAllChainRules(g).map((v) => v.agreementId)).toEqual([10, 10]);
  });

  it('puts both titles in the params', () => {
    const [v] = evaluateChainRules(rtrChain({ startDate: '2024' }, { startDate: '2023' }), 20);
    expect(v?.params).toMatchObject({ agreementTitle: 'Subverwerkersovereenkomst VRT en RJ Security', otherTitle: 'Verwerkersovereenkomst politie en VRT' });
  });
});

describe('what the rules read (RULE_READS)', () => {
  const date = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 2018, max: 2028 }).map(String),
    fc.tuple(fc.integer({ min: 2018, max: 2028 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 2018, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
  const agreementOf = (id: number) =>
    fc
      .record({
        type: fc.constantFrom(...AGREEMENT_TYPES),
        startDate: date,
        endDate: date,
        currentTermEnd: date,
        termKind: fc.constantFrom(null, ...TERM_KINDS),
        legalRegime: fc.constantFrom(null, ...LEGAL_REGIMES),
        parties: fc.array(fc.record({ organisationId: fc.integer({ min: 1, max: 4 }), role: fc.constantFrom(...PARTY_ROLES) }), { maxLength: 4 }),
        archived: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      })
      .map((fields): ChainAgreement => agreement(id, fields));
  const register = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => agreementOf(i + 1))),
        fc.array(fc.record({ sourceId: fc.integer({ min: 1, max: n }), kind: fc.constantFrom(...RELATION_KINDS), targetId: fc.integer({ min: 1, max: n }) }), { maxLength: 3 * n }),
      ),
    );

  it('judges every agreement alike on just its reads as on the whole register', () => {
    fc.assert(
      fc.property(register, ([agreements, relations]) => {
        const whole = indexChainGraph({ agreements, relations });
        for (const subject of agreements) {
          const reads: ChainRelation[] = relations.filter(
            (r) =>
              (r.targetId === subject.id && (RULE_READS.incoming as readonly string[]).includes(r.kind)) ||
              (r.sourceId === subject.id && (RULE_READS.outgoing as readonly string[]).includes(r.kind)),
          );
          const reached = new Set([subject.id, ...reads.flatMap((r) => [r.sourceId, r.targetId])]);
          const neighbourhood = agreements.filter((a) => reached.has(a.id)).map((a) => ((RULE_READS.partiesOf as readonly string[]).includes(a.type) ? a : { ...a, parties: [] }));
          expect(evaluateChainRules(indexChainGraph({ agreements: neighbourhood, relations: reads }), subject.id)).toEqual(evaluateChainRules(whole, subject.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
