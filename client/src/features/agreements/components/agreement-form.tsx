import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { AGREEMENT_TYPES, FACT_BASES, LEGAL_REGIMES, PARTY_ROLES, PERIOD_UNITS, TERM_KINDS, VALUE_BASES } from '@akkoord/shared/domain/enums';
import { createAgreementSchema, updateAgreementSchema } from '@akkoord/shared/schemas/agreement';
import { WOO_CATEGORY_CODES, WOO_GROUND_CODES, WOO_STATES } from '@akkoord/shared/woo/woo';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select, type SelectOption } from '../../../components/ui/select.tsx';
import { TextArea, TextInput } from '../../../components/ui/text-input.tsx';
import { DateInput } from '../../../components/ui/date-input.tsx';
import type { PlainMessageKey } from '../../../lib/i18n/dictionary.ts';
import { FIELD_LABELS } from '../../../components/domain/agreement-field-labels.ts';
import { changedFields, EMPTY_PARTY, toCreatePayload, toFields, type FormValues, type PartyValues } from '../form/form-values.ts';
import { validateWith } from '../form/validation.ts';

export interface AgreementFormProps {
  mode: 'create' | 'edit';
  /** The values the form starts from (and compares with to know what changed). */
  base: FormValues;
  /** Values to start with instead of `base` (e.g. kept after a conflict). */
  initial?: FormValues;
  collaborations: SelectOption[];
  organisations: SelectOption[];
  busy: boolean;
  /** Field errors from the server, by field name. */
  serverErrors: Record<string, string>;
  onSubmit: (values: FormValues) => void;
  /** Lets the parent read the current values (conflict handling). */
  valuesRef?: React.RefObject<FormValues | null>;
  /** Set after a successful save so that leaving the page is not blocked. */
  allowLeaveRef?: React.RefObject<boolean>;
  extra?: ReactNode;
  /** Beside each party's organisation picker, e.g. "Nieuwe organisatie"; `select` picks an organisation for that party. */
  partyOrganisationAction?: (select: (organisationId: number) => void, partyNumber: number) => ReactNode;
  /** Accounts the owner can be picked from (fills name and e-mail); free text stays for people without one. */
  ownerAccounts?: { name: string; email: string }[];
  /** The versions of the agreement's documents, for the Woo's public file (value: the version id). */
  documentVersions?: SelectOption[];
}

const FIELD_ORDER = [
  'type',
  'title',
  'collaborationCode',
  'reference',
  'legalRegime',
  'startDate',
  'endDate',
  'termKind',
  'initialTermMonths',
  'noticePeriod',
  'tacitRenewal',
  'renewalPeriod',
  'maxRenewals',
  'reviewDate',
  'alertLeadDays',
  'ownerName',
  'ownerEmail',
  'deputyEmail',
  'value.amountCents',
  'value.basis',
  'value.indexation',
  'value.budgetLine',
  'value.payerOrganisationId',
  'wooCategory',
  'wooPublication.state',
  'wooPublication.publishedOn',
  'wooPublication.url',
  'wooPublication.grounds',
  'wooPublication.documentVersionId',
  'notes',
  'source',
];

/** Party fields in the error summary ("Partij 2: Datum ondertekening"); the others use FIELD_LABELS. */
const PARTY_LABELS: Record<string, PlainMessageKey> = {
  organisationId: 'form.party.organisation',
  role: 'form.party.role',
  signatoryName: 'form.party.signatoryName',
  signatoryTitle: 'form.party.signatoryTitle',
  signatoryMandate: 'form.party.signatoryMandate',
  signedDate: 'form.party.signedDate',
};

/** Form inputs whose errors the schema reports under another name. */
const ERROR_FIELD: Record<string, string> = {
  noticeValue: 'noticePeriod',
  renewalValue: 'renewalPeriod',
  valueAmount: 'value.amountCents',
  valueBasis: 'value.basis',
  valueIndexation: 'value.indexation',
  valueBudgetLine: 'value.budgetLine',
  valuePayer: 'value.payerOrganisationId',
  wooState: 'wooPublication.state',
  wooPublishedOn: 'wooPublication.publishedOn',
  wooUrl: 'wooPublication.url',
  wooGrounds: 'wooPublication.grounds',
  wooVersion: 'wooPublication.documentVersionId',
};
const INPUT_OF: Record<string, string> = Object.fromEntries(Object.entries(ERROR_FIELD).map(([input, field]) => [field, input]));

/**
 * The create/edit form. Validates with the shared zod schema as the user
 * types (messages appear once a field was left or the form was sent),
 * shows server errors beside their field and blocks leaving with unsaved changes.
 */
export function AgreementForm({
  mode,
  base,
  initial,
  collaborations,
  organisations,
  busy,
  serverErrors,
  onSubmit,
  valuesRef,
  allowLeaveRef,
  extra,
  partyOrganisationAction,
  ownerAccounts = [],
  documentVersions = [],
}: AgreementFormProps) {
  const t = useT();
  const uid = useId();
  const [values, setValues] = useState<FormValues>(initial ?? base);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [hiddenServerErrors, setHiddenServerErrors] = useState<Set<string>>(new Set());
  const summaryRef = useRef<HTMLDivElement>(null);
  if (valuesRef) valuesRef.current = values;

  useEffect(() => setHiddenServerErrors(new Set()), [serverErrors]);

  const dirty = useMemo(() => changedFields(base, values).length > 0 || values.workflowState !== base.workflowState, [base, values]);
  const clientErrors = useMemo(() => {
    return mode === 'create' ? validateWith(createAgreementSchema, toCreatePayload(values), t) : validateWith(updateAgreementSchema, toFields(values), t);
  }, [values, mode, t]);

  const errorFor = (field: string): string | undefined => {
    if (serverErrors[field] && !hiddenServerErrors.has(field)) return serverErrors[field];
    if (submitted || touched.has(field)) return clientErrors[field];
    return undefined;
  };
  const visibleErrors = Object.keys({ ...clientErrors, ...serverErrors })
    .filter((f) => errorFor(f))
    .sort((a, b) => (FIELD_ORDER.indexOf(a) + 1 || 99) - (FIELD_ORDER.indexOf(b) + 1 || 99));

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !allowLeaveRef?.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (allowLeaveRef?.current) return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, allowLeaveRef]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K], field: string = ERROR_FIELD[key] ?? key) => {
    setValues((v) => ({ ...v, [key]: value }));
    setHiddenServerErrors((s) => new Set(s).add(field));
  };
  const touch = (input: string) => {
    const field = ERROR_FIELD[input] ?? input;
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  };
  const setParty = (index: number, patch: Partial<PartyValues>, field: string) => {
    setValues((v) => ({ ...v, parties: v.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
    setHiddenServerErrors((s) => new Set(s).add(`parties.${index}.${field}`));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    onSubmit(values);
  };

  const fid = (name: string) => `${uid}-${(INPUT_OF[name] ?? name).replace(/\./g, '-')}`;
  const field = (name: keyof FormValues & string, label: string, input: ReactNode, opts: { description?: ReactNode; required?: boolean } = {}) => (
    <FormField
      id={fid(name)}
      label={label}
      description={opts.description}
      error={errorFor(ERROR_FIELD[name] ?? name)}
      required={opts.required}
      requiredText={opts.required ? t('common.required') : undefined}
    >
      {input}
    </FormField>
  );
  const text = (name: keyof FormValues & string, props: { type?: string; autoComplete?: string; inputMode?: 'numeric' | 'email' | 'text' } = {}) => (
    <TextInput
      value={values[name] as string}
      onChange={(e) => set(name, e.target.value as never)}
      onBlur={() => touch(name)}
      type={props.type}
      autoComplete={props.autoComplete ?? 'off'}
      inputMode={props.inputMode}
    />
  );
  const date = (name: 'startDate' | 'endDate' | 'reviewDate') => <DateInput value={values[name]} onChange={(v) => set(name, v)} onBlur={() => touch(name)} />;
  const dateHint = t('date.hint');
  /** "Ingangsdatum", "Partij 2: Datum ondertekening": the field an error in the summary belongs to. */
  const labelOf = (f: string): string => {
    const party = /^parties\.(\d+)\.(\w+)$/.exec(f);
    if (party) {
      const key = PARTY_LABELS[party[2]!];
      const legend = t('form.party.legend', { n: Number(party[1]) + 1 });
      return key ? `${legend}: ${t(key)}` : legend;
    }
    const key = FIELD_LABELS[f];
    return key ? t(key) : f;
  };
  const unitOptions = PERIOD_UNITS.map((u) => ({ value: u, label: t(`unit.${u}`) }));
  // The payer is one of the parties on the form (and stays listed while it is the chosen one).
  const payerOptions = organisations.filter((o) => values.parties.some((p) => p.organisationId === o.value) || o.value === values.valuePayer);

  return (
    <form className="app-form" onSubmit={submit} noValidate aria-describedby={visibleErrors.length ? `${uid}-summary` : undefined}>
      {submitted && visibleErrors.length ? (
        <div ref={summaryRef} tabIndex={-1} id={`${uid}-summary`} className="app-error-summary">
          <Alert type="error" title={t('form.errorCount', { count: visibleErrors.length })}>
            <p className="utrecht-paragraph">{t('form.errorSummary')}</p>
            <ul>
              {visibleErrors.map((f) => (
                <li key={f}>
                  <a href={`#${fid(f)}`} className="utrecht-link">
                    {labelOf(f)}: {errorFor(f)}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}
      {extra}

      <fieldset>
        <legend>{t('form.section.basics')}</legend>
        {field(
          'type',
          t('agreement.type'),
          <Select
            value={values.type}
            onChange={(e) => set('type', e.target.value)}
            onBlur={() => touch('type')}
            placeholder={t('form.select')}
            options={AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
          />,
          { required: true },
        )}
        {field('title', t('agreement.title'), text('title'), { required: true })}
        {field(
          'collaborationCode',
          t('agreement.collaboration'),
          <Select value={values.collaborationCode} onChange={(e) => set('collaborationCode', e.target.value)} placeholder={t('form.unknown')} options={collaborations} />,
        )}
        {field('reference', t('agreement.reference'), text('reference'))}
        {field(
          'legalRegime',
          t('agreement.legalRegime'),
          <Select
            value={values.legalRegime}
            onChange={(e) => set('legalRegime', e.target.value)}
            placeholder={t('form.unknown')}
            options={LEGAL_REGIMES.map((v) => ({ value: v, label: t(`regime.${v}`) }))}
          />,
        )}
        {mode === 'create' ? (
          <FormField id={fid('workflowState')} label={t('form.workflowState')}>
            <Select
              value={values.workflowState}
              onChange={(e) => set('workflowState', e.target.value as FormValues['workflowState'])}
              options={(['active', 'draft'] as const).map((v) => ({ value: v, label: t(`workflow.${v}`) }))}
            />
          </FormField>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('form.section.term')}</legend>
        <div className="app-form-row">
          {field('startDate', t('agreement.startDate'), date('startDate'), { description: dateHint })}
          {field('endDate', t('agreement.endDate'), date('endDate'), { description: dateHint })}
        </div>
        {field(
          'termKind',
          t('agreement.termKind'),
          <Select
            value={values.termKind}
            onChange={(e) => set('termKind', e.target.value)}
            onBlur={() => touch('endDate')}
            placeholder={t('form.unknown')}
            options={TERM_KINDS.map((v) => ({ value: v, label: t(`termKind.${v}`) }))}
          />,
        )}
        {field('initialTermMonths', `${t('agreement.initialTermMonths')} (${t('unit.month')})`, text('initialTermMonths', { inputMode: 'numeric' }))}
        <div className="app-form-row">
          {field('noticeValue', t('agreement.noticePeriod'), text('noticeValue', { inputMode: 'numeric' }))}
          <FormField id={fid('noticeUnit')} label={`${t('agreement.noticePeriod')}: ${t('form.periodUnit').toLowerCase()}`}>
            <Select value={values.noticeUnit} onChange={(e) => set('noticeUnit', e.target.value as FormValues['noticeUnit'])} options={unitOptions} />
          </FormField>
        </div>
        {field(
          'tacitRenewal',
          t('agreement.tacitRenewal'),
          <Select
            value={values.tacitRenewal}
            onChange={(e) => set('tacitRenewal', e.target.value as FormValues['tacitRenewal'])}
            placeholder={t('form.unknown')}
            options={[
              { value: 'yes', label: t('form.tacit.yes') },
              { value: 'no', label: t('form.tacit.no') },
            ]}
          />,
        )}
        <div className="app-form-row">
          {field('renewalValue', t('agreement.renewalPeriod'), text('renewalValue', { inputMode: 'numeric' }))}
          <FormField id={fid('renewalUnit')} label={`${t('agreement.renewalPeriod')}: ${t('form.periodUnit').toLowerCase()}`}>
            <Select value={values.renewalUnit} onChange={(e) => set('renewalUnit', e.target.value as FormValues['renewalUnit'])} options={unitOptions} />
          </FormField>
        </div>
        {field('maxRenewals', t('agreement.maxRenewals'), text('maxRenewals', { inputMode: 'numeric' }))}
        {field('reviewDate', t('agreement.reviewDate'), date('reviewDate'), { description: dateHint })}
      </fieldset>

      <fieldset>
        <legend>{t('form.section.owner')}</legend>
        {ownerAccounts.length ? (
          <FormField id={fid('ownerAccount')} label={t('form.ownerAccount')} description={t('form.ownerAccountHint')}>
            <Select
              value={ownerAccounts.find((a) => a.email.toLowerCase() === values.ownerEmail.trim().toLowerCase())?.email ?? ''}
              onChange={(e) => {
                const account = ownerAccounts.find((a) => a.email === e.target.value);
                if (account) {
                  set('ownerName', account.name);
                  set('ownerEmail', account.email);
                }
              }}
              placeholder={t('form.ownerAccountNone')}
              options={ownerAccounts.map((a) => ({ value: a.email, label: `${a.name} (${a.email})` }))}
            />
          </FormField>
        ) : null}
        {field('ownerName', t('agreement.ownerName'), text('ownerName', { autoComplete: 'name' }))}
        {field('ownerEmail', t('agreement.ownerEmail'), text('ownerEmail', { type: 'email', inputMode: 'email' }))}
        {field('deputyEmail', t('agreement.deputyEmail'), text('deputyEmail', { type: 'email', inputMode: 'email' }))}
        {field('alertLeadDays', t('agreement.alertLeadDays'), text('alertLeadDays'), { description: t('form.alertLeadDaysHint') })}
      </fieldset>

      <fieldset>
        <legend>{t('form.section.value')}</legend>
        {field('valueAmount', t('agreement.value.amount'), text('valueAmount', { inputMode: 'text' }), { description: t('form.valueAmountHint') })}
        {field(
          'valueBasis',
          t('agreement.value.basis'),
          <Select
            value={values.valueBasis}
            onChange={(e) => set('valueBasis', e.target.value)}
            placeholder={t('form.unknown')}
            options={VALUE_BASES.map((b) => ({ value: b, label: t(`valueBasis.${b}`) }))}
          />,
        )}
        {field('valueIndexation', t('agreement.value.indexation'), text('valueIndexation'))}
        {field('valueBudgetLine', t('agreement.value.budgetLine'), text('valueBudgetLine'))}
        {field(
          'valuePayer',
          t('agreement.value.payer'),
          <Select value={values.valuePayer} onChange={(e) => set('valuePayer', e.target.value)} placeholder={t('form.unknown')} options={payerOptions} />,
          { description: t('form.valuePayerHint') },
        )}
      </fieldset>

      <fieldset>
        <legend>{t('agreement.woo.section')}</legend>
        {field(
          'wooCategory',
          t('agreement.woo.category'),
          <Select
            value={values.wooCategory}
            onChange={(e) => set('wooCategory', e.target.value)}
            placeholder={t('form.woo.defaultCategory')}
            options={WOO_CATEGORY_CODES.map((c) => ({ value: c, label: t(`wooCategory.${c}`) }))}
          />,
        )}
        {field(
          'wooState',
          t('agreement.woo.state'),
          <Select
            value={values.wooState}
            onChange={(e) => set('wooState', e.target.value)}
            placeholder={t('form.woo.defaultState')}
            options={WOO_STATES.map((st) => ({ value: st, label: t(`wooState.${st}`) }))}
          />,
        )}
        {field('wooPublishedOn', t('agreement.woo.publishedOn'), text('wooPublishedOn', { type: 'date' }))}
        {field('wooUrl', t('agreement.woo.url'), text('wooUrl', { type: 'url', inputMode: 'text' }), { description: t('form.woo.urlHint') })}
        {documentVersions.length || values.wooVersion
          ? field(
              'wooVersion',
              t('agreement.woo.file'),
              <Select value={values.wooVersion} onChange={(e) => set('wooVersion', e.target.value)} placeholder={t('form.woo.noFile')} options={documentVersions} />,
            )
          : null}
        <fieldset className="app-woo-grounds" aria-describedby={errorFor('wooPublication.grounds') ? `${fid('wooGrounds')}-error` : undefined}>
          <legend>{t('agreement.woo.grounds')}</legend>
          <p className="utrecht-form-field-description">{t('form.woo.groundsHint')}</p>
          {errorFor('wooPublication.grounds') ? (
            <p id={`${fid('wooGrounds')}-error`} className="utrecht-form-field-error-message">
              {errorFor('wooPublication.grounds')}
            </p>
          ) : null}
          {WOO_GROUND_CODES.map((g, i) => (
            <FormField key={g} id={i === 0 ? fid('wooGrounds') : `${fid('wooGrounds')}-${i}`} label={`${t('woo.article')} ${g} — ${t(`wooGround.${g}`)}`} checkbox>
              <Checkbox
                checked={values.wooGrounds.includes(g)}
                onChange={(e) => set('wooGrounds', e.target.checked ? [...values.wooGrounds, g] : values.wooGrounds.filter((x) => x !== g))}
              />
            </FormField>
          ))}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.parties')}</legend>
        {values.parties.map((p, i) => (
          <fieldset key={i} className="app-party-fieldset">
            <legend>{t('form.party.legend', { n: i + 1 })}</legend>
            <FormField
              id={fid(`parties.${i}.organisationId`)}
              label={t('form.party.organisation')}
              error={errorFor(`parties.${i}.organisationId`)}
              required
              requiredText={t('common.required')}
            >
              <Select
                value={p.organisationId}
                onChange={(e) => setParty(i, { organisationId: e.target.value }, 'organisationId')}
                onBlur={() => touch(`parties.${i}.organisationId`)}
                placeholder={t('form.select')}
                options={organisations}
              />
            </FormField>
            {partyOrganisationAction?.((organisationId) => setParty(i, { organisationId: String(organisationId) }, 'organisationId'), i + 1)}
            <div className="app-form-row">
              <FormField id={fid(`parties.${i}.role`)} label={t('form.party.role')} error={errorFor(`parties.${i}.role`)}>
                <Select value={p.role} onChange={(e) => setParty(i, { role: e.target.value }, 'role')} options={PARTY_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
              </FormField>
              <FormField id={fid(`parties.${i}.basis`)} label={t('form.party.basis')}>
                <Select value={p.basis} onChange={(e) => setParty(i, { basis: e.target.value }, 'basis')} options={FACT_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))} />
              </FormField>
            </div>
            <div className="app-form-row">
              <FormField id={fid(`parties.${i}.signatoryName`)} label={t('form.party.signatoryName')} error={errorFor(`parties.${i}.signatoryName`)}>
                <TextInput value={p.signatoryName} onChange={(e) => setParty(i, { signatoryName: e.target.value }, 'signatoryName')} />
              </FormField>
              <FormField id={fid(`parties.${i}.signatoryTitle`)} label={t('form.party.signatoryTitle')} error={errorFor(`parties.${i}.signatoryTitle`)}>
                <TextInput value={p.signatoryTitle} onChange={(e) => setParty(i, { signatoryTitle: e.target.value }, 'signatoryTitle')} />
              </FormField>
            </div>
            <div className="app-form-row">
              <FormField id={fid(`parties.${i}.signatoryMandate`)} label={t('form.party.signatoryMandate')} error={errorFor(`parties.${i}.signatoryMandate`)}>
                <TextInput value={p.signatoryMandate} onChange={(e) => setParty(i, { signatoryMandate: e.target.value }, 'signatoryMandate')} />
              </FormField>
              <FormField id={fid(`parties.${i}.signedDate`)} label={t('form.party.signedDate')} description={dateHint} error={errorFor(`parties.${i}.signedDate`)}>
                <DateInput value={p.signedDate} onChange={(v) => setParty(i, { signedDate: v }, 'signedDate')} onBlur={() => touch(`parties.${i}.signedDate`)} />
              </FormField>
            </div>
            <Button onClick={() => setValues((v) => ({ ...v, parties: v.parties.filter((_, j) => j !== i) }))}>{t('form.party.remove', { n: i + 1 })}</Button>
          </fieldset>
        ))}
        <Button onClick={() => setValues((v) => ({ ...v, parties: [...v.parties, { ...EMPTY_PARTY }] }))}>{t('form.party.add')}</Button>
      </fieldset>

      <fieldset>
        <legend>{t('form.section.notes')}</legend>
        {field('notes', t('agreement.notes'), <TextArea rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} onBlur={() => touch('notes')} />)}
        {field('source', t('agreement.source'), <TextArea rows={2} value={values.source} onChange={(e) => set('source', e.target.value)} onBlur={() => touch('source')} />)}
      </fieldset>

      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('common.saving') : mode === 'create' ? t('form.submitCreate') : t('form.submitEdit')}
        </Button>
      </ButtonGroup>

      <Dialog
        open={blocker.state === 'blocked'}
        title={t('form.unsaved.title')}
        onClose={() => blocker.reset?.()}
        actions={
          <>
            <Button appearance="primary" onClick={() => blocker.reset?.()} autoFocus>
              {t('form.unsaved.stay')}
            </Button>
            <Button onClick={() => blocker.proceed?.()}>{t('form.unsaved.leave')}</Button>
          </>
        }
      >
        <p className="utrecht-paragraph">{t('form.unsaved.text')}</p>
      </Dialog>
    </form>
  );
}
