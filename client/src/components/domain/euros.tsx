import { useFormat } from '../../lib/format/use-format.ts';
import { Unknown } from '../ui/data-list.tsx';

/** A euro amount from cents in the interface language; unknown when null. */
export function Euros({ cents }: { cents: number | null | undefined }) {
  const f = useFormat();
  if (cents === null || cents === undefined) return <Unknown>{f.unknown}</Unknown>;
  return <span className="app-nowrap">{f.euros(cents)}</span>;
}
