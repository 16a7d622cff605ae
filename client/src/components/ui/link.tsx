import { Link as RouterLink, NavLink as RouterNavLink, type LinkProps as RouterLinkProps } from 'react-router';
import { cx } from './cx.ts';

export interface LinkProps extends RouterLinkProps {
  /** Render as a button-looking link (utrecht-button-link). */
  button?: 'primary' | 'secondary' | 'subtle';
}

/** In-app link styled as utrecht-link (or utrecht-button-link). */
export function Link({ className, button, ...rest }: LinkProps) {
  const base = button
    ? cx('utrecht-button-link', 'utrecht-button-link--html-a', button === 'subtle' ? 'utrecht-button-link--subtle' : `utrecht-button-link--${button}-action`)
    : 'utrecht-link utrecht-link--html-a';
  return <RouterLink className={cx(base, className)} {...rest} />;
}

/** Navigation link that marks the current page with aria-current. */
export function NavLink({ className, ...rest }: Omit<RouterLinkProps, 'className'> & { className?: string; end?: boolean }) {
  return <RouterNavLink className={({ isActive }) => cx('utrecht-link utrecht-link--html-a', 'app-nav__link', isActive && 'utrecht-link--current', className)} {...rest} />;
}
