import type { ReactNode } from 'react';
import { cx } from './cx.ts';

/** A row of actions (utrecht-button-group) that wraps on narrow screens. */
export function ButtonGroup({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  return (
    <div className={cx('utrecht-button-group', 'app-button-group', className)} role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
