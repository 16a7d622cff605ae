import { useId, useState } from 'react';
import { explainToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useAlertAction } from '../api/act-on-alert.ts';
import type { AlertItem } from '../api/list-alerts.ts';

const TONE: Record<AlertItem['severity'], BadgeTone> = { critical: 'danger', high: 'danger', medium: 'warning', low: 'neutral', info: 'neutral' };
const SNOOZE_DAYS = [7, 14, 30] as const;

function AlertRow({ alert, canAct, showAgreement }: { alert: AlertItem; canAct: boolean; showAgreement: boolean }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const id = useId();
  const action = useAlertAction();
  const [days, setDays] = useState<string>('7');
  const explanation = alert.explanation.map((s) => explainToText(s as ExplanationStep, f.lang));
  const title = alert.agreementTitle ?? (alert.agreementId ? `#${alert.agreementId}` : t(`alertKind.${alert.kind}`));

  const run = (kind: 'acknowledge' | 'snooze') =>
    action.mutate(kind === 'snooze' ? { kind, key: alert.key, days: Number(days) } : { kind, key: alert.key }, {
      onSuccess: () => toast.show(kind === 'snooze' ? t('dashboard.alerts.snoozed', { days: Number(days) }) : t('dashboard.alerts.acknowledged')),
      onError: () => toast.show(t('dashboard.alerts.actionFailed'), 'error'),
    });

  return (
    <li className={`app-alert-item app-alert-item--${alert.severity}`}>
      <p>
        <StatusBadge tone={TONE[alert.severity]}>{t(`alertSeverity.${alert.severity}`)}</StatusBadge> <strong>{t(`alertKind.${alert.kind}`)}</strong>
        {alert.dueDate ? (
          <>
            {' · '}
            {t('dashboard.alerts.due', { date: f.date(alert.dueDate) })}
          </>
        ) : null}
      </p>
      {showAgreement && alert.agreementId ? (
        <p>
          <Link to={`/agreements/${alert.agreementId}`}>{title}</Link>
        </p>
      ) : null}
      {explanation.map((line, i) => (
        <p key={i} className="app-muted">
          {line}
        </p>
      ))}
      {canAct ? (
        <div className="app-button-group">
          <Button onClick={() => run('acknowledge')} disabled={action.isPending}>
            {t('dashboard.alerts.acknowledge')}
          </Button>
          <label className="utrecht-form-label" htmlFor={`${id}-days`}>
            {t('dashboard.alerts.snoozeFor')}
          </label>
          <Select id={`${id}-days`} value={days} onChange={(e) => setDays(e.target.value)} options={SNOOZE_DAYS.map((d) => ({ value: String(d), label: t('period.day', { count: d }) }))} />
          <Button appearance="subtle" onClick={() => run('snooze')} disabled={action.isPending}>
            {t('dashboard.alerts.snooze')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** Alerts, most urgent first, with acknowledge and snooze. */
export function AlertList({ alerts, canAct, showAgreement = true, initialCount }: { alerts: AlertItem[]; canAct: boolean; showAgreement?: boolean; initialCount?: number }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  if (!alerts.length) return <EmptyState>{t('dashboard.alerts.empty')}</EmptyState>;
  const shown = expanded || !initialCount ? alerts : alerts.slice(0, initialCount);
  return (
    <>
      <ul className="app-alert-list">
        {shown.map((a) => (
          <AlertRow key={a.key} alert={a} canAct={canAct} showAgreement={showAgreement} />
        ))}
      </ul>
      {shown.length < alerts.length ? (
        <Button className="app-alert-list__more" onClick={() => setExpanded(true)}>
          {t('dashboard.alerts.showMore', { count: alerts.length })}
        </Button>
      ) : null}
    </>
  );
}
