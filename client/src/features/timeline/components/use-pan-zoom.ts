import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { clampSpan, zoomAround, type TimeView } from '../model/zoom.ts';

const DRAG_THRESHOLD_PX = 4;
const SETTLE_MS = 180;

/**
 * The time window and the gestures that move it: drag to pan, horizontal
 * wheel (or Shift+wheel) to pan, Ctrl/⌘+wheel to zoom around the pointer.
 * Updates are batched to one per animation frame; `settle` ticks once a
 * gesture has ended, so labels can re-anchor to the new left edge.
 */
export function usePanZoom(initial: TimeView, plotWidth: number, labelWidth: number, scrollerRef: RefObject<HTMLElement | null>) {
  const [view, setViewState] = useState(initial);
  const [settle, setSettle] = useState(0);
  /** The newest window, also between a change and the frame that renders it. */
  const current = useRef(view);
  const frame = useRef(0);
  const settleTimer = useRef(0);
  const drag = useRef<{ x: number; start: number; moved: boolean; pointer: number } | null>(null);
  const suppressClick = useRef(false);

  const setView = useCallback((next: TimeView | ((v: TimeView) => TimeView), settleAfter = true) => {
    const value = typeof next === 'function' ? next(current.current) : next;
    current.current = { start: value.start, span: clampSpan(value.span) };
    if (!frame.current) {
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        setViewState(current.current);
      });
    }
    window.clearTimeout(settleTimer.current);
    if (settleAfter) settleTimer.current = window.setTimeout(() => setSettle((s) => s + 1), SETTLE_MS);
  }, []);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      window.clearTimeout(settleTimer.current);
    },
    [],
  );

  // Wheel needs a non-passive listener to keep the page from zooming or scrolling sideways.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!el || plotWidth <= 0) return;
    const onWheel = (e: WheelEvent) => {
      const v = current.current;
      const pxPerDay = plotWidth / v.span;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const rect = el.getBoundingClientRect();
        const anchor = v.start + (e.clientX - rect.left - labelWidth) / pxPerDay;
        setView(zoomAround(v, Math.exp(e.deltaY * 0.0025), anchor));
        return;
      }
      const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
      if (Math.abs(dx) > Math.abs(e.shiftKey ? 0 : e.deltaY)) {
        e.preventDefault();
        setView({ start: v.start + dx / pxPerDay, span: v.span });
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scrollerRef, plotWidth, labelWidth, setView]);

  const onPointerDown = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || e.pointerType === 'touch') return;
    drag.current = { x: e.clientX, start: current.current.start, moved: false, pointer: e.pointerId };
  }, []);

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<SVGSVGElement>) => {
      const d = drag.current;
      if (!d || d.pointer !== e.pointerId) return;
      const dx = e.clientX - d.x;
      if (!d.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      if (!d.moved) {
        d.moved = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }
      const v = current.current;
      setView({ start: d.start - dx / (plotWidth / v.span), span: v.span }, false);
    },
    [plotWidth, setView],
  );

  const onPointerUp = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    suppressClick.current = true;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setSettle((s) => s + 1);
  }, []);

  /** True once for the click that ends a drag (so dragging over a bar does not open it). */
  const consumeDragClick = useCallback(() => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  }, []);

  return { view, setView, settle, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, consumeDragClick };
}
