import { useT } from '../../lib/i18n/use-t.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Paragraph } from '../../components/ui/heading.tsx';
import { PageHeader, Section } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { myCalendarQueryOptions, useMyCalendar } from '../../features/calendar/api/get-my-calendar.ts';
import { CalendarFeedPanel } from '../../features/calendar/components/calendar-feed.tsx';
import { useSession, type SessionState } from '../../features/session/api/get-session.ts';
import { useCan } from '../../features/session/api/use-can.ts';
import { PasswordForm } from '../../features/session/components/password-form.tsx';
import { ProfileForm } from '../../features/session/components/profile-form.tsx';
import { SignOutEverywhere } from '../../features/session/components/sign-out-everywhere.tsx';
import { queryClient } from '../query-client.ts';
import { myTokensQueryOptions } from '../../features/api-tokens/api/list-my-tokens.ts';
import { ApiTokensPanel } from '../../features/api-tokens/components/api-tokens-panel.tsx';
import { sessionKeys } from '../../features/session/api/keys.ts';

/** True when the session (as far as known yet) says the temporary password must be changed first. */
const mustChangePassword = (session: SessionState | undefined) => session?.kind === 'signed-in' && session.user.mustChangePassword;

export function loader() {
  // Until the temporary password is changed the server refuses the calendar: do not ask.
  if (!mustChangePassword(queryClient.getQueryData<SessionState>(sessionKeys.current))) {
    void queryClient.prefetchQuery(myCalendarQueryOptions());
    void queryClient.prefetchQuery(myTokensQueryOptions());
  }
  return null;
}

/**
 * "Mijn account": profile and language, password, the personal calendar feed,
 * sign out everywhere. With a temporary password only the password and
 * signing out: the server refuses the rest until it is changed.
 */
export function Component() {
  const t = useT();
  useDocumentTitle(t('account.title'));
  const session = useSession().data;
  const isRestricted = mustChangePassword(session);
  const hasCalendar = useCan('calendar', 'own') && !isRestricted;
  const calendar = useMyCalendar({ enabled: hasCalendar });
  if (session?.kind !== 'signed-in') {
    return (
      <>
        <PageHeader title={t('account.title')} />
        <Paragraph>{t('account.noAccounts')}</Paragraph>
      </>
    );
  }
  const { user } = session;
  return (
    <>
      <PageHeader title={t('account.title')} intro={t('account.intro', { role: t(`userRole.${user.role}`) })} />
      {isRestricted ? (
        <Alert type="warning" title={t('account.mustChange.title')}>
          <Paragraph>{t('account.mustChange.text')}</Paragraph>
        </Alert>
      ) : null}
      <div className="app-grid">
        {isRestricted ? null : (
          <Section id="profile" title={t('account.profile')}>
            <ProfileForm user={user} />
          </Section>
        )}
        <Section id="password" title={t('account.password')}>
          <PasswordForm email={user.email} />
        </Section>
      </div>
      {hasCalendar ? (
        <Section id="calendar" title={t('calendar.title')}>
          <QueryState query={calendar} skeleton={<Skeleton lines={4} />}>
            {(feed) => <CalendarFeedPanel feed={feed} />}
          </QueryState>
        </Section>
      ) : null}
      {isRestricted ? null : (
        <Section id="api-tokens" title={t('apiTokens.title')}>
          <ApiTokensPanel />
        </Section>
      )}
      <Section id="sessions" title={t('account.sessions')}>
        <SignOutEverywhere />
      </Section>
    </>
  );
}
