import { useId } from 'react';
import { OUTBOX_STATUSES, type OutboxStatus } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';

export function isOutboxStatus(v: string | null): v is OutboxStatus {
  return (OUTBOX_STATUSES as readonly (string | null)[]).includes(v);
}

/** Status filter of the outbox; applies at once. */
export function OutboxFilter({ value, onChange }: { value: OutboxStatus | ''; onChange: (next: OutboxStatus | '') => void }) {
  const t = useT();
  const id = useId();
  return (
    <form role="search" aria-label={t('outbox.filter')} className="app-inline-form" onSubmit={(e) => e.preventDefault()}>
      <FormField id={`${id}-status`} label={t('outbox.filter.status')}>
        <Select
          value={value}
          onChange={(e) => onChange(isOutboxStatus(e.target.value) ? e.target.value : '')}
          placeholder={t('outbox.filter.any')}
          options={OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))}
        />
      </FormField>
    </form>
  );
}
