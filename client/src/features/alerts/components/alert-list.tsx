import { useId, useRef, useState } from 'react';
import { explainToText } from '@akkoord/shared/lifecycle/explain-to-text';
import type { ExplanationStep } from '@akkoord/shared/lifecycle/explanation';
import { todayInAmsterdam } from '../../../lib/format/dates.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge.tsx';
import { stateOf } from '../api/change-alert-state.ts';
import type { AlertItem } from '../api/list-alerts.ts';
import { useAlertActions, type AlertActionKind } from './use-alert-actions.ts';

const TONE: Record<AlertItem['severity'], BadgeTone> = { critical: 'danger', high: 'danger', medium: 'warning', low: 'neutral', info: 'neutral' };
export const SNOOZE_DAYS = [7, 14, 30] as const;

/** Who did what when with an alert: states are per user, so always "you". */
function StateLine({ alert }: { alert: AlertItem }) {
  const t = useT();
  const f = useFormat();
  const state = stateOf(alert, todayInAmsterdam());
  if (state === 'acknowledged') return <p className="app-alert-item__state">{t('alerts.handledBy', { when: f.dateTime(alert.stateChangedAt ?? alert.acknowledgedAt!) })}</p>;
  if (state === 'snoozed') {
    const date = f.date(alert.snoozedUntil!);
    return (
      <p className="app-alert-item__state">{alert.stateChangedAt ? t('alerts.snoozedBy', { date, when: f.dateTime(alert.stateChangedAt) }) : t('alerts.snoozedUntil', { date })}</p>
    );
  }
  return null;
}

interface RowProps {
  alert: AlertItem;
  canAct: boolean;
  showAgreement: boolean;
  busy: boolean;
  onAct: (kind: AlertActionKind, days?: number) => void;
  selection?: { selected: boolean; onToggle: () => void };
}

function AlertRow({ alert, canAct, showAgreement, busy, onAct, selection }: RowProps) {
  const t = useT();
  const f = useFormat();
  const id = useId();
  const [days, setDays] = useState<string>('7');
  const explanation = alert.explanation.map((s) => explainToText(s as ExplanationStep, f.lang));
  const title = alert.agreementTitle ?? (alert.agreementId ? `#${alert.agreementId}` : t(`alertKind.${alert.kind}`));
  const isOpen = stateOf(alert, todayInAmsterdam()) === 'open';

  return (
    <li className={`app-alert-item app-alert-item--${alert.severity}`}>
      <p>
        {selection ? (
          <>
            <Checkbox
              id={`${id}-select`}
              checked={selection.selected}
              onChange={selection.onToggle}
              aria-label={t('alerts.select', { title: `${t(`alertKind.${alert.kind}`)} — ${title}` })}
            />{' '}
          </>
        ) : null}
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
      <StateLine alert={alert} />
      {canAct ? (
        <div className="app-button-group">
          {isOpen ? (
            <>
              <Button onClick={() => onAct('acknowledge')} disabled={busy}>
                {t('dashboard.alerts.acknowledge')}
              </Button>
              <label className="utrecht-form-label" htmlFor={`${id}-days`}>
                {t('dashboard.alerts.snoozeFor')}
              </label>
              <Select
                id={`${id}-days`}
                value={days}
                onChange={(e) => setDays(e.target.value)}
                options={SNOOZE_DAYS.map((d) => ({ value: String(d), label: t('period.day', { count: d }) }))}
              />
              <Button appearance="subtle" onClick={() => onAct('snooze', Number(days))} disabled={busy}>
                {t('dashboard.alerts.snooze')}
              </Button>
            </>
          ) : (
            <Button onClick={() => onAct('reopen')} disabled={busy}>
              {t('alerts.reopen')}
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}

export interface AlertListProps {
  alerts: AlertItem[];
  canAct: boolean;
  showAgreement?: boolean;
  /** What to say when there are none. */
  emptyText?: string;
  /** Check boxes for bulk actions (the alerts page). */
  selection?: { selected: ReadonlySet<string>; onToggle: (key: string) => void };
}

/** Alerts, most urgent first, with acknowledge, snooze and reopen, each undoable from its toast. */
export function AlertList({ alerts, canAct, showAgreement = true, emptyText, selection }: AlertListProps) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const actions = useAlertActions(() => listRef.current);
  if (!alerts.length) return <EmptyState>{emptyText ?? t('dashboard.alerts.empty')}</EmptyState>;
  return (
    <ul className="app-alert-list" ref={listRef} tabIndex={-1} aria-label={t('alerts.list')}>
      {alerts.map((a) => (
        <AlertRow
          key={a.key}
          alert={a}
          canAct={canAct}
          showAgreement={showAgreement}
          busy={actions.isPending}
          onAct={(kind, days) => actions.run(kind, [a], days)}
          selection={selection ? { selected: selection.selected.has(a.key), onToggle: () => selection.onToggle(a.key) } : undefined}
        />
      ))}
    </ul>
  );
}
