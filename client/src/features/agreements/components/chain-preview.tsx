import type { Chain } from '@akkoord/shared/schemas/chain';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { RestrictedAgreement } from '../../../components/domain/restricted-agreement.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Link } from '../../../components/ui/link.tsx';

/** A text preview of the chain around an agreement: its direct relations and any rule violations. */
export function ChainPreview({ chain, agreementId }: { chain: Chain; agreementId: number }) {
  const t = useT();
  const { lang } = useLanguage();
  const titles = new Map<string, { title: string | null; agreementId: number }>();
  for (const n of chain.nodes) if (n.kind === 'agreement') titles.set(n.id, { title: n.restricted ? null : n.title, agreementId: n.agreementId });
  const relations = chain.edges.filter((e) => e.kind === 'relation');
  const violations = chain.nodes.flatMap((n) => (n.kind === 'agreement' && !n.restricted ? n.violations : []));
  // An agreement outside the user's collaborations is named, never linked (its page would answer "not found").
  const name = (a: { title: string | null; agreementId: number }) =>
    a.title === null ? <RestrictedAgreement id={a.agreementId} /> : <Link to={`/agreements/${a.agreementId}`}>{a.title}</Link>;
  const unique = [...new Map(violations.map((v) => [`${v.rule}:${v.agreementId}:${v.otherAgreementId ?? ''}`, v])).values()];
  return (
    <>
      {relations.length ? (
        <ul className="utrecht-unordered-list">
          {relations.map((e) => {
            if (e.kind !== 'relation') return null;
            const source = titles.get(e.source);
            const target = titles.get(e.target);
            if (!source || !target) return null;
            return (
              <li key={e.id} className="utrecht-unordered-list__item">
                {name(source)} — {t(`relation.${e.relationKind}.outgoing`).toLowerCase()} → {name(target)}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t('agreement.relations.empty')}</p>
      )}
      {unique.map((v) => (
        <Alert key={`${v.rule}:${v.agreementId}:${v.otherAgreementId ?? ''}`} type={v.severity === 'error' ? 'error' : 'warning'}>
          <p className="utrecht-paragraph">{v.message[lang]}</p>
        </Alert>
      ))}
      <Link to={`/agreements/${agreementId}/chain`}>{t('agreement.chain.open')}</Link>
    </>
  );
}
