/**
 * A response body that is already JSON text, typed by what it parses to.
 * A handler returns it as `body` and the route writes the text as it is,
 * without parsing and serialising it again (the register list, whose items
 * SQLite builds as JSON; decision 015).
 */
export class JsonText<T> {
  declare readonly parsesTo?: T;
  /** The JSON text, as a string or as its UTF-8 bytes (the register page read by the worker, decision 021). */
  constructor(readonly text: string | Buffer) {}

  parse(): T {
    return JSON.parse(typeof this.text === 'string' ? this.text : this.text.toString('utf8')) as T;
  }
}
