import type { Chain } from '@akkoord/shared/schemas/chain';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { Link } from '../../../components/ui/link.tsx';
import { isShownAgreement } from '../model/graph-model.ts';

/** The rule findings of the chain in words, errors first, each naming the agreement it is about (agreements outside the user's collaborations have none to show). */
export function ChainViolations({ chain }: { chain: Chain }) {
  const t = useT();
  const { lang } = useLanguage();
  const findings = chain.nodes
    .flatMap((n) => (isShownAgreement(n) ? n.violations.map((v) => ({ v, title: n.title, id: n.agreementId })) : []))
    .sort((a, b) => (a.v.severity === b.v.severity ? 0 : a.v.severity === 'error' ? -1 : 1));
  const { errors, warnings } = chain.counts;
  return (
    <section className="akk-chain-findings" aria-label={t('chain.findings')}>
      <p className="utrecht-paragraph akk-chain-findings__summary">
        <strong>{t('chain.findings')}:</strong>{' '}
        {errors || warnings
          ? [errors ? t('chain.count.errors', { count: errors }) : '', warnings ? t('chain.count.warnings', { count: warnings }) : ''].filter(Boolean).join(', ')
          : t('chain.findings.none')}
      </p>
      {findings.length ? (
        <ul className="akk-chain-findings__list">
          {findings.map(({ v, title, id }, i) => (
            <li
              key={i}
              className={v.severity === 'error' ? 'akk-chain-finding akk-chain-finding--error' : 'akk-chain-finding akk-chain-finding--warning'}
              data-severity={v.severity}
            >
              <strong>{t(v.severity === 'error' ? 'chain.violation.error' : 'chain.violation.warning')}</strong> — <Link to={`/agreements/${id}`}>{title}</Link>: {v.message[lang]}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
