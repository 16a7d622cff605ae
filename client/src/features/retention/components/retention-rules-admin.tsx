import { useId, useState } from 'react';
import { AGREEMENT_TYPES, type AgreementType } from '@akkoord/shared/domain/enums';
import type { RetentionAction, RetentionRule } from '@akkoord/shared/schemas/retention';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { TextArea, TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useDeleteRetentionRule } from '../api/delete-retention-rule.ts';
import { useRetentionRules } from '../api/list-retention-rules.ts';
import { useSaveRetentionRule } from '../api/save-retention-rule.ts';

/** The selection list for admins: every rule with its defaults and use; add, edit, delete (unused only). */
export function RetentionRulesAdmin() {
  const t = useT();
  const rules = useRetentionRules();
  const [editing, setEditing] = useState<RetentionRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RetentionRule | null>(null);
  return (
    <>
      <ButtonGroup>
        <Button appearance="primary" onClick={() => setEditing('new')}>
          {t('retention.rules.add')}
        </Button>
      </ButtonGroup>
      <QueryState query={rules} skeleton={<Skeleton lines={4} />}>
        {(list) =>
          list.length ? (
            <TableScroll label={t('retention.rules.table')}>
              <Table caption={t('retention.rules.table')} captionHidden>
                <THead>
                  <Tr>
                    <Th>{t('retention.rules.code')}</Th>
                    <Th>{t('retention.rules.description')}</Th>
                    <Th>{t('retention.rules.action')}</Th>
                    <Th>{t('retention.rules.defaultFor')}</Th>
                    <Th numeric>{t('retention.rules.inUse')}</Th>
                    <Th>{t('retention.rules.actions')}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {list.map((r) => (
                    <Tr key={r.id}>
                      <Td>{r.code}</Td>
                      <Td>
                        {r.description}
                        <span className="app-data-list__note">{r.legalBasis}</span>
                      </Td>
                      <Td>{r.action === 'keep' ? t('retention.keep') : t('retention.destroyAfter', { count: r.years ?? 0 })}</Td>
                      <Td>{r.defaultForTypes.map((type) => t(`type.${type}`)).join(', ')}</Td>
                      <Td numeric>{r.agreementCount}</Td>
                      <Td>
                        <ButtonGroup>
                          <Button appearance="subtle" onClick={() => setEditing(r)} aria-label={t('retention.rules.edit', { code: r.code })}>
                            {t('retention.rules.editShort')}
                          </Button>
                          {r.agreementCount === 0 ? (
                            <Button appearance="subtle" danger onClick={() => setDeleting(r)} aria-label={t('retention.rules.deleteTitle', { code: r.code })}>
                              {t('retention.rules.delete')}
                            </Button>
                          ) : null}
                        </ButtonGroup>
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </TableScroll>
          ) : (
            <EmptyState>{t('retention.rules.empty')}</EmptyState>
          )
        }
      </QueryState>
      {editing ? <RuleFormDialog rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} /> : null}
    </>
  );
}

function DeleteRuleDialog({ rule, onClose }: { rule: RetentionRule; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const remove = useDeleteRetentionRule();
  return (
    <ConfirmDialog
      title={t('retention.rules.deleteTitle', { code: rule.code })}
      text={t('retention.rules.deleteText')}
      submitLabel={t('retention.rules.delete')}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(rule.id, {
          onSuccess: () => {
            onClose();
            toast.show(t('retention.rules.deleted', { code: rule.code }));
          },
        })
      }
      onClose={onClose}
    />
  );
}

/** Adds or edits a rule; the server checks again (years fit the action, unique code). */
function RuleFormDialog({ rule, onClose }: { rule: RetentionRule | null; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const save = useSaveRetentionRule();
  const [code, setCode] = useState(rule?.code ?? '');
  const [description, setDescription] = useState(rule?.description ?? '');
  const [action, setAction] = useState<RetentionAction>((rule?.action as RetentionAction | undefined) ?? 'destroy');
  const [years, setYears] = useState(rule?.years != null ? String(rule.years) : '');
  const [legalBasis, setLegalBasis] = useState(rule?.legalBasis ?? '');
  const [types, setTypes] = useState<AgreementType[]>(rule?.defaultForTypes ?? []);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...serverFieldErrors(save.error, t), ...local };
  const submit = () => {
    const problems: Record<string, string> = {};
    if (!code.trim()) problems.code = t('validation.filled');
    if (!description.trim()) problems.description = t('validation.filled');
    if (!legalBasis.trim()) problems.legalBasis = t('validation.filled');
    const n = Number(years);
    if (action === 'destroy' && (!years.trim() || !Number.isInteger(n) || n < 1 || n > 200)) problems.years = t('validation.number');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const changes = { code: code.trim(), description: description.trim(), action, years: action === 'destroy' ? n : null, legalBasis: legalBasis.trim(), defaultForTypes: types };
    save.mutate(rule ? { id: rule.id, changes } : { id: null, changes }, {
      onSuccess: (saved) => {
        onClose();
        toast.show(t('retention.rules.saved', { code: saved.code }));
      },
    });
  };
  return (
    <FormDialog
      wide
      title={rule ? t('retention.rules.edit', { code: rule.code }) : t('retention.rules.add')}
      submitLabel={t('common.save')}
      busy={save.isPending}
      error={save.error}
      errorTitle={t('retention.rules.error')}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormField id={`${id}-code`} label={t('retention.rules.code')} required requiredText={t('common.required')} error={errors.code}>
        <TextInput value={code} onChange={(e) => setCode(e.target.value)} maxLength={40} />
      </FormField>
      <FormField id={`${id}-description`} label={t('retention.rules.description')} required requiredText={t('common.required')} error={errors.description}>
        <TextInput value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />
      </FormField>
      <FormField id={`${id}-action`} label={t('retention.rules.action')} error={errors.action}>
        <Select
          options={[
            { value: 'destroy', label: t('retention.action.destroy') },
            { value: 'keep', label: t('retention.action.keep') },
          ]}
          value={action}
          onChange={(e) => setAction(e.target.value as RetentionAction)}
        />
      </FormField>
      {action === 'destroy' ? (
        <FormField id={`${id}-years`} label={t('retention.rules.years')} required requiredText={t('common.required')} error={errors.years}>
          <TextInput inputMode="numeric" value={years} onChange={(e) => setYears(e.target.value)} />
        </FormField>
      ) : null}
      <FormField id={`${id}-basis`} label={t('retention.rules.legalBasis')} required requiredText={t('common.required')} error={errors.legalBasis}>
        <TextArea value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} rows={4} maxLength={2000} />
      </FormField>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('retention.rules.defaultFor')}</legend>
        {AGREEMENT_TYPES.map((type) => (
          <FormField key={type} id={`${id}-type-${type}`} label={t(`type.${type}`)} checkbox>
            <Checkbox checked={types.includes(type)} onChange={(e) => setTypes((now) => (e.target.checked ? [...now, type] : now.filter((x) => x !== type)))} />
          </FormField>
        ))}
      </fieldset>
    </FormDialog>
  );
}
