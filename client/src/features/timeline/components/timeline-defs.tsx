import { AGREEMENT_STATUSES, type AgreementStatus } from '@akkoord/shared/domain/enums';
import { STATUS_STYLES, type StatusPattern } from '../model/status-style.ts';

/** Ids of the shared SVG definitions, unique per timeline on the page. */
export interface DefIds {
  fadeIn: string;
  fadeOut: string;
  pattern: (status: AgreementStatus) => string;
  clip: string;
}

export function defIds(prefix: string): DefIds {
  return {
    fadeIn: `${prefix}-fade-in`,
    fadeOut: `${prefix}-fade-out`,
    pattern: (status) => `${prefix}-pattern-${status}`,
    clip: `${prefix}-clip`,
  };
}

/** An id prefix safe inside url(#…) references (useId may contain colons or guillemets). */
export function safeIdPrefix(id: string): string {
  return `tl${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function PatternShape({ pattern, ink }: { pattern: StatusPattern; ink: string }) {
  const line = { stroke: ink, strokeWidth: 1.2, strokeOpacity: 0.55 };
  switch (pattern) {
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case 'back-diagonal':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case 'cross':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case 'horizontal':
      return <path d="M0,2 h8 M0,6 h8" {...line} />;
    case 'vertical':
      return <path d="M2,0 v8 M6,0 v8" {...line} />;
    case 'grid':
      return <path d="M0,4 h8 M4,0 v8" {...line} />;
    case 'dots':
      return <circle cx={4} cy={4} r={1.3} fill={ink} fillOpacity={0.6} />;
    case 'none':
      return null;
  }
}

/**
 * Shared definitions: one texture per status (so bars differ without colour)
 * and two masks that fade a segment in or out over its own width — the
 * honest picture of a date known only to the year or month.
 */
export function TimelineDefs({ ids }: { ids: DefIds }) {
  return (
    <defs>
      <linearGradient id={`${ids.fadeIn}-gradient`}>
        <stop offset="0" stopColor="#fff" stopOpacity={0.08} />
        <stop offset="1" stopColor="#fff" stopOpacity={1} />
      </linearGradient>
      <linearGradient id={`${ids.fadeOut}-gradient`}>
        <stop offset="0" stopColor="#fff" stopOpacity={1} />
        <stop offset="1" stopColor="#fff" stopOpacity={0.08} />
      </linearGradient>
      <mask id={ids.fadeIn} maskContentUnits="objectBoundingBox">
        <rect width={1} height={1} fill={`url(#${ids.fadeIn}-gradient)`} />
      </mask>
      <mask id={ids.fadeOut} maskContentUnits="objectBoundingBox">
        <rect width={1} height={1} fill={`url(#${ids.fadeOut}-gradient)`} />
      </mask>
      {AGREEMENT_STATUSES.map((status) => {
        const style = STATUS_STYLES[status];
        if (style.pattern === 'none') return null;
        return (
          <pattern key={status} id={ids.pattern(status)} width={8} height={8} patternUnits="userSpaceOnUse">
            <PatternShape pattern={style.pattern} ink={style.ink} />
          </pattern>
        );
      })}
    </defs>
  );
}
