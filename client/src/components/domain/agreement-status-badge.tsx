import type { AgreementStatus } from '@akkoord/shared/domain/enums';
import { useT } from '../../lib/i18n/use-t.ts';
import { StatusBadge, type BadgeTone } from '../ui/status-badge.tsx';

const TONES: Record<AgreementStatus, BadgeTone> = {
  draft: 'neutral',
  active: 'safe',
  expiring: 'warning',
  notice_period: 'danger',
  in_renewal: 'active',
  renewed: 'inactive',
  terminated: 'inactive',
  expired: 'inactive',
  unknown_dates: 'warning',
};

/** The computed status in words (colour only supports the text). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const t = useT();
  return <StatusBadge tone={TONES[status]}>{t(`status.${status}`)}</StatusBadge>;
}
