import { precisionOf, type PartialDate } from '@akkoord/shared/dates/partial-date';
import { useFormat } from '../../lib/format/use-format.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Unknown } from '../ui/data-list.tsx';

/**
 * A date exactly as precise as it is known: "2019" stays "2019", with a
 * hidden note for screen readers and a tooltip; unknown says "onbekend".
 */
export function PartialDateText({ value, short }: { value: PartialDate | null | undefined; short?: boolean }) {
  const f = useFormat();
  const t = useT();
  if (!value) return <Unknown>{f.unknown}</Unknown>;
  const precision = precisionOf(value);
  const text = short ? f.dateShort(value) : f.date(value);
  if (precision === 'day') return <time dateTime={value}>{text}</time>;
  return (
    <time dateTime={value} title={t(`date.precision.${precision}`)}>
      {text}
    </time>
  );
}
