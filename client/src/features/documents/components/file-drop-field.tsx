import { useRef, useState, type DragEvent } from 'react';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import { cx } from '../../../components/ui/cx.ts';
import { useFieldContext } from '../../../components/ui/form-field.tsx';
import { formatFileSize } from './format-document.ts';

export interface FileDropFieldProps {
  id: string;
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}

/**
 * A file chooser that also takes a file dragged onto it. The native file
 * input is the keyboard and screen-reader way in (Tab, Enter or Space opens
 * the browser's chooser); the box around it is only a larger target for a mouse.
 */
export function FileDropField({ id, file, onChange, disabled }: FileDropFieldProps) {
  const t = useT();
  const field = useFieldContext();
  const invalid = field?.invalid ?? false;
  const { lang } = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const chosenId = `${id}-chosen`;

  const accept = (files: FileList | null) => {
    setTooMany(Boolean(files && files.length > 1));
    onChange(files && files.length === 1 ? files[0]! : null);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = e.dataTransfer.files;
    // Show the dropped file in the input too, so it reads as chosen (not every browser allows it).
    try {
      if (input.current && files.length === 1) input.current.files = files;
    } catch {
      // the text below says what was chosen
    }
    accept(files);
  };

  return (
    <div
      className={cx('app-drop-zone', dragging && 'app-drop-zone--active', invalid && 'app-drop-zone--invalid')}
      onDragEnter={(e) => {
        e.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragOver={(e) => e.preventDefault()}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <input
        ref={input}
        id={id}
        type="file"
        className="app-drop-zone__input"
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={[field?.describedBy, file ? chosenId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => accept(e.target.files)}
      />
      {dragging ? (
        <p className="utrecht-paragraph app-drop-zone__hint" aria-hidden="true">
          {t('documents.upload.dropHere')}
        </p>
      ) : null}
      <p id={chosenId} className="utrecht-paragraph app-drop-zone__chosen" aria-live="polite">
        {file ? t('documents.upload.chosen', { name: file.name, size: formatFileSize(file.size, lang) }) : tooMany ? t('documents.upload.oneFile') : ''}
      </p>
    </div>
  );
}
