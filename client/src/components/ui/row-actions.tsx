import type { ReactNode } from 'react';
import { Button } from './button.tsx';

/**
 * A subtle button in a table row whose accessible name ends with the row it
 * acts on ("Bewerken jan@vrt.nl"), so a screen reader's list of buttons
 * tells the rows apart; sighted users see only the label.
 */
export function RowActionButton({ rowName, onClick, children }: { rowName: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button appearance="subtle" onClick={onClick}>
      {children}
      <span className="app-visually-hidden"> {rowName}</span>
    </Button>
  );
}

export interface RowAction {
  /** Unique among the row's actions. */
  key: string;
  label: string;
  onClick: () => void;
}

/** The action buttons of one table row, side by side; `false` leaves an action out. */
export function RowActions({ rowName, actions }: { rowName: string; actions: readonly (RowAction | false)[] }) {
  return (
    <div className="app-row-actions">
      {actions.map((action) =>
        action ? (
          <RowActionButton key={action.key} rowName={rowName} onClick={action.onClick}>
            {action.label}
          </RowActionButton>
        ) : null,
      )}
    </div>
  );
}
