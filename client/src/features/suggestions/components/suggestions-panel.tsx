import { useRef } from 'react';
import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { Suggestion } from '@akkoord/shared/schemas/suggestion';
import { ApiError } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useSuggestions } from '../api/list-suggestions.ts';
import { useDecideSuggestion, type SuggestionDecision } from '../api/decide-suggestion.ts';
import { currentText, fieldLabel, restoreInput, valueText } from './suggestion-text.ts';

/** New document text is read on the server when the list is asked for: look again now and then while the page is open. */
const REFRESH_MS = 15_000;

interface PanelProps {
  agreement: Agreement;
  /** Legal and admin accept and reject; everyone who may read the agreement reads. */
  canDecide: boolean;
}

/**
 * Facts Akkoord read from the agreement's documents, each with its quote and
 * page, to accept (the value goes into the agreement) or reject; every
 * decision can be undone from its toast.
 */
export function SuggestionsPanel({ agreement, canDecide }: PanelProps) {
  const t = useT();
  const query = useSuggestions(agreement.id, REFRESH_MS);
  return (
    <>
      <p className="utrecht-paragraph app-muted">{t('suggestions.intro')}</p>
      <QueryState query={query} skeleton={<Skeleton lines={4} />}>
        {(data) => <SuggestionLists agreement={agreement} items={data.items} canDecide={canDecide} />}
      </QueryState>
    </>
  );
}

function SuggestionLists({ agreement, items, canDecide }: PanelProps & { items: Suggestion[] }) {
  const t = useT();
  const f = useFormat();
  const toast = useToast();
  const listRef = useRef<HTMLUListElement>(null);
  const decide = useDecideSuggestion(agreement.id);
  const open = items.filter((s) => s.state === 'open');
  const decided = items.filter((s) => s.state !== 'open');

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'stale_write') toast.show(t('suggestions.stale'), 'warning');
    else toast.show(t('suggestions.failed', { message: error instanceof Error ? error.message : String(error) }), 'error');
  };
  const undo = (d: SuggestionDecision) => () =>
    decide.mutate(d, { onSuccess: () => toast.show(t('suggestions.undone'), 'ok'), onError: () => toast.show(t('suggestions.undoFailed'), 'error') });
  const withUndo = (d: SuggestionDecision) => ({ action: { label: t('suggestions.undo'), onAction: undo(d) }, focusAction: true, returnFocus: () => listRef.current });

  const accept = (s: Suggestion) => {
    const before = agreement;
    decide.mutate(
      { kind: 'accept', suggestion: s, version: agreement.version },
      {
        onSuccess: (saved) =>
          toast.show(
            t('suggestions.accepted', { field: fieldLabel(t, s.field), value: valueText(t, f, s.field, s.value) }),
            'ok',
            withUndo({ kind: 'undo-accept', suggestion: s, restore: restoreInput(before, s.field, saved?.version ?? agreement.version + 1) }),
          ),
        onError: failed,
      },
    );
  };
  const reject = (s: Suggestion) =>
    decide.mutate(
      { kind: 'reject', suggestion: s },
      { onSuccess: () => toast.show(t('suggestions.rejected', { field: fieldLabel(t, s.field) }), 'ok', withUndo({ kind: 'reopen', suggestion: s })), onError: failed },
    );
  const reopen = (s: Suggestion) =>
    decide.mutate({ kind: 'reopen', suggestion: s }, { onSuccess: () => toast.show(t('suggestions.reopened', { field: fieldLabel(t, s.field) }), 'ok'), onError: failed });

  return (
    <>
      {open.length ? (
        <ul className="app-alert-list" ref={listRef} tabIndex={-1} aria-label={t('suggestions.openList')}>
          {open.map((s) => (
            <OpenSuggestion key={s.id} suggestion={s} agreement={agreement} canDecide={canDecide} busy={decide.isPending} onAccept={accept} onReject={reject} />
          ))}
        </ul>
      ) : (
        <EmptyState>{t('suggestions.empty')}</EmptyState>
      )}
      {decided.length ? (
        <details className="app-disclosure">
          <summary>{t('suggestions.decided', { count: decided.length })}</summary>
          <ul className="app-alert-list">
            {decided.map((s) => (
              <li key={s.id} className="app-alert-item">
                <p>
                  <strong>{fieldLabel(t, s.field)}</strong>: {valueText(t, f, s.field, s.value)} — {t(`suggestions.state.${s.state as 'accepted' | 'rejected'}`)}
                </p>
                <Source suggestion={s} />
                {canDecide && s.state === 'rejected' ? (
                  <div className="app-button-group">
                    <Button onClick={() => reopen(s)} disabled={decide.isPending}>
                      {t('suggestions.reopen')}
                      <span className="app-visually-hidden"> {fieldLabel(t, s.field)}</span>
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

interface OpenProps {
  suggestion: Suggestion;
  agreement: Agreement;
  canDecide: boolean;
  busy: boolean;
  onAccept: (s: Suggestion) => void;
  onReject: (s: Suggestion) => void;
}

function OpenSuggestion({ suggestion: s, agreement, canDecide, busy, onAccept, onReject }: OpenProps) {
  const t = useT();
  const f = useFormat();
  const label = fieldLabel(t, s.field);
  const value = valueText(t, f, s.field, s.value);
  return (
    <li className="app-alert-item">
      <p>
        <strong>{label}</strong>: {value}
      </p>
      <p className="app-muted">{t('suggestions.now', { value: currentText(t, f, agreement, s.field) })}</p>
      <blockquote className="app-quote">
        <p>{s.quote}</p>
      </blockquote>
      <Source suggestion={s} />
      {canDecide ? (
        <div className="app-button-group">
          <Button appearance="primary" onClick={() => onAccept(s)} disabled={busy}>
            {t('suggestions.accept')}
            <span className="app-visually-hidden">
              {' '}
              {label}: {value}
            </span>
          </Button>
          <Button onClick={() => onReject(s)} disabled={busy}>
            {t('suggestions.reject')}
            <span className="app-visually-hidden">
              {' '}
              {label}: {value}
            </span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** Where the quote stands: the document, its version and the page, opened at that page. */
function Source({ suggestion: s }: { suggestion: Suggestion }) {
  const t = useT();
  const href = `/api/documents/${s.documentId}/versions/${s.version}/content?disposition=inline#page=${s.page}`;
  return (
    <p className="app-muted">
      <a className="utrecht-link" href={href} target="_blank" rel="noopener">
        {t('suggestions.source', { document: s.documentTitle, version: s.version, page: s.page })}
        <span className="app-visually-hidden"> {t('suggestions.newWindow')}</span>
      </a>
    </p>
  );
}
