import type { HTMLAttributes, ReactNode, TableHTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from './cx.ts';

/** utrecht-table with an optional caption; wrap wide tables in TableScroll. */
export function Table({ caption, captionHidden, className, children, ...rest }: TableHTMLAttributes<HTMLTableElement> & { caption?: ReactNode; captionHidden?: boolean }) {
  return (
    <table className={cx('utrecht-table', 'utrecht-table--html-table', 'app-table', className)} {...rest}>
      {caption ? <caption className={cx('utrecht-table__caption', captionHidden && 'app-visually-hidden')}>{caption}</caption> : null}
      {children}
    </table>
  );
}

export function THead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cx('utrecht-table__header', className)} {...rest} />;
}
export function TBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cx('utrecht-table__body', className)} {...rest} />;
}
export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx('utrecht-table__row', className)} {...rest} />;
}
export function Th({ className, numeric, scope = 'col', ...rest }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th scope={scope} className={cx('utrecht-table__header-cell', numeric && 'utrecht-table__header-cell--numeric-column', className)} {...rest} />;
}
export function Td({ className, numeric, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={cx('utrecht-table__cell', numeric && 'utrecht-table__cell--numeric-data', className)} {...rest} />;
}

/**
 * A keyboard-scrollable region for tables wider than the screen (360 px):
 * focusable and labelled, as WCAG asks for scrollable content.
 */
export function TableScroll({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cx('utrecht-table-container', 'app-table-scroll', className)} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
