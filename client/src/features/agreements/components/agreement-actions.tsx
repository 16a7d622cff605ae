import { useId, useState } from 'react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import { ApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { TextArea } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useArchiveAgreement, useRestoreAgreement } from '../api/archive-agreement.ts';
import { NoticeDialog } from './notice-dialog.tsx';
import { StartRenewalDialog } from './start-renewal-dialog.tsx';

/** What the caller may do: the server's per-object permissions when given, else the role's. */
function allowed(a: Agreement, action: string, fallback: boolean): boolean {
  const p = a.permissions as Record<string, boolean> | undefined;
  return p && action in p ? Boolean(p[action]) : fallback;
}

/** Edit, archive and restore, shown only when the user may do them. */
export function AgreementActions({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const archive = useArchiveAgreement(a.id);
  const restore = useRestoreAgreement(a.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [step, setStep] = useState<'renew' | 'notice' | null>(null);

  const doArchive = (confirm: boolean) => {
    setOpen(false);
    archive.mutate(
      { confirm, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          setNeedsConfirm(false);
          toast.show(t('agreement.archived'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'dependents_exist') {
            setNeedsConfirm(true);
            setOpen(true);
          } else toast.show(t('agreement.actionFailed'), 'error');
        },
      },
    );
  };

  const mayEdit = allowed(a, 'update', canEdit);
  const mayArchive = allowed(a, 'archive', canEdit);
  const mayRestore = allowed(a, 'restore', canEdit);
  const live = !a.archived && (a.workflowState === 'active' || a.workflowState === 'in_renewal');
  const mayRenew = live && a.workflowState === 'active' && canEdit;
  const mayGiveNotice = live && canEdit;
  if (!mayEdit && !mayArchive && !mayRestore) return null;

  return (
    <>
      <ButtonGroup label={t('agreement.actions')}>
        {mayEdit && !a.archived ? (
          <Link to={`/agreements/${a.id}/edit`} button="primary">
            {t('agreement.edit')}
          </Link>
        ) : null}
        {mayRenew ? <Button onClick={() => setStep('renew')}>{t('agreement.startRenewal')}</Button> : null}
        {mayGiveNotice ? <Button onClick={() => setStep('notice')}>{t('agreement.recordNotice')}</Button> : null}
        {a.archived
          ? mayRestore && (
              <Button
                busy={restore.isPending}
                onClick={() => restore.mutate({}, { onSuccess: () => toast.show(t('agreement.restored')), onError: () => toast.show(t('agreement.actionFailed'), 'error') })}
              >
                {t('agreement.restore')}
              </Button>
            )
          : mayArchive && (
              <Button busy={archive.isPending} onClick={() => setOpen(true)}>
                {t('agreement.archive')}
              </Button>
            )}
      </ButtonGroup>
      <Dialog
        open={open}
        title={t('agreement.archive.title')}
        onClose={() => {
          setOpen(false);
          setNeedsConfirm(false);
        }}
        actions={
          <>
            <Button appearance="primary" danger={needsConfirm} onClick={() => doArchive(needsConfirm)}>
              {needsConfirm ? t('agreement.archive.force') : t('agreement.archive.confirm')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <p className="utrecht-paragraph">{t('agreement.archive.text')}</p>
        {needsConfirm ? (
          <Alert type="warning">
            <p className="utrecht-paragraph">{t('agreement.archive.dependents')}</p>
          </Alert>
        ) : null}
        <FormField id={`${id}-reason`} label={t('agreement.archive.reason')}>
          <TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </FormField>
      </Dialog>
      {step === 'renew' ? <StartRenewalDialog agreement={a} onClose={() => setStep(null)} /> : null}
      {step === 'notice' ? <NoticeDialog agreement={a} onClose={() => setStep(null)} /> : null}
    </>
  );
}
