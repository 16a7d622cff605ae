import { useId, useState, type FormEvent } from 'react';
import { followBodySchema, type Follower } from '@akkoord/shared/schemas/reminders';
import { fieldErrorsOf, problemText, serverFieldErrors } from '../../../lib/form-errors.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Heading, Paragraph } from '../../../components/ui/heading.tsx';
import { QueryError } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useFollow } from '../api/follow.ts';
import { useFollowers, type FollowSubject } from '../api/list-followers.ts';
import { useUnfollow } from '../api/unfollow.ts';

export interface FollowPanelProps {
  subject: FollowSubject;
  /** follow.self: managers and up follow for themselves. */
  canFollow: boolean;
  /** follow.manage: admin and legal add and remove plain addresses and others. */
  canManage: boolean;
}

/** Adds a plain address (a team mailbox such as the legal department's); no account needed. */
function AddAddressForm({ subject }: { subject: FollowSubject }) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const add = useFollow(subject);
  const [email, setEmail] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverFieldErrors(add.error), ...errors };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.reset();
    const result = followBodySchema.safeParse({ email: email.trim(), ...(label.trim() ? { label: label.trim() } : {}) });
    setErrors(fieldErrorsOf(result, t));
    if (!result.success) return;
    add.mutate(result.data, {
      onSuccess: () => {
        toast.show(t('follow.address.added', { email: email.trim() }));
        setEmail('');
        setLabel('');
      },
    });
  };
  return (
    <details className="app-disclosure">
      <summary id={`${id}-title`}>{t('follow.address.title')}</summary>
      <form onSubmit={submit} noValidate className="app-inline-form" aria-labelledby={`${id}-title`}>
        <Paragraph className="app-muted">{t('follow.address.hint')}</Paragraph>
        {add.error && !add.isPending && !serverFieldErrors(add.error).email ? (
          <Alert type="error" live>
            <Paragraph>{problemText(add.error, t)}</Paragraph>
          </Alert>
        ) : null}
        <div className="app-form-row">
          <FormField id={`${id}-email`} label={t('follow.address.email')} error={shown.email}>
            <TextInput type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
          </FormField>
          <FormField id={`${id}-label`} label={t('follow.address.label')} requiredText={t('common.optional')} error={shown.label}>
            <TextInput value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" />
          </FormField>
        </div>
        <Button type="submit" busy={add.isPending}>
          {t('follow.address.submit')}
        </Button>
      </form>
    </details>
  );
}

function FollowerItem({ follower: f, canRemove, onRemove, busy }: { follower: Follower; canRemove: boolean; onRemove: () => void; busy: boolean }) {
  const t = useT();
  const name = f.label ? `${f.label} (${f.email})` : f.email;
  return (
    <li className="app-follower">
      <span className="app-break">
        {name}
        {f.isMe ? <span className="app-muted"> {t('follow.you')}</span> : null}
      </span>{' '}
      {f.kind === 'address' ? <StatusBadge tone="neutral">{t('follow.kind.address')}</StatusBadge> : null}
      {canRemove ? (
        <Button appearance="subtle" busy={busy} onClick={onRemove}>
          {t('follow.remove')}
          <span className="app-visually-hidden"> {name}</span>
        </Button>
      ) : null}
    </li>
  );
}

/**
 * Who gets reminders for this agreement or collaboration: follow or stop
 * following yourself, and (admin, legal) manage other followers and team mailboxes.
 */
export function FollowPanel({ subject, canFollow, canManage }: FollowPanelProps) {
  const t = useT();
  const toast = useToast();
  const query = useFollowers(subject);
  const follow = useFollow(subject);
  const unfollow = useUnfollow(subject);
  if (query.error && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton lines={3} />;
  const followers = query.data.followers;
  const me = followers.find((f) => f.isMe);
  const noun = subject.kind === 'agreement' ? 'agreement' : 'collaboration';

  const toggle = () => {
    if (me) {
      unfollow.mutate(me.recipientId, {
        onSuccess: () => toast.show(t(`follow.stopped.${noun}`)),
        onError: (error) => toast.show(problemText(error, t), 'error'),
      });
    } else {
      follow.mutate({}, { onSuccess: () => toast.show(t(`follow.started.${noun}`)), onError: (error) => toast.show(problemText(error, t), 'error') });
    }
  };

  return (
    <div className="app-follow">
      {canFollow ? (
        <div className="app-follow__me">
          <Paragraph>{me ? t(`follow.following.${noun}`) : t(`follow.notFollowing.${noun}`)}</Paragraph>
          <Button appearance={me ? 'secondary' : 'primary'} busy={follow.isPending || unfollow.isPending} onClick={toggle}>
            {me ? t('follow.unfollow') : t('follow.follow')}
          </Button>
        </div>
      ) : null}
      <Heading level={3}>{t('follow.followers', { count: followers.length })}</Heading>
      {followers.length ? (
        <ul className="app-follower-list">
          {followers.map((f) => (
            <FollowerItem
              key={f.recipientId}
              follower={f}
              canRemove={canManage || (f.isMe && canFollow)}
              busy={unfollow.isPending && unfollow.variables === f.recipientId}
              onRemove={() =>
                unfollow.mutate(f.recipientId, {
                  onSuccess: () => toast.show(t('follow.removed', { email: f.email })),
                  onError: (error) => toast.show(problemText(error, t), 'error'),
                })
              }
            />
          ))}
        </ul>
      ) : (
        <EmptyState>{t(`follow.none.${noun}`)}</EmptyState>
      )}
      {canManage ? <AddAddressForm subject={subject} /> : null}
    </div>
  );
}
