import { useId, useState, type FormEvent } from 'react';
import type { Impact } from '@akkoord/shared/schemas/chain';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { RestrictedAgreement } from '../../../components/domain/restricted-agreement.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { QueryError } from '../../../components/ui/query-state.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { DateInput } from '../../../components/ui/date-input.tsx';
import { parseDateInput, toDateInputText } from '@akkoord/shared/dates/parse-date-input';
import { Link } from '../../../components/ui/link.tsx';
import type { AgreementNode } from '../model/graph-model.ts';

export interface ImpactRequest {
  id: number;
  on: string;
}

/**
 * Impact mode: pick an agreement and a day; the graph lights up everything
 * that would lose its basis, and this panel lists it with the path that
 * explains why.
 */
export function ImpactPanel({
  agreements,
  defaultId,
  today,
  request,
  onRequest,
  impact,
  error,
  loading,
  onRetry,
}: {
  agreements: AgreementNode[];
  defaultId: number;
  today: string;
  request: ImpactRequest | null;
  onRequest: (request: ImpactRequest | null) => void;
  impact: Impact | undefined;
  error: unknown;
  loading: boolean;
  onRetry: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const id = useId();
  const [agreementId, setAgreementId] = useState(String(request?.id ?? defaultId));
  const [on, setOn] = useState(() => toDateInputText(request?.on ?? today));
  const read = parseDateInput(on, { precision: 'day' });
  const dateValid = read.ok;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (read.ok) onRequest({ id: Number(agreementId), on: read.value });
  };
  const shown = request && impact && impact.agreementId === request.id && impact.on === request.on ? impact : undefined;
  const restricted = new Set(shown?.items.flatMap((item) => (item.agreement.restricted ? [item.agreement.id] : [])));
  const titleOf = (agreementIdValue: number) =>
    agreements.find((a) => a.agreementId === agreementIdValue)?.title ??
    (restricted.has(agreementIdValue) ? t('agreement.restricted.named', { id: agreementIdValue }) : `#${agreementIdValue}`);

  return (
    <section className="akk-chain-impact" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="utrecht-heading-3">
        {t('chain.impact.title')}
      </h3>
      <p className="utrecht-paragraph">{t('chain.impact.intro')}</p>
      <form onSubmit={submit} className="akk-chain-impact__form">
        <FormField id={`${id}-agreement`} label={t('chain.impact.agreement')}>
          <Select value={agreementId} onChange={(e) => setAgreementId(e.target.value)} options={agreements.map((a) => ({ value: String(a.agreementId), label: a.title }))} />
        </FormField>
        <FormField id={`${id}-on`} label={t('chain.impact.on')} error={dateValid ? undefined : t('chain.impact.badDate')}>
          <DateInput precision="day" value={on} onChange={setOn} required />
        </FormField>
        <div className="akk-chain-impact__actions">
          <Button type="submit" appearance="primary" busy={loading}>
            {t('chain.impact.show')}
          </Button>
          {request ? <Button onClick={() => onRequest(null)}>{t('chain.impact.clear')}</Button> : null}
        </div>
      </form>
      <div role="status" aria-live="polite" aria-atomic="false" className="akk-chain-impact__result">
        {request && error ? <QueryError error={error} onRetry={onRetry} /> : null}
        {shown ? (
          <>
            <p className="utrecht-paragraph">
              <strong>{t('chain.impact.summary', { count: shown.items.length, title: titleOf(shown.agreementId), date: f.date(shown.on) })}</strong>
            </p>
            {shown.items.length ? (
              <ol className="akk-chain-impact__list">
                {shown.items.map((item) => (
                  <li key={item.agreement.id} data-impact-agreement={item.agreement.id}>
                    {item.agreement.restricted ? <RestrictedAgreement id={item.agreement.id} /> : <Link to={`/agreements/${item.agreement.id}`}>{item.agreement.title}</Link>}{' '}
                    <span className={item.certainty === 'certain' ? 'akk-chain-tag akk-chain-tag--certain' : 'akk-chain-tag akk-chain-tag--possible'}>
                      {t(item.certainty === 'certain' ? 'chain.impact.certain' : 'chain.impact.possible')}
                    </span>
                    <p className="utrecht-paragraph akk-chain-impact__why">{item.explanation[lang]}</p>
                    <p className="utrecht-paragraph akk-chain-impact__path">
                      {t('chain.impact.path')}: {item.agreementIds.map(titleOf).join(' → ')}
                    </p>
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
