import { useRef, useState } from 'react';

/**
 * Which dialog is open (dialogs may follow each other); when the last one
 * closes, focus returns to the element that opened the first.
 */
export function useDialogState<T>(): [T | null, (next: T | null) => void] {
  const [open, setOpenState] = useState<T | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const setOpen = (next: T | null) => {
    if (!open && next) trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenState(next);
    if (!next) window.requestAnimationFrame(() => trigger.current?.isConnected && trigger.current.focus());
  };
  return [open, setOpen];
}
