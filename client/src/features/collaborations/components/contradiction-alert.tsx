import type { Contradiction } from '@akkoord/shared/schemas/collaboration';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';

/** Flags where the source's own figures disagree; both figures stay as the source gives them. */
export function ContradictionAlert({ contradictions, compact }: { contradictions: Contradiction[]; compact?: boolean }) {
  const t = useT();
  const f = useFormat();
  if (!contradictions.length) return null;
  return (
    <Alert type="warning" title={t('collaboration.contradiction.title')} className={compact ? 'app-alert--compact' : undefined}>
      {contradictions.map((c) => (
        <p key={c.code} className="utrecht-paragraph">
          {t('collaboration.contradiction.funding', {
            actual: f.euros(c.actualCents),
            expected: f.euros(c.expectedCents),
            difference: f.euros(Math.abs(c.differenceCents)),
          })}
        </p>
      ))}
    </Alert>
  );
}
