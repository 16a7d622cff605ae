import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export interface DataListItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Extra line under the value, e.g. how precise or where it comes from. */
  note?: ReactNode;
}

/** A definition list of facts (utrecht-data-list). */
export function DataList({ items, className }: { items: DataListItem[]; className?: string }) {
  return (
    <dl className={cx('utrecht-data-list', 'utrecht-data-list--rows', 'app-data-list', className)}>
      {items.map((item) => (
        <div key={item.key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
            {item.note ? <span className="app-data-list__note">{item.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A value that is not known: shown as such, in a muted style, never as an empty cell. */
export function Unknown({ children }: { children: ReactNode }) {
  return <span className="app-unknown">{children}</span>;
}
