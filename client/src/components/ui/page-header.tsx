import type { ReactNode } from 'react';
import { Heading, Paragraph } from './heading.tsx';

/** The title block of a page: heading (focused after navigation), intro and actions. */
export function PageHeader({ title, intro, actions, pre }: { title: ReactNode; intro?: ReactNode; actions?: ReactNode; pre?: ReactNode }) {
  return (
    <div className="app-page-header">
      <div className="app-page-header__text">
        {pre ? <p className="utrecht-pre-heading app-page-header__pre">{pre}</p> : null}
        <Heading level={1} id="page-title" tabIndex={-1}>
          {title}
        </Heading>
        {intro ? <Paragraph lead>{intro}</Paragraph> : null}
      </div>
      {actions ? <div className="app-page-header__actions">{actions}</div> : null}
    </div>
  );
}

/** A titled section of a page. */
export function Section({ title, id, children, actions }: { title: ReactNode; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="app-section" aria-labelledby={`${id}-title`}>
      <div className="app-section__header">
        <Heading level={2} id={`${id}-title`}>
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
