import { useT } from '../../../lib/i18n/use-t.ts';

export const IMPORT_STEPS = ['upload', 'mapping', 'preview', 'result'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** The four steps as an ordered list; the current one is marked for screen readers (`aria-current="step"`). */
export function ImportSteps({ current }: { current: ImportStep }) {
  const t = useT();
  return (
    <nav aria-label={t('import.steps')}>
      <ol className="app-import-steps">
        {IMPORT_STEPS.map((step, i) => (
          <li key={step} aria-current={step === current ? 'step' : undefined} className={step === current ? 'app-import-steps__current' : undefined}>
            {i + 1}. {t(`import.step.${step}`)}
            {step === current ? <span className="app-visually-hidden"> {t('import.stepCurrent')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
