import { useEffect, useId, useState, type FormEvent } from 'react';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@akkoord/shared/domain/enums';
import { AGREEMENT_SORTS } from '@akkoord/shared/schemas/agreement';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select, type SelectOption } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { DateFilterInput } from '../../../components/ui/date-input.tsx';
import { formatEuroInput, parseEuroInput } from '@akkoord/shared/money/euro-input';
import { DEFAULT_FILTERS, filtersToSearch, hasActiveFilters, type RegisterFilters } from '../filters.ts';

export interface RegisterFiltersProps {
  value: RegisterFilters;
  onChange: (next: RegisterFilters) => void;
  collaborations: SelectOption[];
  parties: SelectOption[];
  /** Owner choices (value: e-mail); empty hides the filter. */
  owners?: SelectOption[];
}

const SEARCH_DELAY_MS = 350;

/** The register's filter bar; choices apply at once, the search text after a short pause. */
export function RegisterFiltersForm({ value, onChange, collaborations, parties, owners = [] }: RegisterFiltersProps) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState(value.q);
  // Open on wide screens; on a phone the filters fold away under their summary.
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 40rem)').matches);
  const active = filtersToSearch({ ...value, sort: DEFAULT_FILTERS.sort }).size;

  // Follow the URL when it changes from outside (back button, shared link).
  useEffect(() => setQ(value.q), [value.q]);

  useEffect(() => {
    if (q === value.q) return;
    const timer = window.setTimeout(() => onChange({ ...value, q }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q, value, onChange]);

  const set = <K extends keyof RegisterFilters>(key: K, v: RegisterFilters[K]) => onChange({ ...value, q, [key]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, q });
  };

  return (
    <form onSubmit={submit} role="search" aria-label={t('register.filters')}>
      <details className="app-filters-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="app-filters-details__summary">
          {t('register.filters')}
          {active ? <span className="app-muted"> ({t('register.filters.active', { count: active })})</span> : null}
        </summary>
        <fieldset className="app-filters">
          <legend className="app-visually-hidden">{t('register.filters')}</legend>
          <FormField id={`${id}-q`} label={t('register.filter.q')} description={t('register.filter.qHint')}>
            <TextInput type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          </FormField>
          <FormField id={`${id}-collaboration`} label={t('register.filter.collaboration')}>
            <Select value={value.collaboration} onChange={(e) => set('collaboration', e.target.value)} placeholder={t('register.filter.any')} options={collaborations} />
          </FormField>
          <FormField id={`${id}-type`} label={t('register.filter.type')}>
            <Select
              value={value.type}
              onChange={(e) => set('type', e.target.value as RegisterFilters['type'])}
              placeholder={t('register.filter.any')}
              options={AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
            />
          </FormField>
          <FormField id={`${id}-party`} label={t('register.filter.party')}>
            <Select value={value.party} onChange={(e) => set('party', e.target.value)} placeholder={t('register.filter.any')} options={parties} />
          </FormField>
          {owners.length ? (
            <FormField id={`${id}-owner`} label={t('register.filter.owner')}>
              <Select
                value={owners.find((o) => o.value.toLowerCase() === value.owner.toLowerCase())?.value ?? value.owner}
                onChange={(e) => set('owner', e.target.value)}
                placeholder={t('register.filter.any')}
                options={owners}
              />
            </FormField>
          ) : null}
          <FormField id={`${id}-status`} label={t('register.filter.status')}>
            <Select
              value={value.status}
              onChange={(e) => set('status', e.target.value as RegisterFilters['status'])}
              placeholder={t('register.filter.any')}
              options={AGREEMENT_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
            />
          </FormField>
          <FormField id={`${id}-from`} label={t('register.filter.from')}>
            <DateFilterInput bound="start" value={value.from} onCommit={(v) => set('from', v)} />
          </FormField>
          <FormField id={`${id}-to`} label={t('register.filter.to')}>
            <DateFilterInput bound="end" value={value.to} onCommit={(v) => set('to', v)} />
          </FormField>
          <FormField id={`${id}-valueMin`} label={t('register.filter.valueMin')} description={t('register.filter.valueHint')}>
            <EuroFilterInput value={value.valueMin} onCommit={(v) => set('valueMin', v)} />
          </FormField>
          <FormField id={`${id}-valueMax`} label={t('register.filter.valueMax')} description={t('register.filter.valueHint')}>
            <EuroFilterInput value={value.valueMax} onCommit={(v) => set('valueMax', v)} />
          </FormField>
          <FormField id={`${id}-archived`} label={t('register.filter.archived')}>
            <Select
              value={value.archived}
              onChange={(e) => set('archived', e.target.value as RegisterFilters['archived'])}
              options={(['exclude', 'include', 'only'] as const).map((v) => ({ value: v, label: t(`register.filter.archived.${v}`) }))}
            />
          </FormField>
          <FormField id={`${id}-sort`} label={t('register.sort')}>
            <Select
              value={value.sort}
              onChange={(e) => set('sort', e.target.value as RegisterFilters['sort'])}
              options={AGREEMENT_SORTS.map((v) => ({ value: v, label: t(`register.sort.${v}`) }))}
            />
          </FormField>
          <div className="app-filters__actions">
            <Button type="submit" appearance="primary">
              {t('register.filter.apply')}
            </Button>
            {hasActiveFilters(value) ? (
              <Button
                onClick={() => {
                  setQ('');
                  onChange({ ...DEFAULT_FILTERS, sort: value.sort });
                }}
              >
                {t('register.filter.reset')}
              </Button>
            ) : null}
          </div>
        </fieldset>
      </details>
    </form>
  );
}

/** An amount bound in euros as people type it; committed (as whole cents) when left or on Enter, refused while it is not an amount. */
function EuroFilterInput({ value, onCommit }: { value: string; onCommit: (cents: string) => void }) {
  const [text, setText] = useState(value ? formatEuroInput(Number(value)) : '');
  useEffect(() => setText(value ? formatEuroInput(Number(value)) : ''), [value]);
  const cents = parseEuroInput(text);
  const invalid = cents !== null && Number.isNaN(cents);
  const commit = () => {
    if (invalid) return;
    const next = cents === null ? '' : String(cents);
    if (next !== value) onCommit(next);
  };
  return (
    <TextInput
      value={text}
      inputMode="decimal"
      autoComplete="off"
      invalid={invalid}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          // The form's own submit would apply the filters without this bound.
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
