import type { AgreementStatus } from '@akkoord/shared/domain/enums';

export type StatusPattern = 'none' | 'diagonal' | 'cross' | 'horizontal' | 'vertical' | 'grid' | 'back-diagonal' | 'dots';

export interface StatusStyle {
  /** Stripe, outline and pattern colour: at least 4.5:1 against white. */
  ink: string;
  /** Bar body: light, so dark text and the pattern stay readable on it. */
  fill: string;
  /** Texture that tells statuses apart without colour (legend, print, colour blindness). */
  pattern: StatusPattern;
  /** Drafts are drawn dashed. */
  dashed?: boolean;
}

export const STATUS_STYLES: Record<AgreementStatus, StatusStyle> = {
  active: { ink: '#1b6e34', fill: '#d4ecd9', pattern: 'none' },
  expiring: { ink: '#8a4b00', fill: '#f7e3c4', pattern: 'diagonal' },
  notice_period: { ink: '#b3261e', fill: '#f6d5d2', pattern: 'cross' },
  in_renewal: { ink: '#1c4181', fill: '#d5def0', pattern: 'horizontal' },
  renewed: { ink: '#5b3f8c', fill: '#e3dcef', pattern: 'vertical' },
  terminated: { ink: '#4d4d4d', fill: '#e4e4e4', pattern: 'grid' },
  expired: { ink: '#595959', fill: '#ececec', pattern: 'back-diagonal' },
  unknown_dates: { ink: '#4a5563', fill: '#dde2e8', pattern: 'dots' },
  draft: { ink: '#3d3d3d', fill: '#ffffff', pattern: 'none', dashed: true },
};

/** Marker colours (shape tells them apart too: diamond = notice deadline, circle = review). */
export const MARKER_INK = { notice: '#b3261e', review: '#1c4181', today: '#0b0c0c' } as const;
