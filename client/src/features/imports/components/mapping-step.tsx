import { useId, useState, type FormEvent } from 'react';
import { AGREEMENT_TYPES } from '@akkoord/shared/domain/enums';
import { IMPORT_FIELDS, type ImportField } from '@akkoord/shared/import/import-fields';
import type { ImportMappingInput, ImportUpload } from '@akkoord/shared/schemas/import';
import { ApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Paragraph } from '../../../components/ui/heading.tsx';
import { Select, type SelectOption } from '../../../components/ui/select.tsx';
import { Table, TableScroll, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';
import { useSaveImportMapping } from '../api/save-import-mapping.ts';
import { importProblemText } from './import-problem-text.ts';

/** Step 2: which field each column holds (suggested by the server), and values for empty cells. */
export function MappingStep({
  upload,
  collaborations,
  initial,
  onMapped,
}: {
  upload: ImportUpload;
  collaborations: SelectOption[];
  initial?: ImportMappingInput | undefined;
  onMapped: (input: ImportMappingInput) => void;
}) {
  const t = useT();
  const id = useId();
  const save = useSaveImportMapping(upload.id);
  const [mapping, setMapping] = useState<Record<string, ImportField | null>>(() => ({ ...upload.suggestedMapping, ...(initial?.mapping ?? {}) }));
  const [collaboration, setCollaboration] = useState(initial?.defaults.collaborationCode ?? '');
  const [type, setType] = useState(initial?.defaults.type ?? '');
  const [titleMissing, setTitleMissing] = useState(false);
  const fieldOptions: SelectOption[] = IMPORT_FIELDS.map((f) => ({ value: f, label: t(`import.field.${f}`) }));
  const serverErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!Object.values(mapping).includes('title')) {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    const defaults: ImportMappingInput['defaults'] = {};
    if (collaboration) defaults.collaborationCode = collaboration;
    if (type) defaults.type = type;
    save.mutate({ mapping, defaults }, { onSuccess: () => onMapped({ mapping, defaults }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('import.mapping.title')}>
      <Paragraph>
        {t('import.mapping.read', { file: upload.fileName, count: upload.total })} {upload.mappingRemembered ? t('import.mapping.remembered') : t('import.mapping.suggested')}
      </Paragraph>
      {titleMissing ? (
        <Alert type="error" live>
          <Paragraph>{t('import.mapping.titleRequired')}</Paragraph>
        </Alert>
      ) : null}
      {save.error ? (
        <Alert type="error" live title={t('import.mapping.failed')}>
          <Paragraph>{importProblemText(save.error, t)}</Paragraph>
          {Object.entries(serverErrors).length ? (
            <ul>
              {Object.entries(serverErrors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <TableScroll label={t('import.mapping.title')}>
        <Table>
          <THead>
            <Tr>
              <Th>{t('import.mapping.column')}</Th>
              <Th>{t('import.mapping.example')}</Th>
              <Th>{t('import.mapping.field')}</Th>
            </Tr>
          </THead>
          <TBody>
            {upload.columns.map((column, i) => (
              <Tr key={column}>
                <Th scope="row">{column}</Th>
                <Td>{upload.sampleRows.find((r) => (r[i] ?? '').trim() !== '')?.[i] ?? ''}</Td>
                <Td>
                  <Select
                    aria-label={t('import.mapping.fieldFor', { column })}
                    options={fieldOptions}
                    placeholder={t('import.mapping.skip')}
                    value={mapping[column] ?? ''}
                    invalid={!!serverErrors[`mapping.${column}`]}
                    onChange={(e) => setMapping((m) => ({ ...m, [column]: (e.currentTarget.value || null) as ImportField | null }))}
                  />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </TableScroll>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('import.mapping.defaults')}</legend>
        <FormField id={`${id}-collaboration`} label={t('import.mapping.defaultCollaboration')}>
          <Select options={collaborations} placeholder={t('import.mapping.none')} value={collaboration} onChange={(e) => setCollaboration(e.currentTarget.value)} />
        </FormField>
        <FormField id={`${id}-type`} label={t('import.mapping.defaultType')}>
          <Select
            options={AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
            placeholder={t('import.mapping.none')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value)}
          />
        </FormField>
      </fieldset>
      <Button type="submit" appearance="primary" busy={save.isPending}>
        {t('import.mapping.submit')}
      </Button>
    </form>
  );
}
