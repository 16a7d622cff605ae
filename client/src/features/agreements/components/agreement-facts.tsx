import { precisionOf } from '@akkoord/shared/dates/partial-date';
import { toPartialDate } from '@akkoord/shared/dates/date-span';
import { describeTerms } from '@akkoord/shared/lifecycle/term-structure';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList, Unknown, type DataListItem } from '../../../components/ui/data-list.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';
import { lifecycleInputOfAgreement } from '../lifecycle-input.ts';

/** Every stored fact, as precise as it is known; unknown facts say so. */
export function AgreementFacts({ agreement: a }: { agreement: Agreement }) {
  const t = useT();
  const f = useFormat();
  const unknown = <Unknown>{f.unknown}</Unknown>;
  const precisionNote = (v: string | null) => (v && precisionOf(v) !== 'day' ? t(`date.precision.${precisionOf(v) as 'year' | 'month'}`) : null);
  // No stored end date, but a start and a term length: the end follows from them, so say it rather than "onbekend" beside "Huidige looptijd tot …".
  const computedEnd = !a.endDate && a.termKind !== 'indefinite' ? initialEndOf(a) : null;
  const yesNo = (v: boolean | null) => (v === null ? unknown : v ? t('common.yes') : t('common.no'));

  const items: DataListItem[] = [
    { key: 'type', label: t('agreement.type'), value: t(`type.${a.type}`) },
    {
      key: 'collaboration',
      label: t('agreement.collaboration'),
      value: a.collaborationCode ? <Link to={`/collaborations/${a.collaborationCode}`}>{a.collaborationCode}</Link> : unknown,
    },
    { key: 'reference', label: t('agreement.reference'), value: a.reference ?? unknown },
    { key: 'legalRegime', label: t('agreement.legalRegime'), value: a.legalRegime ? t(`regime.${a.legalRegime}`) : unknown },
    { key: 'startDate', label: t('agreement.startDate'), value: <PartialDateText value={a.startDate} />, note: precisionNote(a.startDate) },
    {
      key: 'endDate',
      label: t('agreement.endDate'),
      value: a.termKind === 'indefinite' ? t('termKind.indefinite') : <PartialDateText value={a.endDate ?? computedEnd} />,
      note: computedEnd ? t('agreement.endDate.computed') : precisionNote(a.endDate),
    },
    { key: 'termKind', label: t('agreement.termKind'), value: a.termKind ? t(`termKind.${a.termKind}`) : unknown },
    {
      key: 'initialTerm',
      label: t('agreement.initialTermMonths'),
      value: a.initialTermMonths !== null ? t('months.count', { count: a.initialTermMonths }) : unknown,
    },
    { key: 'notice', label: t('agreement.noticePeriod'), value: a.noticePeriod ? f.period(a.noticePeriod) : unknown },
    { key: 'tacit', label: t('agreement.tacitRenewal'), value: yesNo(a.tacitRenewal) },
    {
      key: 'renewalPeriod',
      label: t('agreement.renewalPeriod'),
      value: a.renewalPeriod ? f.period(a.renewalPeriod) : a.tacitRenewal === false ? t('common.notApplicable') : unknown,
    },
    { key: 'maxRenewals', label: t('agreement.maxRenewals'), value: a.maxRenewals ?? (a.tacitRenewal === false ? t('common.notApplicable') : unknown) },
    { key: 'review', label: t('agreement.reviewDate'), value: <PartialDateText value={a.reviewDate} /> },
    { key: 'owner', label: t('agreement.ownerName'), value: a.ownerName ?? unknown, note: a.ownerEmail },
    { key: 'deputy', label: t('agreement.deputyEmail'), value: a.deputyEmail ?? unknown },
    { key: 'alertLeadDays', label: t('agreement.alertLeadDays'), value: a.alertLeadDays?.length ? a.alertLeadDays.join(', ') : unknown },
    { key: 'workflow', label: t('agreement.workflowState'), value: t(`workflow.${a.workflowState}`) },
    {
      key: 'valueAmount',
      label: t('agreement.value.amount'),
      value: a.value?.amountCents != null ? f.euros(a.value.amountCents) : unknown,
      note: a.value?.basis ? t(`valueBasis.${a.value.basis}`) : null,
    },
    { key: 'valueIndexation', label: t('agreement.value.indexation'), value: a.value?.indexation ?? unknown },
    { key: 'valueBudgetLine', label: t('agreement.value.budgetLine'), value: a.value?.budgetLine ?? unknown },
    {
      key: 'valuePayer',
      label: t('agreement.value.payer'),
      value: a.value?.payerOrganisationId != null ? (a.parties.find((p) => p.organisationId === a.value?.payerOrganisationId)?.organisationName ?? unknown) : unknown,
    },
    { key: 'wooCategory', label: t('agreement.woo.category'), value: t(`wooCategory.${a.wooCategory}`) },
    {
      key: 'wooState',
      label: t('agreement.woo.state'),
      value:
        a.wooPublication.state === 'published' || a.wooPublication.state === 'partly_published' ? (
          <>
            {t(`wooState.${a.wooPublication.state}`)} (<a href={`/openbaar/${a.id}`}>{t('agreement.woo.publicPage')}</a>)
          </>
        ) : (
          t(`wooState.${a.wooPublication.state}`)
        ),
      note: a.wooPublication.publishedOn ? `${t('agreement.woo.publishedOn')}: ${f.date(a.wooPublication.publishedOn)}` : null,
    },
  ];
  if (a.wooPublication.grounds.length) {
    items.push({ key: 'wooGrounds', label: t('agreement.woo.grounds'), value: a.wooPublication.grounds.map((g) => `${t('woo.article')} ${g}`).join(', ') });
  }
  if (a.noticeGivenDate) items.push({ key: 'noticeGiven', label: t('agreement.noticeGivenDate'), value: <PartialDateText value={a.noticeGivenDate} /> });
  if (a.decision) items.push({ key: 'decision', label: t('agreement.decision'), value: t(`agreement.decision.${a.decision}`) });
  if (a.terminationDate) items.push({ key: 'termination', label: t('agreement.terminationDate'), value: <PartialDateText value={a.terminationDate} /> });
  items.push(
    { key: 'notes', label: t('agreement.notes'), value: a.notes ? <span className="app-rich-text">{a.notes}</span> : unknown },
    { key: 'source', label: t('agreement.source'), value: a.source ?? unknown },
    { key: 'updated', label: t('agreement.updatedAt'), value: f.dateTime(a.updatedAt), note: `${t('agreement.version')} ${a.version}` },
  );
  return <DataList items={items} />;
}

/** The end of the initial term as the engine derives it (start + term), or null. */
function initialEndOf(a: Agreement): string | null {
  try {
    const span = describeTerms(lifecycleInputOfAgreement(a)).initialEnd;
    return span ? toPartialDate(span) : null;
  } catch {
    return null;
  }
}
