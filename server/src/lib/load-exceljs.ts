type ExcelJs = typeof import('exceljs');

/**
 * exceljs is loaded on first use, not at start-up: the main thread needs it
 * only to read an XLSX import (exports write on their own worker thread), and
 * importing it costs about 35 MB of memory and 0.5 s of CPU (decision 038).
 */
let loading: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  // A CommonJS package: its exports are the default export of the ES module namespace.
  return (loading ??= import('exceljs').then((mod) => (mod as ExcelJs & { default?: ExcelJs }).default ?? mod));
}
