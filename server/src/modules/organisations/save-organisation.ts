import { randomUUID } from 'node:crypto';
import { normaliseOrganisationName } from '@akkoord/shared/domain/organisation-name';
import type { CreateOrganisationInput, Organisation, UpdateOrganisationInput } from '@akkoord/shared/schemas/organisation';
import type { Tx } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { agreementVisibility } from '../agreements/agreement-visibility.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import {
  findOrganisationRow,
  findOrganisationsByNumber,
  findReachOfOrganisation,
  insertOrganisation,
  listOrganisationNames,
  updateOrganisationIfVersion,
  type OrganisationInsert,
} from './organisations.repo.ts';

type Fields = Partial<Pick<OrganisationInsert, 'name' | 'shortName' | 'kind' | 'kvkNumber' | 'oin' | 'parentId' | 'notes'>>;

/** Only what was sent: `undefined` leaves a field alone, `null` clears it. */
function fieldsOf(input: CreateOrganisationInput | UpdateOrganisationInput): Fields {
  const fields: Fields = {};
  for (const key of ['name', 'shortName', 'kind', 'kvkNumber', 'oin', 'parentId', 'notes'] as const) {
    if (input[key] !== undefined) (fields as Record<string, unknown>)[key] = input[key];
  }
  return fields;
}

/**
 * Refuses a second organisation with the same normalised name, KvK number or
 * OIN (409 `conflict`, the existing one in `existing`, so the caller can pick
 * it instead). The organisation directory is shared by every collaboration,
 * so `existing` carries only its own fields, never its agreements.
 */
function refuseDuplicate(tx: Tx, fields: Fields, selfId: number | null): void {
  if (fields.name !== undefined) {
    const key = normaliseOrganisationName(fields.name);
    const same = listOrganisationNames(tx).find((o) => o.id !== selfId && normaliseOrganisationName(o.name) === key);
    const existing = same && findOrganisationRow(tx, same.id);
    if (existing) {
      throw new AppError('conflict', `Er bestaat al een organisatie met deze naam: ${existing.name}`, {
        errors: [{ field: 'body.name', message: `Bestaat al: ${existing.name}`, code: 'duplicate' }],
        extra: { existing: presentOrganisation(existing) },
      });
    }
  }
  const [byNumber] = findOrganisationsByNumber(tx, fields, selfId);
  if (byNumber) {
    const field = fields.kvkNumber && byNumber.kvkNumber === fields.kvkNumber ? 'kvkNumber' : 'oin';
    throw new AppError('conflict', `Dit ${field === 'kvkNumber' ? 'KvK-nummer' : 'OIN'} hoort al bij ${byNumber.name}`, {
      errors: [{ field: `body.${field}`, message: `Hoort al bij ${byNumber.name}`, code: 'duplicate' }],
      extra: { existing: presentOrganisation(byNumber) },
    });
  }
}

/** The parent must exist and may not be the organisation itself or one of its parts. */
function checkParent(tx: Tx, parentId: number | null | undefined, selfId: number | null): void {
  if (parentId === null || parentId === undefined) return;
  const invalid = (message: string) => new AppError('validation_failed', message, { errors: [{ field: 'body.parentId', message }] });
  const seen = new Set<number>();
  for (let id: number | null = parentId; id !== null;) {
    if (id === selfId) throw invalid('Een organisatie kan geen onderdeel van zichzelf zijn');
    if (seen.has(id)) break; // an older cycle elsewhere; not this write's doing
    seen.add(id);
    const row = findOrganisationRow(tx, id);
    if (!row) throw invalid(id === parentId ? `Organisatie ${parentId} bestaat niet` : 'De bovenliggende organisatie is onvolledig');
    id = row.parentId;
  }
}

/**
 * A caller limited to some collaborations may correct an organisation only
 * when everything it is party to or member of lies within their scope: a
 * shared record renamed by one collaboration changes what the others see.
 * The refusal names nothing outside the scope.
 */
function guardScope(tx: Tx, ctx: RequestContext, id: number): void {
  const visibility = agreementVisibility(ctx);
  if (!visibility.isLimited) return;
  if (findReachOfOrganisation(tx, id).some((code) => !visibility.canSee(code))) {
    throw new AppError('forbidden', 'Deze organisatie is ook partij buiten uw samenwerkingsverbanden; vraag een beheerder haar te wijzigen');
  }
}

/** Adds an organisation to the directory, refusing duplicates; audited in the same transaction. */
export function createOrganisation(deps: AppDeps, ctx: RequestContext, input: CreateOrganisationInput): Organisation {
  const now = deps.clock.now().toISOString();
  const fields = fieldsOf(input);
  const row = deps.db.transaction((tx) => {
    refuseDuplicate(tx, fields, null);
    checkParent(tx, fields.parentId, null);
    const id = insertOrganisation(tx, { ...fields, name: input.name, kind: input.kind, key: `org-${randomUUID()}`, createdAt: now, updatedAt: now });
    const created = findOrganisationRow(tx, id)!;
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'organisation', entityId: id, action: 'create', after: presentOrganisation(created), requestId: ctx.requestId });
    return created;
  });
  return presentOrganisation(row);
}

/** Changes the fields sent, with optimistic concurrency (a stale version: 409 `stale_write` with `current`); audited. */
export function updateOrganisation(deps: AppDeps, ctx: RequestContext, id: number, input: UpdateOrganisationInput): Organisation {
  const now = deps.clock.now().toISOString();
  const fields = fieldsOf(input);
  const row = deps.db.transaction((tx) => {
    const before = findOrganisationRow(tx, id);
    if (!before) throw new AppError('not_found', `Organisatie ${id} bestaat niet`);
    guardScope(tx, ctx, id);
    if (before.version !== input.version) {
      throw new AppError('stale_write', `U bewerkte versie ${input.version}; de huidige versie is ${before.version}. Vergelijk en probeer opnieuw.`, {
        extra: { current: presentOrganisation(before) },
      });
    }
    refuseDuplicate(tx, fields, id);
    checkParent(tx, fields.parentId, id);
    if (!updateOrganisationIfVersion(tx, id, input.version, { ...fields, updatedAt: now }))
      throw new AppError('stale_write', 'De organisatie is tegelijk gewijzigd; probeer opnieuw');
    const after = findOrganisationRow(tx, id)!;
    recordAudit(tx, {
      at: now,
      ...actorOf(ctx),
      entityType: 'organisation',
      entityId: id,
      action: 'update',
      before: presentOrganisation(before),
      after: presentOrganisation(after),
      requestId: ctx.requestId,
    });
    return after;
  });
  return presentOrganisation(row);
}
