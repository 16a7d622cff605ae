type ExcelJs = typeof import('exceljs');

/**
 * exceljs is loaded on first use, not at start-up: it is only needed for an
 * XLSX import or export, and importing it costs the server about 35 MB of
 * memory and 0.5 s of CPU (decision 038, follow-up).
 */
let loading: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  // A CommonJS package: its exports are the default export of the ES module namespace.
  return (loading ??= import('exceljs').then((mod) => (mod as ExcelJs & { default?: ExcelJs }).default ?? mod));
}
