import type { CollaborationDetail } from '@akkoord/shared/schemas/collaboration';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { AgreementTable } from '../../../components/domain/agreement-table.tsx';

/**
 * The agreements of a parent collaboration that cover this one's work (ZVHT
 * for KMT). Those outside the user's collaborations are rows with their
 * number only, explained once above the table.
 */
export function CoveredBy({ cover }: { cover: CollaborationDetail['coveredBy'][number] }) {
  const t = useT();
  const caption = t('collaboration.coveredBy', { code: cover.code });
  return (
    <div className="app-section">
      <h3 className="utrecht-heading-3">{caption}</h3>
      {cover.agreements.some((a) => a.restricted) ? <Paragraph className="app-muted">{t('collaboration.coveredBy.restricted', { code: cover.code })}</Paragraph> : null}
      <AgreementTable agreements={cover.agreements} caption={caption} />
    </div>
  );
}
