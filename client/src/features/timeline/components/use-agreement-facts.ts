import { useCallback } from 'react';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { TimelineBar } from '../model/bar-geometry.ts';
import type { TimelineAgreement } from '../model/timeline-agreement.ts';

export interface AgreementFacts {
  start: string;
  end: string;
  notice: string | null;
  review: string | null;
  renewal: string | null;
  parties: string;
}

/** The facts the timeline shows for an agreement (tooltip, screen-reader label, table), in the interface language. */
export function useAgreementFacts() {
  const t = useT();
  const f = useFormat();
  const factsOf = useCallback(
    (a: TimelineAgreement, bar: TimelineBar | null): AgreementFacts => {
      const endValue = a.currentTermEnd ?? a.endDate;
      const end = endValue ? f.date(endValue) : a.termKind === 'indefinite' ? t('timeline.indefinite') : t('timeline.endUnknown');
      let renewal: string | null = null;
      if (bar?.boundaries.length && a.currentTermStart) renewal = t('timeline.fact.renewed', { date: f.date(a.currentTermStart) });
      if (bar?.segments.some((s) => s.kind === 'next') && a.noticeDeadline) {
        const next = t(bar.nextKnown ? 'timeline.fact.renews' : 'timeline.fact.mayRenew', { date: f.date(a.noticeDeadline) });
        renewal = renewal ? `${renewal}; ${next}` : next;
      }
      return {
        start: a.startDate ? f.date(a.startDate) : t('timeline.startUnknown'),
        end,
        notice: a.noticeDeadline ? f.date(a.noticeDeadline) : null,
        review: a.nextReviewDate ? f.date(a.nextReviewDate) : null,
        renewal,
        parties: a.parties.map((p) => `${p.name} (${t(`role.${p.role}`)})`).join(', '),
      };
    },
    [f, t],
  );
  /** One line for screen readers: title, status and the dates. */
  const summaryOf = useCallback(
    (a: TimelineAgreement, bar: TimelineBar | null): string => {
      const facts = factsOf(a, bar);
      const parts = [a.title, t(`type.${a.type}`), t(`status.${a.status}`), `${t('timeline.fact.start')}: ${facts.start}`, `${t('timeline.fact.end')}: ${facts.end}`];
      if (facts.notice) parts.push(`${t('timeline.fact.notice')}: ${facts.notice}`);
      if (facts.review) parts.push(`${t('timeline.fact.review')}: ${facts.review}`);
      if (facts.renewal) parts.push(facts.renewal);
      return parts.join('. ');
    },
    [factsOf, t],
  );
  return { factsOf, summaryOf };
}
