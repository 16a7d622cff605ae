import type { HTMLAttributes, Ref } from 'react';
import { cx } from './cx.ts';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4;
  /** Visual level when it should differ from the document outline. */
  appearance?: 1 | 2 | 3 | 4;
  ref?: Ref<HTMLHeadingElement>;
}

/** Heading with the utrecht-heading-N look. */
export function Heading({ level, appearance, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={cx(`utrecht-heading-${appearance ?? level}`, className)} {...rest} />;
}

/** A plain paragraph in the NL Design System style. */
export function Paragraph({ className, lead, ...rest }: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  return <p className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} {...rest} />;
}
