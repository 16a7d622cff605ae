import { FIELD_LABELS } from '../../../components/domain/agreement-field-labels.ts';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { changedFields, toFields, type FormValues } from '../form/form-values.ts';

export interface StaleWriteDialogProps {
  open: boolean;
  /** What the user started from, what they have now, and what the server has now. */
  base: FormValues;
  mine: FormValues;
  theirs: FormValues;
  theirVersion: number;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
}

/** A stale write: both versions side by side for every field either side changed; nothing is lost. */
export function StaleWriteDialog({ open, base, mine, theirs, theirVersion, busy, onKeepMine, onTakeTheirs, onKeepEditing }: StaleWriteDialogProps) {
  const t = useT();
  const f = useFormat();
  const fields = [...new Set([...changedFields(base, mine), ...changedFields(base, theirs)])];
  const mineFields = toFields(mine);
  const theirFields = toFields(theirs);
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return f.unknown;
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'object' && v && 'unit' in v && 'value' in v) return f.period(v as { unit: 'day' | 'week' | 'month' | 'year'; value: number });
    if (Array.isArray(v))
      return v.map((x) => (typeof x === 'object' && x && 'organisationId' in x ? `#${String(x.organisationId)} (${String((x as { role: string }).role)})` : String(x))).join(', ');
    return String(v);
  };
  return (
    <Dialog
      open={open}
      wide
      title={t('form.stale.title')}
      onClose={onKeepEditing}
      actions={
        <>
          <Button appearance="primary" busy={busy} onClick={onKeepMine}>
            {t('form.stale.keepMine')}
          </Button>
          <Button onClick={onTakeTheirs}>{t('form.stale.takeTheirs')}</Button>
          <Button appearance="subtle" onClick={onKeepEditing}>
            {t('form.stale.keepEditing')}
          </Button>
        </>
      }
    >
      <p className="utrecht-paragraph">{t('form.stale.text')}</p>
      <TableScroll label={t('form.stale.title')} className="app-compare">
        <Table caption={t('form.stale.title')} captionHidden>
          <THead>
            <Tr>
              <Th>{t('form.stale.field')}</Th>
              <Th>{t('form.stale.mine')}</Th>
              <Th>{t('form.stale.theirs', { version: theirVersion })}</Th>
            </Tr>
          </THead>
          <TBody>
            {fields.map((k) => {
              const differs = JSON.stringify(mineFields[k]) !== JSON.stringify(theirFields[k]);
              return (
                <Tr key={k} className={differs ? 'app-changed' : undefined}>
                  <Th scope="row">{FIELD_LABELS[k] ? t(FIELD_LABELS[k]) : k}</Th>
                  <Td>{show(mineFields[k])}</Td>
                  <Td>{show(theirFields[k])}</Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </TableScroll>
    </Dialog>
  );
}
