import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export type BadgeTone = 'neutral' | 'safe' | 'warning' | 'danger' | 'active' | 'inactive';

/** A short status label (utrecht-status-badge); the text carries the meaning, not the colour. */
export function StatusBadge({ tone = 'neutral', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cx('utrecht-status-badge', `utrecht-status-badge--${tone}`, 'app-badge', className)}>{children}</span>;
}
