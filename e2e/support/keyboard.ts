import type { Page } from 'playwright-core';

/** What has keyboard focus: its tag, its text (or aria-label), the text of its <label>, its id and its outline. */
export interface Focused {
  tag: string;
  text: string;
  label: string;
  id: string;
  outline: string;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? (document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent ?? '') : '';
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? el?.getAttribute('aria-label') ?? '').trim(),
      label: label.trim(),
      id: el?.id ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, match: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the element; last focus: ${JSON.stringify(await focused(page))}`);
}
