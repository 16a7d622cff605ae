import type { OutboxStatus } from '@akkoord/shared/schemas/reminders';
import { useT } from '../../../lib/i18n/use-t.ts';
import { StatusBadge, type BadgeTone } from '../../../components/ui/status-badge.tsx';

const TONES: Record<OutboxStatus, BadgeTone> = { pending: 'warning', sending: 'active', sent: 'safe', failed: 'danger', cancelled: 'inactive' };

/** A message's delivery status in words. */
export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = useT();
  return <StatusBadge tone={TONES[status]}>{t(`outbox.status.${status}`)}</StatusBadge>;
}
