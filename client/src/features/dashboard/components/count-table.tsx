import type { ReactNode } from 'react';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx';

export interface CountRow {
  key: string;
  label: ReactNode;
  count: number;
}

/** A two-column table of labelled counts (status, collaboration), each label a link. */
export function CountTable({ caption, heading, rows }: { caption: string; heading: string; rows: CountRow[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th>{heading}</Th>
          <Th numeric>{t('dashboard.count')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.key}>
            <Td>{r.label}</Td>
            <Td numeric>{f.number(r.count)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
