import { explainNotice } from '@akkoord/shared/lifecycle/termination';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { Alert } from '../../../components/ui/alert.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { lifecycleInputOfAgreement } from '../lifecycle-input.ts';

/** What notice given on `day` does, computed by the shared engine as the server will: the last day, and why. */
export function noticeOutcomeOf(a: Agreement, day: string) {
  return explainNotice(lifecycleInputOfAgreement(a), day);
}

/** The effect of notice on the day typed, in words (live, so a screen reader hears it change). */
export function NoticeOutcome({ agreement: a, day }: { agreement: Agreement; day: string | null }) {
  const t = useT();
  const f = useFormat();
  let text: string;
  let type: 'info' | 'warning' = 'info';
  if (!day) text = t('notice.outcome.enterDate');
  else if (day > todayInAmsterdam()) {
    text = t('notice.outcome.future');
    type = 'warning';
  } else {
    const outcome = noticeOutcomeOf(a, day);
    if (!outcome.lastDay) {
      text = t('notice.outcome.unknown');
      type = 'warning';
    } else if (a.termKind === 'indefinite') text = t('notice.outcome.indefinite', { period: f.period(a.noticePeriod), date: f.date(outcome.lastDay) });
    else if (outcome.late) {
      text = t('notice.outcome.late', { deadline: f.date(outcome.deadline), date: f.date(outcome.lastDay) });
      type = 'warning';
    } else if (outcome.deadline) text = t('notice.outcome.timely', { deadline: f.date(outcome.deadline), date: f.date(outcome.lastDay) });
    else text = t('notice.outcome.endOfTerm', { date: f.date(outcome.lastDay) });
  }
  return (
    <div aria-live="polite">
      <Alert type={type} title={t('notice.outcome.title')}>
        <Paragraph>{text}</Paragraph>
      </Alert>
    </div>
  );
}
