import type { Db, Tx } from '../../db/client.ts';
import type { AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { CollaborationTree } from './collaboration-reach.ts';
import type { RecipientVisibility } from './recipient-visibility.ts';
import {
  findAgreementIdsInCollaborations,
  findAgreementIdsOwnedBy,
  findCollaborationCodesOfAgreements,
  findCollaborationTree,
  findFollowRowsOf,
  findTeamAddresses,
  type RecipientRow,
} from './recipients.repo.ts';

/**
 * What a recipient's calendar feed draws from: the collaborations it follows
 * or is the team address of, each with the ones it sits in and the ones
 * housed within it, and the agreements it follows or owns.
 */
export interface FeedSubjects {
  collaborationIds: Set<number>;
  agreementIds: Set<number>;
}

/** The collaborations and the tree and team addresses, read once for many recipients. */
export class FeedReach {
  private readonly tree: CollaborationTree;
  private readonly codeOf: Map<number, string>;
  private readonly teams: Map<number, RecipientRow>;

  constructor(private readonly db: Db | Tx) {
    const rows = findCollaborationTree(db);
    this.tree = new CollaborationTree(rows);
    this.codeOf = new Map(rows.map((r) => [r.id, r.code]));
    this.teams = findTeamAddresses(db);
  }

  /** The subjects of one recipient's feed (see {@link FeedSubjects}). */
  subjectsOf(r: RecipientRow): FeedSubjects {
    const follows = findFollowRowsOf(this.db, r.id);
    const collaborationIds = new Set<number>();
    const expand = (id: number) => this.tree.reach(id).forEach((c) => collaborationIds.add(c));
    for (const f of follows) if (f.subjectKind === 'collaboration') expand(f.subjectId);
    for (const [collabId, team] of this.teams) if (team.id === r.id) expand(collabId);
    const agreementIds = new Set(follows.filter((f) => f.subjectKind === 'agreement').map((f) => f.subjectId));
    for (const id of findAgreementIdsOwnedBy(this.db, r.email)) agreementIds.add(id);
    return { collaborationIds, agreementIds };
  }

  /** Every agreement a recipient's feed may show before its owner's visibility is applied, ascending. */
  agreementIdsOf(r: RecipientRow): number[] {
    const { collaborationIds, agreementIds } = this.subjectsOf(r);
    const ids = new Set(agreementIds);
    for (const id of findAgreementIdsInCollaborations(this.db, [...collaborationIds])) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }

  /**
   * Whether the feed of `r`, as its own account may see it, reaches anything
   * `viewer` may not see: a followed or owned agreement, or a collaboration it
   * reaches (also one without agreements today, as the feed URL lasts).
   */
  reachesBeyond(r: RecipientRow, viewer: AgreementVisibility, recipients: RecipientVisibility): boolean {
    if (!viewer.isLimited) return false;
    const owner = recipients.ofRecipient(r);
    const beyond = (code: string | null) => owner.canSee(code) && !viewer.canSee(code);
    const { collaborationIds, agreementIds } = this.subjectsOf(r);
    for (const id of collaborationIds) if (beyond(this.codeOf.get(id) ?? null)) return true;
    return findCollaborationCodesOfAgreements(this.db, [...agreementIds]).some(beyond);
  }

  /**
   * Whether following, or being the team address of, this collaboration
   * brings a feed anything `viewer` may not see: its reach (the ones it sits
   * in and the ones housed within it) holds a collaboration outside the scope.
   */
  collaborationReachesBeyond(collaborationId: number, viewer: AgreementVisibility): boolean {
    if (!viewer.isLimited) return false;
    return this.tree.reach(collaborationId).some((id) => !viewer.canSee(this.codeOf.get(id) ?? null));
  }
}
