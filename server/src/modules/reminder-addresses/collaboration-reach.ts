/**
 * Collaborations nest (KMT is housed within ZVHT, whose agreements cover
 * KMT's work). Following one reaches the agreements of the collaboration
 * itself, of the ones it sits in and of the ones housed within it.
 */
export class CollaborationTree {
  private readonly parentOf: Map<number, number | null>;
  private readonly cache = new Map<number, { lineage: number[]; reach: number[] }>();

  constructor(rows: { id: number; parentId: number | null }[]) {
    this.parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  }

  private compute(id: number): { lineage: number[]; reach: number[] } {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const lineage: number[] = [];
    for (let c: number | null | undefined = id; c !== null && c !== undefined && !lineage.includes(c); c = this.parentOf.get(c)) lineage.push(c);
    const below: number[] = [];
    const queue = [id];
    while (queue.length) {
      const parent = queue.shift()!;
      for (const [child, p] of this.parentOf) {
        if (p === parent && child !== id && !below.includes(child)) {
          below.push(child);
          queue.push(child);
        }
      }
    }
    const out = { lineage, reach: [...lineage, ...below] };
    this.cache.set(id, out);
    return out;
  }

  /** The collaboration and the ones it sits in, nearest first (where a team address is looked for). */
  lineage(id: number | null): number[] {
    return id === null ? [] : this.compute(id).lineage;
  }

  /** The collaboration, its ancestors and its descendants: whose followers hear about its agreements (symmetric). */
  reach(id: number | null): number[] {
    return id === null ? [] : this.compute(id).reach;
  }
}
