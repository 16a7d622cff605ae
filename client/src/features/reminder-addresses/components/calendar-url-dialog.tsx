import { useId } from 'react';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

/**
 * An address's calendar feed URL with a copy button, and the way to replace it
 * (asks first). A user limited to some collaborations never gets the URL
 * (`limited`); the dialog says why, and still offers a new URL for an address
 * within their collaborations (which ends one handed out earlier).
 */
export function CalendarUrlDialog({
  address,
  canManage,
  limited = false,
  onRegenerate,
  onClose,
}: {
  address: ReminderAddress;
  canManage: boolean;
  limited?: boolean;
  onRegenerate: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      open
      wide
      title={t('addresses.calendar.title', { email: address.email })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.close')}</Button>
          {canManage && address.kind === 'address' && !address.reachesOutsideScope ? (
            <Button danger onClick={onRegenerate}>
              {t('addresses.regenerate')}
            </Button>
          ) : null}
        </>
      }
    >
      {address.calendarUrl ? (
        <CopyField id={`${id}-url`} label={t('addresses.calendar.url')} value={address.calendarUrl} description={t('addresses.calendar.hint')} monospace />
      ) : (
        <Paragraph>{t(address.reachesOutsideScope ? 'addresses.calendar.withheld' : limited ? 'addresses.calendar.limited' : 'addresses.calendar.none')}</Paragraph>
      )}
    </Dialog>
  );
}
