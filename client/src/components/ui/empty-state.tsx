import type { ReactNode } from 'react';

/** Says that there is nothing here yet and what to do next. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="app-empty-state">
      <p className="utrecht-paragraph">{children}</p>
      {action ? <div className="app-empty-state__action">{action}</div> : null}
    </div>
  );
}
