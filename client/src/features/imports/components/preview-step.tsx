import { useId, useState } from 'react';
import type { ImportField } from '@akkoord/shared/import/import-fields';
import type { ImportRow, ImportRowsQuery } from '@akkoord/shared/schemas/import';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { useCommitImport } from '../api/commit-import.ts';
import { useImportRows } from '../api/list-import-rows.ts';
import { importProblemText } from './import-problem-text.ts';

const PAGE = 100;
type Filter = ImportRowsQuery['status'];
const FILTERS: Filter[] = ['all', 'valid', 'invalid', 'duplicate'];

const fieldLabel = (t: Translate, field: string) => (field === 'row' ? t('import.field.row') : t(`import.field.${field as ImportField}`));

/** One problem of a row in the interface's language, with the cell that caused it. */
function errorText(t: Translate, row: ImportRow, columns: string[], e: ImportRow['errors'][number]): string {
  const field = fieldLabel(t, e.field);
  const index = e.column === null ? -1 : columns.indexOf(e.column);
  const value = index >= 0 ? (row.cells[index] ?? '') : '';
  if (e.code === 'invalid') return t('import.error.invalid', { field, message: e.message });
  return t(`import.error.${e.code}`, { field, value });
}

function summary(row: ImportRow): string {
  const v = row.values;
  return [v.type, v.startDate && `${v.startDate}${v.endDate ? ` – ${v.endDate}` : ''}`, v.noticePeriod && `${v.noticePeriod.value} ${v.noticePeriod.unit}`, v.collaborationCode]
    .filter(Boolean)
    .join(' · ');
}

/** Step 3: every row with its verdict (filterable), unknown organisations to confirm, then import. */
export function PreviewStep({ importId, columns, onBack, onStarted }: { importId: number; columns: string[]; onBack: () => void; onStarted: () => void }) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const [createOrganisations, setCreateOrganisations] = useState(false);
  const [updateExisting, setUpdateExisting] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const all = useImportRows(importId, 'all');
  const rows = useImportRows(importId, filter);
  const commit = useCommitImport(importId);

  return (
    <QueryState query={all} skeleton={<Paragraph role="status">{t('import.preview.loading')}</Paragraph>}>
      {(data) => {
        const { counts, unknownOrganisations } = data;
        const toImport = counts.valid + (updateExisting ? counts.changed : 0);
        const start = () => {
          if (unknownOrganisations.length && !createOrganisations) {
            setConfirmMissing(true);
            return;
          }
          commit.mutate({ createOrganisations, updateExisting }, { onSuccess: onStarted });
        };
        return (
          <section aria-label={t('import.preview.title')}>
            <Paragraph>{t('import.preview.counts', counts)}</Paragraph>
            <ButtonGroup label={t('import.preview.filter')}>
              {FILTERS.map((f) => (
                <Button
                  key={f}
                  aria-pressed={filter === f}
                  appearance={filter === f ? 'primary' : 'secondary'}
                  onClick={() => {
                    setFilter(f);
                    setShown(PAGE);
                  }}
                >
                  {t(`import.preview.filter.${f}`, { count: f === 'all' ? data.total : counts[f] })}
                </Button>
              ))}
            </ButtonGroup>
            <QueryState query={rows}>
              {(page) =>
                page.items.length === 0 ? (
                  <Paragraph>{t('import.preview.empty')}</Paragraph>
                ) : (
                  <>
                    <TableScroll label={t('import.preview.table')}>
                      <Table caption={t('import.preview.table')} captionHidden>
                        <THead>
                          <Tr>
                            <Th numeric>{t('import.preview.row')}</Th>
                            <Th>{t('import.preview.status')}</Th>
                            <Th>{t('import.field.title')}</Th>
                            <Th>{t('import.preview.read')}</Th>
                            <Th>{t('import.preview.remarks')}</Th>
                          </Tr>
                        </THead>
                        <TBody>
                          {page.items.slice(0, shown).map((row) => (
                            <Tr key={row.rowNumber}>
                              <Td numeric>{row.rowNumber}</Td>
                              <Td>
                                <StatusBadge tone={row.status === 'valid' ? 'safe' : row.status === 'invalid' ? 'danger' : 'neutral'}>
                                  {t(`import.preview.status.${row.status}`)}
                                </StatusBadge>
                              </Td>
                              <Td>{row.values.title ?? ''}</Td>
                              <Td>{summary(row)}</Td>
                              <Td>
                                <ul className="app-plain-list">
                                  {row.errors.map((e) => (
                                    <li key={`${e.field}-${e.code}`}>{errorText(t, row, columns, e)}</li>
                                  ))}
                                  {row.duplicateOf ? (
                                    <li>
                                      {row.duplicateOf.kind === 'row'
                                        ? t('import.preview.duplicateOfRow', { row: row.duplicateOf.id })
                                        : t('import.preview.duplicateOf', { title: row.duplicateOf.title })}
                                    </li>
                                  ) : null}
                                  {row.changedFields.length ? <li>{t('import.preview.changed', { fields: row.changedFields.map((f) => fieldLabel(t, f)).join(', ') })}</li> : null}
                                  {row.unknownParties.length ? <li>{t('import.preview.newParties', { names: row.unknownParties.join(', ') })}</li> : null}
                                </ul>
                              </Td>
                            </Tr>
                          ))}
                        </TBody>
                      </Table>
                    </TableScroll>
                    {page.items.length > shown ? (
                      <Button onClick={() => setShown((n) => n + PAGE)}>{t('import.preview.more', { count: Math.min(PAGE, page.items.length - shown) })}</Button>
                    ) : null}
                  </>
                )
              }
            </QueryState>
            {counts.invalid ? (
              <Paragraph>
                <a className="utrecht-link" href={`/api/imports/${importId}/errors.csv`} download>
                  {t('import.preview.errorsCsv')}
                </a>
              </Paragraph>
            ) : null}
            {unknownOrganisations.length ? (
              <Alert type="warning" title={t('import.preview.unknownTitle', { count: unknownOrganisations.length })}>
                <ul>
                  {unknownOrganisations.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <FormField
                  id={`${id}-create`}
                  checkbox
                  label={t('import.preview.createOrganisations')}
                  error={confirmMissing && !createOrganisations ? t('import.preview.createRequired') : undefined}
                >
                  <Checkbox checked={createOrganisations} onChange={(e) => setCreateOrganisations(e.currentTarget.checked)} />
                </FormField>
              </Alert>
            ) : null}
            {counts.changed ? (
              <FormField id={`${id}-update`} checkbox label={t('import.preview.updateExisting', { count: counts.changed })}>
                <Checkbox checked={updateExisting} onChange={(e) => setUpdateExisting(e.currentTarget.checked)} />
              </FormField>
            ) : null}
            {commit.error ? (
              <Alert type="error" live>
                <Paragraph>{importProblemText(commit.error, t)}</Paragraph>
              </Alert>
            ) : null}
            {toImport === 0 ? <Paragraph>{t('import.preview.nothing')}</Paragraph> : null}
            <ButtonGroup>
              <Button appearance="primary" busy={commit.isPending} disabled={toImport === 0} onClick={start}>
                {t('import.preview.submit', { count: toImport })}
              </Button>
              <Button onClick={onBack}>{t('import.preview.back')}</Button>
            </ButtonGroup>
          </section>
        );
      }}
    </QueryState>
  );
}
