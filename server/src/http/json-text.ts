/**
 * A response body that is already JSON text, typed by what it parses to.
 * A handler returns it as `body` and the route writes the text as it is,
 * without parsing and serialising it again (the register list, whose items
 * SQLite builds as JSON; decision 015).
 */
export class JsonText<T> {
  declare readonly parsesTo?: T;
  constructor(readonly text: string) {}

  parse(): T {
    return JSON.parse(this.text) as T;
  }
}
