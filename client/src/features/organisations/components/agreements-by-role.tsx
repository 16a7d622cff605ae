import { AGREEMENT_STATUSES, AGREEMENT_TYPES, PARTY_ROLES, type AgreementStatus, type AgreementType } from '@akkoord/shared/domain/enums';
import type { OrganisationDetail } from '@akkoord/shared/schemas/organisation';
import { useT } from '../../../lib/i18n/use-t.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { AgreementStatusBadge } from '../../../components/domain/agreement-status-badge.tsx';

const isType = (v: string): v is AgreementType => (AGREEMENT_TYPES as readonly string[]).includes(v);
const isStatus = (v: string): v is AgreementStatus => (AGREEMENT_STATUSES as readonly string[]).includes(v);

/** The agreements an organisation is party to, grouped by its role in them. */
export function AgreementsByRole({ agreements }: { agreements: OrganisationDetail['agreements'] }) {
  const t = useT();
  if (!agreements.length) return <EmptyState>{t('organisation.agreements.empty')}</EmptyState>;
  const roles = PARTY_ROLES.filter((r) => agreements.some((a) => a.role === r));
  return (
    <>
      {roles.map((role) => {
        const caption = t('organisation.agreements.byRole', { role: t(`role.${role}`) });
        return (
          <div key={role} className="app-section">
            <h3 className="utrecht-heading-3">{caption}</h3>
            <TableScroll label={caption}>
              <Table caption={caption} captionHidden>
                <THead>
                  <Tr>
                    <Th>{t('register.col.title')}</Th>
                    <Th>{t('register.col.type')}</Th>
                    <Th>{t('register.col.status')}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {agreements
                    .filter((a) => a.role === role)
                    .map((a) => (
                      <Tr key={a.agreementId}>
                        <Td>
                          <Link to={`/agreements/${a.agreementId}`}>{a.title}</Link>
                          {a.archived ? <StatusBadge tone="inactive"> {t('common.archived')}</StatusBadge> : null}
                        </Td>
                        <Td>{isType(a.type) ? t(`type.${a.type}`) : a.type}</Td>
                        <Td>{isStatus(a.status) ? <AgreementStatusBadge status={a.status} /> : a.status}</Td>
                      </Tr>
                    ))}
                </TBody>
              </Table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}
