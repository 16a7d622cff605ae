import { useId, useState } from 'react';
import type { CalendarFeed } from '@akkoord/shared/schemas/reminders';
import { problemText } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { CopyField } from '../../../components/ui/copy-field.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useRegenerateMyCalendar } from '../api/regenerate-my-calendar.ts';

/** How to subscribe in Outlook (web and desktop) and other calendars. */
function SubscribeHelp() {
  const t = useT();
  return (
    <div className="app-help">
      <Heading level={3}>{t('calendar.howTo')}</Heading>
      <ol className="utrecht-ordered-list">
        <li className="utrecht-ordered-list__item">{t('calendar.outlookWeb')}</li>
        <li className="utrecht-ordered-list__item">{t('calendar.outlookDesktop')}</li>
        <li className="utrecht-ordered-list__item">{t('calendar.other')}</li>
      </ol>
      <Paragraph className="app-muted">{t('calendar.refresh')}</Paragraph>
    </div>
  );
}

/** Your secret calendar URL with copy and subscribe, how to use it, and a new URL when it leaked. */
export function CalendarFeedPanel({ feed }: { feed: CalendarFeed }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const regenerate = useRegenerateMyCalendar();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Paragraph>{t('calendar.intro')}</Paragraph>
      <CopyField id={`${id}-url`} label={t('calendar.url')} description={t('calendar.secret')} value={feed.url} />
      <ButtonGroup>
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={feed.webcalUrl}>
          {t('calendar.subscribe')}
        </a>
        <Button onClick={() => setConfirming(true)}>{t('calendar.regenerate')}</Button>
      </ButtonGroup>
      <SubscribeHelp />
      <Dialog
        open={confirming}
        title={t('calendar.regenerate.title')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button
              appearance="primary"
              danger
              busy={regenerate.isPending}
              onClick={() =>
                regenerate.mutate(undefined, {
                  onSuccess: () => {
                    setConfirming(false);
                    toast.show(t('calendar.regenerated'));
                  },
                })
              }
            >
              {t('calendar.regenerate.confirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </>
        }
      >
        <Paragraph>{t('calendar.regenerate.text')}</Paragraph>
        {regenerate.error && !regenerate.isPending ? (
          <Alert type="error" live>
            <Paragraph>{problemText(regenerate.error, t)}</Paragraph>
          </Alert>
        ) : null}
      </Dialog>
    </>
  );
}
