import { useId, useState, type FormEvent } from 'react';
import { ALERT_KINDS, ALERT_SEVERITIES } from '@akkoord/shared/lifecycle/alert-types';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select, type SelectOption } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { ALERT_STATES, EMPTY_ALERT_FILTERS, type AlertFilters as Filters } from '../filters.ts';

/** The alerts page's filters: kind, severity, collaboration, owner and state, applied with one button. */
export function AlertFilters({ value, collaborations, onApply }: { value: Filters; collaborations: SelectOption[]; onApply: (filters: Filters) => void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<Filters>(value);
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => setDraft((d) => ({ ...d, [key]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="app-filters" onSubmit={submit} role="search" aria-label={t('alerts.filter.legend')}>
      <div className="app-form-row">
        <FormField id={`${id}-state`} label={t('alerts.filter.state')}>
          <Select
            value={draft.state}
            onChange={(e) => set('state', e.target.value as Filters['state'])}
            options={ALERT_STATES.map((s) => ({ value: s, label: t(`alerts.state.${s}`) }))}
          />
        </FormField>
        <FormField id={`${id}-kind`} label={t('alerts.filter.kind')}>
          <Select
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value)}
            placeholder={t('alerts.filter.all')}
            options={ALERT_KINDS.map((k) => ({ value: k, label: t(`alertKind.${k}`) }))}
          />
        </FormField>
        <FormField id={`${id}-severity`} label={t('alerts.filter.severity')}>
          <Select
            value={draft.severity}
            onChange={(e) => set('severity', e.target.value)}
            placeholder={t('alerts.filter.all')}
            options={ALERT_SEVERITIES.map((s) => ({ value: s, label: t(`alertSeverity.${s}`) }))}
          />
        </FormField>
        <FormField id={`${id}-collaboration`} label={t('alerts.filter.collaboration')}>
          <Select value={draft.collaboration} onChange={(e) => set('collaboration', e.target.value)} placeholder={t('alerts.filter.all')} options={collaborations} />
        </FormField>
        <FormField id={`${id}-owner`} label={t('alerts.filter.owner')}>
          <TextInput value={draft.owner} onChange={(e) => set('owner', e.target.value)} autoComplete="off" />
        </FormField>
      </div>
      <div className="app-button-group">
        <Button type="submit" appearance="primary">
          {t('alerts.filter.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft(EMPTY_ALERT_FILTERS);
            onApply(EMPTY_ALERT_FILTERS);
          }}
        >
          {t('alerts.filter.reset')}
        </Button>
      </div>
    </form>
  );
}
