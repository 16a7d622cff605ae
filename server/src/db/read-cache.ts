/**
 * Answers of read statements, kept for as long as the database has not
 * changed (decision 024). The read worker asks SQLite's `PRAGMA
 * data_version` at the start of every read transaction: it changes whenever
 * another connection (the main connection, a CLI) has committed, and then the
 * whole cache is dropped, so an answer is only ever reused for the very
 * snapshot that produced it. Least recently used answers go first once the
 * cache holds more than `maxBytes`.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private version: number | null = null;
  private size = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** Call at the start of each read transaction with its data_version: a different one empties the cache. */
  seeVersion(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.size = 0;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.size -= old.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.size += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.size -= entry.bytes;
    }
  }

  get bytes(): number {
    return this.size;
  }

  get count(): number {
    return this.entries.size;
  }
}
