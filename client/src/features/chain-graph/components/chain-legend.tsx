import type { ReactNode } from 'react';
import { AGREEMENT_TYPES } from '@akkoord/shared/domain/enums';
import { useT } from '../../../lib/i18n/use-t.ts';
import { TYPE_ACCENT } from './chain-svg.tsx';
import { CHAIN_THEME } from './chain-svg-theme.ts';

function Item({ children, label }: { children: ReactNode; label: string }) {
  return (
    <li className="akk-chain-legend__item">
      <svg width={40} height={18} viewBox="0 0 40 18" aria-hidden="true" focusable="false">
        {children}
      </svg>
      <span>{label}</span>
    </li>
  );
}

/** What the shapes, lines and colours of the graph mean, in words (the grey box only when the chain has agreements outside the user's collaborations). */
export function ChainLegend({ withRestricted = false }: { withRestricted?: boolean }) {
  const t = useT();
  return (
    <section className="akk-chain-legend" aria-label={t('chain.legend')}>
      <p className="akk-chain-legend__title">{t('chain.legend')}</p>
      <ul className="akk-chain-legend__list">
        <Item label={t('chain.legend.agreement')}>
          <rect x={1} y={2} width={38} height={14} rx={3} fill="#fff" stroke={CHAIN_THEME.border} />
        </Item>
        {withRestricted ? (
          <Item label={t('chain.legend.restricted')}>
            <rect x={1} y={2} width={38} height={14} rx={3} fill={CHAIN_THEME.restrictedFill} stroke={CHAIN_THEME.border} strokeDasharray="2 3" />
          </Item>
        ) : null}
        <Item label={t('chain.legend.organisation')}>
          <rect x={1} y={2} width={38} height={14} rx={7} fill={CHAIN_THEME.organisationFill} stroke={CHAIN_THEME.border} />
        </Item>
        <Item label={t('chain.legend.relation')}>
          <path d="M2,9 H34" stroke={CHAIN_THEME.relation} strokeWidth={2} />
          <path d="M32,5 L38,9 L32,13 z" fill={CHAIN_THEME.relation} />
        </Item>
        <Item label={t('chain.legend.party')}>
          <path d="M2,9 H34" stroke={CHAIN_THEME.party} strokeWidth={1.5} />
          <path d="M32,5 L38,9 L32,13 z" fill={CHAIN_THEME.party} />
        </Item>
        <Item label={t('chain.legend.implied')}>
          <path d="M2,9 H34" stroke={CHAIN_THEME.party} strokeWidth={1.5} strokeDasharray="5 4" />
        </Item>
        <Item label={t('chain.legend.error')}>
          <rect x={2} y={2} width={36} height={14} rx={3} fill={CHAIN_THEME.errorFill} stroke={CHAIN_THEME.error} strokeWidth={3} />
        </Item>
        <Item label={t('chain.legend.warning')}>
          <rect x={2} y={2} width={36} height={14} rx={3} fill={CHAIN_THEME.warningFill} stroke={CHAIN_THEME.warning} strokeWidth={2} strokeDasharray="6 3" />
        </Item>
        <Item label={t('chain.legend.impact')}>
          <path d="M2,9 H34" stroke={CHAIN_THEME.error} strokeWidth={3.5} />
          <path d="M32,4 L39,9 L32,14 z" fill={CHAIN_THEME.error} />
        </Item>
      </ul>
      <p className="akk-chain-legend__title">{t('chain.legend.types')}</p>
      <ul className="akk-chain-legend__list">
        {AGREEMENT_TYPES.map((type) => (
          <Item key={type} label={t(`type.${type}`)}>
            <rect x={1} y={2} width={38} height={14} rx={3} fill="#fff" stroke={CHAIN_THEME.border} />
            <rect x={2} y={3} width={6} height={12} rx={2} fill={TYPE_ACCENT[type]} />
          </Item>
        ))}
      </ul>
    </section>
  );
}
