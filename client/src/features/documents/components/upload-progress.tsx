import { useId } from 'react';
import type { UploadProgress as Progress } from '../../../lib/api-client.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { Button } from '../../../components/ui/button.tsx';
import { formatFileSize } from './format-document.ts';

/** The upload's progress bar with what was sent so far, and a button to cancel it. */
export function UploadProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const labelId = useId();
  const known = progress.total !== null && progress.total > 0;
  const percent = known ? Math.min(100, Math.floor((progress.loaded / progress.total!) * 100)) : null;
  return (
    <div className="app-upload-progress">
      <label id={labelId} className="utrecht-form-label" htmlFor={`${labelId}-bar`}>
        {t('documents.upload.progress')}
      </label>
      {/* Without a value the bar is indeterminate: the browser does not know the total yet. */}
      <progress id={`${labelId}-bar`} className="app-upload-progress__bar" max={100} value={percent ?? undefined}>
        {percent === null ? '' : `${percent}%`}
      </progress>
      <p className="utrecht-paragraph app-upload-progress__text">
        {percent === null
          ? t('documents.upload.sending')
          : t('documents.upload.sent', { percent, loaded: formatFileSize(progress.loaded, lang), total: formatFileSize(progress.total!, lang) })}
      </p>
      <Button onClick={onCancel}>{t('documents.upload.cancel')}</Button>
    </div>
  );
}
