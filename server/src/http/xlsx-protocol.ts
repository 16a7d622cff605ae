/** A cell of a streamed sheet: text, a number, or empty. */
export type XlsxValue = string | number | null;

/** Main thread → worker: begin a workbook, the next chunk of rows, the end of them, or how many bytes the client took. */
export type XlsxFromMain =
  { type: 'start'; sheetName: string; columns: { header: string; width: number }[] } | { type: 'rows'; rows: XlsxValue[][] } | { type: 'end' } | { type: 'ack'; bytes: number };

/** Worker → main thread: ready for the next chunk, the workbook's next bytes, finished, or failed. */
export type XlsxToMain = { type: 'more' } | { type: 'bytes'; bytes: Uint8Array } | { type: 'done' } | { type: 'error'; message: string };
