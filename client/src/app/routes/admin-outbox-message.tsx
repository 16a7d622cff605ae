import { useParams, type LoaderFunctionArgs } from 'react-router';
import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from '../../components/ui/link.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { outboxMessageQueryOptions, useOutboxMessage } from '../../features/outbox/api/get-outbox-message.ts';
import { OutboxAttempts, OutboxBody, OutboxEnvelope, OutboxItems } from '../../features/outbox/components/outbox-message-view.tsx';
import { CancelMessageButton, isCancellable } from '../../features/outbox/components/cancel-message-button.tsx';
import { ResendButton } from '../../features/outbox/components/resend-button.tsx';
import { useCan } from '../../features/session/api/use-can.ts';
import { queryClient } from '../query-client.ts';

export function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) void queryClient.prefetchQuery(outboxMessageQueryOptions(id));
  return null;
}

/** One outgoing e-mail, readable as it arrives, with its attempts; a failed one can be sent again, one not sent yet cancelled. */
export function Component() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useOutboxMessage(id);
  const canResend = useCan('outbox', 'resend');
  const canCancel = useCan('outbox', 'cancel');
  useDocumentTitle(query.data?.subject ?? t('outbox.title'));
  return (
    <>
      <p className="utrecht-paragraph app-no-print">
        <Link to="/admin/outbox">{t('outbox.back')}</Link>
      </p>
      <QueryState query={query} skeleton={<Skeleton lines={14} />}>
        {(m) => (
          <>
            <PageHeader
              pre={t('outbox.message')}
              title={m.subject}
              actions={
                (canResend && m.status === 'failed') || (canCancel && isCancellable(m)) ? (
                  <>
                    {canResend ? <ResendButton message={m} /> : null}
                    {canCancel ? <CancelMessageButton message={m} /> : null}
                  </>
                ) : null
              }
            />
            <OutboxEnvelope message={m} />
            <Section id="items" title={t('outbox.items')}>
              <OutboxItems message={m} />
            </Section>
            <OutboxBody message={m} />
            <Section id="attempts" title={t('outbox.attempts.title')}>
              <OutboxAttempts message={m} />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
