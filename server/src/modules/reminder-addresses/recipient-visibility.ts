import type { Db, Tx } from '../../db/client.ts';
import { agreementVisibilityForAll, agreementVisibilityOfScope, type AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { findLimitedAccounts, type RecipientRow } from './recipients.repo.ts';

/**
 * What reminder e-mails and calendar feeds may show each recipient, by the
 * visibility rule (decision 023) applied to the account as it is NOW: a
 * follow, ownership or deputy role that dates from before the account's
 * collaboration scope was narrowed does not carry the agreement along. An
 * address without an account (a team mailbox an admin or legal advisor added)
 * is not limited. Read once per planning run, digest assembly or feed request.
 */
export class RecipientVisibility {
  private readonly byEmail = new Map<string, AgreementVisibility>();
  private readonly byUserId = new Map<number, AgreementVisibility>();

  constructor(db: Db | Tx) {
    for (const a of findLimitedAccounts(db)) {
      const visibility = agreementVisibilityOfScope(a.collaborationScope);
      this.byEmail.set(a.email, visibility);
      this.byUserId.set(a.id, visibility);
    }
  }

  /** For an address as reminders use it (lower-case; an account's current address). */
  ofEmail(email: string): AgreementVisibility {
    return this.byEmail.get(email) ?? agreementVisibilityForAll;
  }

  /** For a recipient row: its account when it has one, else its address. */
  ofRecipient(r: Pick<RecipientRow, 'userId' | 'email'>): AgreementVisibility {
    if (r.userId !== null) return this.byUserId.get(r.userId) ?? this.ofEmail(r.email);
    return this.ofEmail(r.email);
  }
}
