import type { FundingLine } from '@akkoord/shared/schemas/collaboration';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

/** Funding lines as the source names them, with amount and/or rate per inhabitant. */
export function FundingList({ lines }: { lines: FundingLine[] }) {
  const t = useT();
  const f = useFormat();
  if (!lines.length) return <span className="app-unknown">{t('collaboration.funding.empty')}</span>;
  return (
    <ul className="utrecht-unordered-list app-funding-list">
      {lines.map((l) => (
        <li key={l.id} className="utrecht-unordered-list__item">
          {l.source}
          {l.amountCents !== null ? `: ${f.euros(l.amountCents)}` : null}
          {l.ratePerInhabitantCents !== null ? ` (${f.euros(l.ratePerInhabitantCents)} ${t('collaboration.funding.rate').toLowerCase()})` : null}
          {l.note ? <span className="app-data-list__note">{l.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
