import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps {
  type?: AlertType;
  title?: ReactNode;
  children?: ReactNode;
  /** role="alert" for messages that appear after an action; omit for static notes. */
  live?: boolean;
  className?: string;
  id?: string;
}

/** A message block (utrecht-alert); errors and warnings say what to do next. */
export function Alert({ type = 'info', title, children, live, className, id }: AlertProps) {
  return (
    <div id={id} className={cx('utrecht-alert', `utrecht-alert--${type}`, 'app-alert', className)} role={live ? 'alert' : undefined}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title ? <p className="app-alert__title">{title}</p> : null}
          {children}
        </div>
      </div>
    </div>
  );
}
