import type { AgreementSummary } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../lib/i18n/use-t.ts';
import { Link } from '../ui/link.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { AgreementStatusBadge } from './agreement-status-badge.tsx';
import { PartialDateText } from './partial-date.tsx';
import { RestrictedAgreement } from './restricted-agreement.tsx';

/** An agreement the API names by id only: it lies outside the user's collaborations. */
export interface RestrictedAgreementRow {
  restricted: true;
  id: number;
}

const isRestricted = (a: AgreementSummary | RestrictedAgreementRow): a is RestrictedAgreementRow => 'restricted' in a && a.restricted === true;

/**
 * A small, complete table of agreements (collaboration pages, organisation
 * pages). An agreement outside the user's collaborations is a row that says
 * so, without a link or details.
 */
export function AgreementTable({ agreements, caption }: { agreements: readonly (AgreementSummary | RestrictedAgreementRow)[]; caption: string }) {
  const t = useT();
  return (
    <TableScroll label={caption}>
      <Table caption={caption} captionHidden>
        <THead>
          <Tr>
            <Th>{t('register.col.title')}</Th>
            <Th>{t('register.col.type')}</Th>
            <Th>{t('register.col.parties')}</Th>
            <Th>{t('register.col.start')}</Th>
            <Th>{t('register.col.end')}</Th>
            <Th>{t('register.col.status')}</Th>
          </Tr>
        </THead>
        <TBody>
          {agreements.map((a) =>
            isRestricted(a) ? (
              <Tr key={a.id} data-restricted="true">
                <Td>
                  <RestrictedAgreement id={a.id} />
                </Td>
                {/* One cell for the five columns it does not show: "no access" once, not five times. */}
                <Td colSpan={5} className="app-muted">
                  {t('agreement.restricted.noAccess')}
                </Td>
              </Tr>
            ) : (
              <Tr key={a.id}>
                <Td>
                  <Link to={`/agreements/${a.id}`}>{a.title}</Link>
                  {a.archived ? <StatusBadge tone="inactive"> {t('common.archived')}</StatusBadge> : null}
                </Td>
                <Td>{t(`type.${a.type}`)}</Td>
                <Td>{a.parties.length ? a.parties.map((p) => `${p.name} (${t(`role.${p.role}`)})`).join(', ') : <span className="app-unknown">{t('common.unknown')}</span>}</Td>
                <Td>
                  <PartialDateText value={a.startDate} short />
                </Td>
                <Td>{a.termKind === 'indefinite' ? t('termKind.indefinite') : <PartialDateText value={a.endDate} short />}</Td>
                <Td>
                  <AgreementStatusBadge status={a.status} tacitRenewal={a.tacitRenewal} noticeDeadline={a.noticeDeadline} />
                </Td>
              </Tr>
            ),
          )}
        </TBody>
      </Table>
    </TableScroll>
  );
}
