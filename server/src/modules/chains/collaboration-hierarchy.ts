import type { z } from 'zod';
import type { collaborationHierarchySchema, setCollaborationParentSchema } from '@akkoord/shared/schemas/chain';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { findCollaborationTree, updateCollaborationParent, type CollaborationNode } from './chains.repo.ts';

type Hierarchy = z.infer<typeof collaborationHierarchySchema>;

/** Codes from a collaboration up to the root (parent first), stopping at a loop in stored data. */
function ancestorsOf(tree: CollaborationNode[], start: CollaborationNode | undefined): string[] {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const codes: string[] = [];
  for (let p = start?.parentId ? byId.get(start.parentId) : undefined; p && !codes.includes(p.code) && p.code !== start?.code; p = p.parentId ? byId.get(p.parentId) : undefined) {
    codes.push(p.code);
  }
  return codes;
}

/**
 * For each collaboration code, the collaborations its agreements cover: itself
 * and every collaboration housed within it, transitively (ZVHT → [ZVHT, KMT]).
 */
export function coveredCollaborations(db: Db): Map<string, string[]> {
  const tree = findCollaborationTree(db);
  const covers = new Map(tree.map((c) => [c.code, [c.code]]));
  for (const c of tree) for (const ancestor of ancestorsOf(tree, c)) covers.get(ancestor)?.push(c.code);
  return covers;
}

/**
 * Houses a collaboration within another (or in none), refusing itself and
 * cycles (422 `relation_cycle`), with its audit event in one transaction.
 * The hierarchy decides what follows and team addresses reach (following KMT
 * brings ZVHT, which houses it), so a caller limited to some collaborations
 * may only move one of theirs from and to collaborations of theirs: a new
 * parent outside them is 422 on `body.parentCode`, a current one 403 (decision 033).
 */
export function setCollaborationParent(deps: AppDeps, ctx: RequestContext, code: string, input: z.infer<typeof setCollaborationParentSchema>): Hierarchy {
  const tree = findCollaborationTree(deps.db);
  const scope = ctx.user?.collaborationScope;
  const node = tree.find((c) => c.code === code.toUpperCase());
  if (!node || (scope && !scope.includes(node.code))) throw new AppError('not_found', `Samenwerkingsverband ${code} bestaat niet`);
  const field = 'body.parentCode';
  const parent = input.parentCode === null ? null : tree.find((c) => c.code === input.parentCode);
  if (parent === undefined)
    throw new AppError('validation_failed', `Samenwerkingsverband ${input.parentCode} bestaat niet`, { errors: [{ field, message: 'Onbekend samenwerkingsverband' }] });
  if (parent && scope && !scope.includes(parent.code)) {
    throw new AppError('validation_failed', `Samenwerkingsverband ${parent.code} valt buiten uw samenwerkingsverbanden`, {
      errors: [{ field, message: 'Buiten uw samenwerkingsverbanden' }],
    });
  }
  const currentParent = ancestorsOf(tree, node)[0] ?? null;
  if (currentParent !== null && scope && !scope.includes(currentParent)) {
    throw new AppError(
      'forbidden',
      'Dit samenwerkingsverband is nu onderdeel van een samenwerkingsverband buiten de uwe; alleen een account zonder die beperking kan dat wijzigen',
    );
  }
  if (parent?.id === node.id)
    throw new AppError('validation_failed', 'Een samenwerkingsverband kan niet onderdeel van zichzelf zijn', {
      errors: [{ field, message: 'Kies een ander samenwerkingsverband' }],
    });
  if (parent) {
    const above = ancestorsOf(tree, parent);
    if (above.includes(node.code)) {
      const cycle = [node.code, parent.code, ...above.slice(0, above.indexOf(node.code) + 1)];
      throw new AppError('relation_cycle', `Kringverwijzing: ${cycle.join(' → ')} (elk onderdeel van het volgende)`, {
        errors: [{ field, message: 'Dit maakt een kringverwijzing', code: 'relation_cycle' }],
        extra: { cycle: { collaborationCodes: cycle } },
      });
    }
  }
  const before = { parentCode: currentParent };
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    updateCollaborationParent(tx, node.id, parent?.id ?? null, now);
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'collaboration',
      entityId: node.code,
      action: 'set_parent',
      before,
      after: { parentCode: parent?.code ?? null },
      requestId: ctx.requestId,
    });
  });
  const updated = findCollaborationTree(deps.db);
  const all = ancestorsOf(
    updated,
    updated.find((c) => c.id === node.id),
  );
  // A limited caller learns nothing above their own collaborations: the list stops at the first one outside them.
  const outside = scope ? all.findIndex((c) => !scope.includes(c)) : -1;
  const ancestors = outside === -1 ? all : all.slice(0, outside);
  return { code: node.code, parentCode: all[0] ?? null, ancestors };
}
