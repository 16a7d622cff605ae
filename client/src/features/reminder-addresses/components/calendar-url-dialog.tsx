import { useId } from 'react';
import type { ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';

/** An address's calendar feed URL with a copy button, and the way to replace it (asks first); withheld, with the reason, when it reaches outside the user's collaborations. */
export function CalendarUrlDialog({ address, canManage, onRegenerate, onClose }: { address: ReminderAddress; canManage: boolean; onRegenerate: () => void; onClose: () => void }) {
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
        <Paragraph>{t(address.reachesOutsideScope ? 'addresses.calendar.withheld' : 'addresses.calendar.none')}</Paragraph>
      )}
    </Dialog>
  );
}
