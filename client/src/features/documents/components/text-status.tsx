import { useT } from '../../../lib/i18n/use-t.ts';
import type { Translate } from '../../../lib/i18n/translate.ts';
import { cx } from '../../../components/ui/cx.ts';
import type { DocumentTextStatus } from '@akkoord/shared/domain/documents';
import { isTextReason } from '@akkoord/shared/domain/text-extraction';

/** Why a version has no (or not all of its) text, in words. */
export function textReasonText(reason: string, t: Translate): string {
  // A reason this client does not know yet (a newer server) is shown as sent.
  return isTextReason(reason) ? t(`documents.textReason.${reason}`) : reason;
}

/**
 * A version's text status in plain words: "tekst gelezen", "geen tekstlaag —
 * OCR niet beschikbaar", "tekst kon niet worden gelezen: beveiligd met een wachtwoord".
 */
export function textStatusText(status: DocumentTextStatus, reason: string | null | undefined, t: Translate): string {
  if (status === 'pending') return t('documents.textStatus.pending');
  if (status === 'no_text_layer' && (!reason || reason === 'ocr_unavailable')) return t('documents.textStatus.no_text_layer');
  if (!reason) return t(`documents.textStatus.${status}`);
  const label = status === 'no_text_layer' ? t('documents.textStatus.noText') : t(`documents.textStatus.${status}`);
  return t('documents.textStatus.withReason', { status: label, reason: textReasonText(reason, t) });
}

/** Where reading a version's text stands, in plain words, with the server's reason in words. */
export function TextStatus({ status, reason }: { status: DocumentTextStatus; reason?: string | null }) {
  const t = useT();
  return <span className={cx('app-text-status', `app-text-status--${status}`)}>{textStatusText(status, reason, t)}</span>;
}
