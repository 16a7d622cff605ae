import { vi } from 'vitest';

/** One upload the code under test started through XMLHttpRequest. */
export interface FakeUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData | null;
  /** Reports bytes sent of the total (`upload.onprogress`). */
  progress: (loaded: number, total: number) => void;
  /** Answers with a status and a JSON body (problem+json when >= 400). */
  respond: (status: number, body?: unknown) => void;
  /** The connection failed (`onerror`). */
  fail: () => void;
  aborted: boolean;
}

/**
 * Replaces XMLHttpRequest (which fetch stubs do not cover) with a fake whose
 * uploads the test drives by hand: progress, answer, failure.
 */
export function mockUploads(): FakeUpload[] {
  const uploads: FakeUpload[] = [];
  class FakeXhr {
    upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    withCredentials = false;
    status = 0;
    responseText = '';
    private responseType = '';
    private record: FakeUpload | null = null;
    private method = 'GET';
    private url = '';
    private headers: Record<string, string> = {};
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? this.responseType : null;
    }
    abort() {
      if (this.record) this.record.aborted = true;
      this.onabort?.();
    }
    send(body: FormData | null) {
      const record: FakeUpload = {
        method: this.method,
        url: this.url,
        headers: this.headers,
        body,
        aborted: false,
        progress: (loaded, total) => this.upload.onprogress?.({ loaded, total, lengthComputable: true }),
        respond: (status, answer) => {
          this.status = status;
          this.responseType = status >= 400 ? 'application/problem+json' : 'application/json';
          this.responseText = answer === undefined ? '' : JSON.stringify(answer);
          this.onload?.();
        },
        fail: () => this.onerror?.(),
      };
      this.record = record;
      uploads.push(record);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return uploads;
}
