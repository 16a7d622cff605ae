import { useId, useState } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { Select } from '../../../components/ui/select.tsx';
import type { AlertItem } from '../api/list-alerts.ts';
import { SNOOZE_DAYS } from './alert-list.tsx';
import type { AlertActionKind } from './use-alert-actions.ts';

/** Select-all and the actions on the selected alerts (each undoable from its toast). */
export function BulkAlertActions({
  shown,
  selected,
  onSelectAll,
  busy,
  onAct,
}: {
  shown: AlertItem[];
  selected: AlertItem[];
  onSelectAll: (all: boolean) => void;
  busy: boolean;
  onAct: (kind: AlertActionKind, days?: number) => void;
}) {
  const t = useT();
  const id = useId();
  const [days, setDays] = useState('7');
  const none = selected.length === 0;
  const allSelected = shown.length > 0 && selected.length === shown.length;
  return (
    <fieldset className="app-bulk-actions">
      <legend>{t('alerts.bulk.legend')}</legend>
      <p className="utrecht-paragraph">
        <Checkbox id={`${id}-all`} checked={allSelected} onChange={() => onSelectAll(!allSelected)} disabled={!shown.length} />{' '}
        <label htmlFor={`${id}-all`}>{t('alerts.selectAll')}</label>
        {' · '}
        <span aria-live="polite">{none ? t('alerts.bulk.none') : t('alerts.bulk.selected', { count: selected.length })}</span>
      </p>
      <div className="app-button-group">
        <Button onClick={() => onAct('acknowledge')} disabled={none || busy}>
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
        <Button onClick={() => onAct('snooze', Number(days))} disabled={none || busy}>
          {t('dashboard.alerts.snooze')}
        </Button>
        <Button onClick={() => onAct('reopen')} disabled={none || busy}>
          {t('alerts.reopen')}
        </Button>
      </div>
    </fieldset>
  );
}
