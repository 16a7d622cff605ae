import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { Link } from '../ui/link.tsx';
import { LockIcon } from './lock-icon.tsx';

/**
 * A link to a collaboration's page, or — when the user may not open it (it
 * lies outside their collaborations) — its name as plain text with why: never
 * a link to a page that would answer "not found".
 */
export function CollaborationLink({ code, canOpen, children }: { code: string; canOpen: boolean; children: ReactNode }) {
  const t = useT();
  if (canOpen) return <Link to={`/collaborations/${encodeURIComponent(code)}`}>{children}</Link>;
  return (
    <span className="app-restricted" data-restricted-collaboration={code}>
      <LockIcon />
      {children} ({t('collaboration.restricted')})
    </span>
  );
}
