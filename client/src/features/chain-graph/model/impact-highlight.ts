import type { Impact } from '@akkoord/shared/schemas/chain';

export interface ImpactHighlight {
  /** Node id of the agreement that ends. */
  ending: string;
  /** Node ids that lose their basis, with how certain that is. */
  lost: Map<string, 'certain' | 'possible'>;
  /** Relation edge ids on the paths that explain why. */
  pathEdges: Set<string>;
}

/** What impact mode lights up: the ending agreement, everything that loses its basis, and the relations in between. */
export function highlightFromImpact(impact: Impact): ImpactHighlight {
  const lost = new Map<string, 'certain' | 'possible'>();
  const pathEdges = new Set<string>();
  for (const item of impact.items) {
    const id = `agreement:${item.agreement.id}`;
    // "certain" wins when several paths lead to the same agreement.
    if (lost.get(id) !== 'certain') lost.set(id, item.certainty);
    for (const step of item.path) if (step.relationId !== null) pathEdges.add(`relation:${step.relationId}`);
  }
  return { ending: `agreement:${impact.agreementId}`, lost, pathEdges };
}
