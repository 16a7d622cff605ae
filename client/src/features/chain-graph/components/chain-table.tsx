import type { Chain } from '@akkoord/shared/schemas/chain';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { RestrictedAgreement } from '../../../components/domain/restricted-agreement.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import type { ChainAgreementNode, OrganisationNode } from '../model/graph-model.ts';
import type { ImpactHighlight } from '../model/impact-highlight.ts';
import type { NodeFacts } from './use-chain-texts.ts';

/** A relation's other agreement: a link, or plain words for one outside the user's collaborations. */
function OtherAgreement({ relation }: { relation: NodeFacts['relations'][number] }) {
  return relation.otherRestricted ? <RestrictedAgreement id={relation.otherId} /> : <Link to={`/agreements/${relation.otherId}`}>{relation.otherTitle}</Link>;
}

/**
 * The chain as tables with the same content as the graph: every agreement
 * with its parties and roles, its relations and its rule findings; every
 * organisation with the roles it plays. In impact mode a column says what
 * loses its basis. An agreement outside the user's collaborations is a row
 * that says so, with its relations but without link, facts or findings.
 */
export function ChainTable({
  chain,
  facts,
  order,
  highlight,
  caption,
}: {
  chain: Chain;
  facts: Map<string, NodeFacts>;
  order: Map<string, number>;
  highlight: ImpactHighlight | null;
  caption: string;
}) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const agreements = chain.nodes.filter((n): n is ChainAgreementNode => n.kind === 'agreement').sort((a, b) => rank(a.id) - rank(b.id));
  const organisations = chain.nodes.filter((n): n is OrganisationNode => n.kind === 'organisation').sort((a, b) => rank(a.id) - rank(b.id));
  const impactText = (id: string) => {
    if (!highlight) return null;
    if (highlight.ending === id) return t('chain.impact.ends');
    const lost = highlight.lost.get(id);
    return lost ? t(lost === 'certain' ? 'chain.impact.losesBasis' : 'chain.impact.mayLoseBasis') : t('chain.impact.unaffected');
  };
  return (
    <div className="akk-chain-tables">
      <TableScroll label={caption}>
        <Table caption={caption}>
          <THead>
            <Tr>
              <Th>{t('chain.fact.agreement')}</Th>
              <Th>{t('chain.fact.status')}</Th>
              <Th>{t('chain.fact.parties')}</Th>
              <Th>{t('chain.fact.relations')}</Th>
              <Th>{t('chain.fact.findings')}</Th>
              {highlight ? <Th>{t('chain.impact.column')}</Th> : null}
            </Tr>
          </THead>
          <TBody>
            {agreements.map((a) => {
              const nf = facts.get(a.id);
              const relationsCell = nf?.relations.length ? (
                <ul className="akk-chain-table__list">
                  {nf.relations.map((r, i) => (
                    <li key={i}>
                      {r.label}: <OtherAgreement relation={r} />
                    </li>
                  ))}
                </ul>
              ) : (
                t('chain.none')
              );
              if (a.restricted) {
                return (
                  <Tr key={a.id} data-agreement-id={a.agreementId} data-restricted="true">
                    <Th scope="row">
                      <RestrictedAgreement id={a.agreementId} />
                    </Th>
                    <Td>{t('agreement.restricted.noAccess')}</Td>
                    <Td>{t('agreement.restricted.noAccess')}</Td>
                    <Td>{relationsCell}</Td>
                    <Td>{t('agreement.restricted.noAccess')}</Td>
                    {highlight ? <Td>{impactText(a.id)}</Td> : null}
                  </Tr>
                );
              }
              return (
                <Tr key={a.id} data-agreement-id={a.agreementId}>
                  <Th scope="row">
                    <Link to={`/agreements/${a.agreementId}`}>{a.title}</Link>
                    <span className="akk-chain-table__sub">
                      {t(`type.${a.type}`)} · {t('chain.fact.start')} {f.date(a.startDate)}
                    </span>
                  </Th>
                  <Td>{t(`status.${a.status}`)}</Td>
                  <Td>
                    {nf?.parties.length ? (
                      <ul className="akk-chain-table__list">
                        {nf.parties.map((p) => (
                          <li key={`${p.organisationId}:${p.role}`}>
                            {p.name} — {p.role}
                            {p.implied ? ` (${t('basis.implied')})` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('chain.none')
                    )}
                  </Td>
                  <Td>{relationsCell}</Td>
                  <Td>
                    {a.violations.length ? (
                      <ul className="akk-chain-table__list">
                        {a.violations.map((v, i) => (
                          <li key={i}>
                            <strong>{t(v.severity === 'error' ? 'chain.violation.error' : 'chain.violation.warning')}:</strong> {v.message[lang]}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('chain.violation.none')
                    )}
                  </Td>
                  {highlight ? <Td>{impactText(a.id)}</Td> : null}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </TableScroll>
      <TableScroll label={t('chain.table.organisations')}>
        <Table caption={t('chain.table.organisations')}>
          <THead>
            <Tr>
              <Th>{t('chain.fact.organisation')}</Th>
              <Th>{t('chain.fact.roles')}</Th>
            </Tr>
          </THead>
          <TBody>
            {organisations.map((o) => (
              <Tr key={o.id} data-organisation-id={o.organisationId}>
                <Th scope="row">
                  <Link to={`/organisations/${o.organisationId}`}>{o.name}</Link>
                  <span className="akk-chain-table__sub">{t(`orgKind.${o.organisationKind}`)}</span>
                </Th>
                <Td>
                  <ul className="akk-chain-table__list">
                    {(facts.get(o.id)?.relations ?? []).map((r, i) => (
                      <li key={i}>
                        {r.label}: <OtherAgreement relation={r} />
                      </li>
                    ))}
                  </ul>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </TableScroll>
    </div>
  );
}
