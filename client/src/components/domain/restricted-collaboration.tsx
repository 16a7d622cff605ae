import { useT } from '../../lib/i18n/use-t.ts';
import { LockIcon } from './lock-icon.tsx';

/**
 * A collaboration outside the user's collaborations that the server names
 * without code or name (decision 023): words and a lock icon, never a link.
 */
export function RestrictedCollaboration() {
  const t = useT();
  return (
    <span className="app-restricted" data-restricted-collaboration="">
      <LockIcon />
      {t('collaboration.restricted.unnamed')}
    </span>
  );
}
