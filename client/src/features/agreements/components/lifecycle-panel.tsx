import { useMemo } from 'react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { analyseLifecycle } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import { computeTerminationEnd } from '@akkoord/shared/lifecycle/termination';
import { explainToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { lifecycleInputOfAgreement } from '../lifecycle-input.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { DataList } from '../../../components/ui/data-list.tsx';
import { AgreementStatusBadge } from '../../../components/domain/agreement-status-badge.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';

/** The explanation steps of the shared lifecycle engine for today (the server stores the same result). */
export function explainAgreement(a: Agreement, on: string): ExplanationStep[] {
  const analysis = analyseLifecycle(lifecycleInputOfAgreement(a), on);
  const steps: (ExplanationStep | null)[] = [analysis.statusStep, analysis.deadlineStep, analysis.reviewStep];
  return steps.filter((s): s is ExplanationStep => s !== null);
}

/** Computed status and deadlines with the reasoning behind them, in the interface language. */
export function LifecyclePanel({ agreement: a }: { agreement: Agreement }) {
  const t = useT();
  const f = useFormat();
  const on = a.computedOn ?? todayInAmsterdam();
  const steps = useMemo(() => {
    try {
      return explainAgreement(a, on);
    } catch {
      // An engine that cannot explain a record must not take the page down.
      return [];
    }
  }, [a, on]);
  // An indefinite term has no deadline to miss: notice can be given any day, and the engine says when it would end.
  const indefinite = a.termKind === 'indefinite' && !a.noticeGivenDate && !a.terminationDate;
  const endIfNoticeToday = useMemo(() => (indefinite ? computeTerminationEnd(lifecycleInputOfAgreement(a), on).end : null), [a, on, indefinite]);
  const noticeValue = indefinite ? (
    endIfNoticeToday ? (
      t('agreement.status.noticeAnyTime', { date: f.date(endIfNoticeToday) })
    ) : (
      t('agreement.status.noticeAnyTimeUnknown')
    )
  ) : (
    <PartialDateText value={a.noticeDeadline} />
  );
  return (
    <>
      <DataList
        items={[
          {
            key: 'status',
            label: t('agreement.status.current'),
            value: <AgreementStatusBadge status={a.status} tacitRenewal={a.tacitRenewal} noticeDeadline={a.noticeDeadline} />,
            note: a.computedOn ? t('agreement.status.computedOn', { date: f.date(a.computedOn) }) : null,
          },
          { key: 'termStart', label: t('agreement.status.termStart'), value: <PartialDateText value={a.currentTermStart} /> },
          {
            key: 'termEnd',
            label: t('agreement.status.termEnd'),
            value: a.termKind === 'indefinite' ? t('termKind.indefinite') : <PartialDateText value={a.currentTermEnd} />,
          },
          { key: 'notice', label: t('agreement.status.noticeDeadline'), value: noticeValue },
          { key: 'review', label: t('agreement.status.nextReview'), value: <PartialDateText value={a.nextReviewDate} /> },
        ]}
      />
      {steps.length ? (
        <div className="app-explain">
          {steps.map((s, i) => (
            <p key={i} className="utrecht-paragraph">
              {explainToText(s, f.lang)}
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
