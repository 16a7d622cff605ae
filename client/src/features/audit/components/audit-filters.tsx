import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select, type SelectOption } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { DateFilterInput } from '../../../components/ui/date-input.tsx';
import { EMPTY_AUDIT_FILTERS, hasAuditFilters, type AuditFilters } from '../filters.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, isAuditAction, isAuditEntityType } from '@akkoord/shared/domain/audit-vocabulary';

/**
 * Filters of the audit trail. Choices apply at once; typed fields (id,
 * actor) apply on "Toepassen" or Enter, so a half-typed e-mail address
 * does not query the server on every key.
 */
export function AuditFiltersForm({ value, onChange }: { value: AuditFilters; onChange: (next: AuditFilters) => void }) {
  const t = useT();
  const id = useId();
  const [entityId, setEntityId] = useState(value.entityId);
  const [actor, setActor] = useState(value.actor);
  useEffect(() => setEntityId(value.entityId), [value.entityId]);
  useEffect(() => setActor(value.actor), [value.actor]);

  // The filters live in the URL, which follows a change only once the navigation settles: a second change before
  // that must build on the first, not on the value still shown (two quick selects lost the first one).
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const set = <K extends keyof AuditFilters>(key: K, v: AuditFilters[K]) => {
    const next = { ...latest.current, entityId, actor, [key]: v };
    latest.current = next;
    onChange(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, entityId, actor });
  };
  // Values from a shared link that this screen has no words for still show (as they are).
  const entityOptions: SelectOption[] = AUDIT_ENTITY_TYPES.map((v) => ({ value: v, label: t(`audit.entity.${v}`) }));
  if (value.entityType && !isAuditEntityType(value.entityType)) entityOptions.push({ value: value.entityType, label: value.entityType });
  const actionOptions: SelectOption[] = AUDIT_ACTIONS.map((v) => ({ value: v, label: t(`audit.action.${v}`) }));
  if (value.action && !isAuditAction(value.action)) actionOptions.push({ value: value.action, label: value.action });

  return (
    <form onSubmit={submit} role="search" aria-label={t('audit.filters')}>
      <fieldset className="app-filters">
        <legend className="app-visually-hidden">{t('audit.filters')}</legend>
        <FormField id={`${id}-type`} label={t('audit.filter.entityType')}>
          <Select value={value.entityType} onChange={(e) => set('entityType', e.target.value)} placeholder={t('audit.filter.any')} options={entityOptions} />
        </FormField>
        <FormField id={`${id}-entity`} label={t('audit.filter.entityId')} description={t('audit.filter.entityIdHint')}>
          <TextInput value={entityId} onChange={(e) => setEntityId(e.target.value)} autoComplete="off" maxLength={100} />
        </FormField>
        <FormField id={`${id}-action`} label={t('audit.filter.action')}>
          <Select value={value.action} onChange={(e) => set('action', e.target.value)} placeholder={t('audit.filter.any')} options={actionOptions} />
        </FormField>
        <FormField id={`${id}-actor`} label={t('audit.filter.actor')} description={t('audit.filter.actorHint')}>
          <TextInput value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="off" maxLength={320} />
        </FormField>
        <FormField id={`${id}-from`} label={t('audit.filter.from')}>
          <DateFilterInput bound="start" value={value.from} onCommit={(v) => set('from', v)} />
        </FormField>
        <FormField id={`${id}-to`} label={t('audit.filter.to')}>
          <DateFilterInput bound="end" value={value.to} onCommit={(v) => set('to', v)} />
        </FormField>
        <div className="app-filters__actions">
          <Button type="submit" appearance="primary">
            {t('audit.filter.apply')}
          </Button>
          {hasAuditFilters(value) ? <Button onClick={() => onChange(EMPTY_AUDIT_FILTERS)}>{t('audit.filter.reset')}</Button> : null}
        </div>
      </fieldset>
    </form>
  );
}
