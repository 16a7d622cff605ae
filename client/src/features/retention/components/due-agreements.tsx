import { useId, useState } from 'react';
import type { DueAgreement } from '@akkoord/shared/schemas/retention';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ButtonGroup } from '../../../components/ui/button-group.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Link } from '../../../components/ui/link.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { TextArea } from '../../../components/ui/text-input.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { PartialDateText } from '../../../components/domain/partial-date.tsx';
import { useDueAgreements } from '../api/list-due-agreements.ts';
import { useProposeDestructionList } from '../api/propose-destruction-list.ts';

const canPropose = (d: DueAgreement) => !d.legalHold && d.pendingListId === null;

/** Agreements whose retention has passed; the admin ticks those to destroy and proposes a list. */
export function DueAgreements() {
  const t = useT();
  const f = useFormat();
  const due = useDueAgreements();
  const [selected, setSelected] = useState<number[]>([]);
  const [proposing, setProposing] = useState(false);
  return (
    <QueryState query={due} skeleton={<Skeleton lines={4} />}>
      {(list) => {
        const chosen = selected.filter((id) => list.some((d) => d.id === id && canPropose(d)));
        if (!list.length) return <EmptyState>{t('retention.due.empty')}</EmptyState>;
        return (
          <>
            <TableScroll label={t('retention.due.table')}>
              <Table caption={t('retention.due.table')} captionHidden>
                <THead>
                  <Tr>
                    <Th>
                      <span className="app-visually-hidden">{t('retention.due.selectColumn')}</span>
                    </Th>
                    <Th>{t('retention.due.agreement')}</Th>
                    <Th>{t('retention.due.end')}</Th>
                    <Th>{t('retention.due.date')}</Th>
                    <Th>{t('retention.due.rule')}</Th>
                    <Th numeric>{t('retention.due.documents')}</Th>
                    <Th>{t('retention.due.state')}</Th>
                  </Tr>
                </THead>
                <TBody>
                  {list.map((d) => (
                    <Tr key={d.id}>
                      <Td>
                        {canPropose(d) ? (
                          <Checkbox
                            aria-label={t('retention.due.select', { title: d.title })}
                            checked={chosen.includes(d.id)}
                            onChange={(e) => setSelected((now) => (e.target.checked ? [...now, d.id] : now.filter((x) => x !== d.id)))}
                          />
                        ) : null}
                      </Td>
                      <Td>
                        <Link to={`/agreements/${d.id}`}>{d.title}</Link>
                        {d.reference ? <span className="app-data-list__note">{d.reference}</span> : null}
                      </Td>
                      <Td>
                        <PartialDateText value={d.end} />
                      </Td>
                      <Td>{f.date(d.destructionDate)}</Td>
                      <Td>
                        {d.rule.code} ({t('retention.destroyAfter', { count: d.rule.years })})
                      </Td>
                      <Td numeric>{d.documentCount}</Td>
                      <Td>{d.legalHold ? t('retention.due.onHold') : d.pendingListId !== null ? t('retention.due.onList', { id: d.pendingListId }) : t('retention.due.ready')}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </TableScroll>
            <ButtonGroup>
              <Button appearance="primary" disabled={!chosen.length} onClick={() => setProposing(true)}>
                {t('retention.due.propose', { count: chosen.length })}
              </Button>
            </ButtonGroup>
            {proposing ? (
              <ProposeDialog
                agreementIds={chosen}
                onClose={(done) => {
                  setProposing(false);
                  if (done) setSelected([]);
                }}
              />
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}

function ProposeDialog({ agreementIds, onClose }: { agreementIds: number[]; onClose: (done: boolean) => void }) {
  const t = useT();
  const toast = useToast();
  const id = useId();
  const propose = useProposeDestructionList();
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={t('retention.propose.title')}
      submitLabel={t('retention.propose.submit')}
      busy={propose.isPending}
      error={propose.error}
      errorTitle={t('retention.propose.error')}
      onSubmit={() =>
        propose.mutate(
          { agreementIds, note: note.trim() || null },
          {
            onSuccess: (list) => {
              onClose(true);
              toast.show(t('retention.propose.done', { id: list.id }));
            },
          },
        )
      }
      onClose={() => onClose(false)}
    >
      <Paragraph>{t('retention.propose.text', { count: agreementIds.length })}</Paragraph>
      <FormField id={`${id}-note`} label={t('retention.propose.note')} requiredText={t('common.optional')}>
        <TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} />
      </FormField>
    </FormDialog>
  );
}
