import type { AgreementStatus } from '@akkoord/shared/domain/enums';
import type { PartialDate } from '@akkoord/shared/dates/partial-date';
import { statusLabelOf, type StatusLabel } from '@akkoord/shared/lifecycle/status-label';
import { useT } from '../../lib/i18n/use-t.ts';
import { StatusBadge, type BadgeTone } from '../ui/status-badge.tsx';

const TONES: Record<StatusLabel, BadgeTone> = {
  draft: 'neutral',
  active: 'safe',
  expiring: 'warning',
  notice_period: 'danger',
  in_renewal: 'active',
  renewed: 'inactive',
  terminated: 'inactive',
  expired: 'inactive',
  unknown_dates: 'warning',
  renews_unless_notice: 'warning',
  renews_tacitly: 'active',
};

export interface AgreementStatusBadgeProps {
  status: AgreementStatus;
  /** With these two a tacitly renewing agreement is called what it is ("Wordt stilzwijgend verlengd"), not "Loopt binnenkort af". */
  tacitRenewal?: boolean | null;
  noticeDeadline?: PartialDate | null;
}

/** The computed status in words, as the shared engine names it (colour only supports the text). */
export function AgreementStatusBadge({ status, tacitRenewal = null, noticeDeadline = null }: AgreementStatusBadgeProps) {
  const t = useT();
  const label = statusLabelOf({ status, tacitRenewal, noticeDeadline });
  return <StatusBadge tone={TONES[label]}>{t(`status.${label}`)}</StatusBadge>;
}
