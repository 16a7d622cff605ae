import type { HTMLAttributes, Ref } from 'react';
import { cx } from './cx.ts';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4;
  /** Visual level when it should differ from the document outline. */
  appearance?: 1 | 2 | 3 | 4;
  ref?: Ref<HTMLHeadingElement>;
}

// Whole class names, so the check of the Utrecht stylesheets in use (utrecht-components.test.ts) sees each one.
const HEADING_CLASS = { 1: 'utrecht-heading-1', 2: 'utrecht-heading-2', 3: 'utrecht-heading-3', 4: 'utrecht-heading-4' } as const;

/** Heading with the utrecht-heading-N look. */
export function Heading({ level, appearance, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={cx(HEADING_CLASS[appearance ?? level], className)} {...rest} />;
}

/** A plain paragraph in the NL Design System style. */
export function Paragraph({ className, lead, ...rest }: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  return <p className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} {...rest} />;
}
