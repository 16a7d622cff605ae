import type { ReactNode } from 'react';

/** First focusable element: jumps past the header to the main content. */
export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus app-skip-link" href={`#${target}`}>
      {children}
    </a>
  );
}
