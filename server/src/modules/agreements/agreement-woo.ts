import { defaultWooCategory, defaultWooState, findWooProblems, type WooCategory, type WooState } from '@akkoord/shared/woo/woo';
import type { Agreement, UpdateAgreementInput } from '@akkoord/shared/schemas/agreement';
import type { AgreementType } from '@akkoord/shared/domain/enums';
import type { FieldError } from '@akkoord/shared/schemas/common';
import type { Db } from '../../db/client.ts';
import { isVersionOfAgreement, type AgreementChanges, type AgreementRow } from './agreements.repo.ts';

type WooRow = Pick<AgreementRow, 'type' | 'wooCategory' | 'wooState' | 'wooPublishedOn' | 'wooUrl' | 'wooGrounds' | 'wooDocumentVersionId'>;

/** The category in effect: the one chosen, or the default of the type. */
export const wooCategoryOf = (row: Pick<WooRow, 'type' | 'wooCategory'>): WooCategory => (row.wooCategory as WooCategory | null) ?? defaultWooCategory(row.type as AgreementType);

/** The publication as the API answers it: the state chosen, or the default of the category in effect. */
export function presentWoo(row: WooRow): Pick<Agreement, 'wooCategory' | 'wooPublication'> {
  const category = wooCategoryOf(row);
  return {
    wooCategory: category,
    wooPublication: {
      state: (row.wooState as WooState | null) ?? defaultWooState(category),
      publishedOn: row.wooPublishedOn,
      url: row.wooUrl,
      grounds: (row.wooGrounds ?? []) as Agreement['wooPublication']['grounds'],
      documentVersionId: row.wooDocumentVersionId,
    },
  };
}

/**
 * The Woo columns of a create or update, checked as a whole against what is
 * stored (a part left out stays): a date only when published, grounds
 * exactly when something is withheld, and the public file a version of one
 * of this agreement's own documents.
 */
export function wooChanges(db: Db, input: UpdateAgreementInput, stored: WooRow | null, type: string, agreementId: number | null, changes: AgreementChanges): FieldError[] {
  const w = input.wooPublication;
  if (input.wooCategory !== undefined) changes.wooCategory = input.wooCategory;
  if (w === undefined && input.wooCategory === undefined) return [];
  if (w) {
    if (w.state !== undefined) changes.wooState = w.state;
    if (w.publishedOn !== undefined) changes.wooPublishedOn = w.publishedOn;
    if (w.url !== undefined) changes.wooUrl = w.url;
    if (w.grounds !== undefined) changes.wooGrounds = [...new Set(w.grounds)];
    if (w.documentVersionId !== undefined) changes.wooDocumentVersionId = w.documentVersionId;
  }
  const merged = presentWoo({
    type,
    wooCategory: changes.wooCategory !== undefined ? changes.wooCategory : (stored?.wooCategory ?? null),
    wooState: changes.wooState !== undefined ? changes.wooState : (stored?.wooState ?? null),
    wooPublishedOn: changes.wooPublishedOn !== undefined ? changes.wooPublishedOn : (stored?.wooPublishedOn ?? null),
    wooUrl: changes.wooUrl !== undefined ? changes.wooUrl : (stored?.wooUrl ?? null),
    wooGrounds: changes.wooGrounds !== undefined ? changes.wooGrounds : (stored?.wooGrounds ?? null),
    wooDocumentVersionId: changes.wooDocumentVersionId !== undefined ? changes.wooDocumentVersionId : (stored?.wooDocumentVersionId ?? null),
  });
  const errors: FieldError[] = findWooProblems(merged.wooPublication).map((p) => ({ field: `body.wooPublication.${p.field}`, message: p.message }));
  const versionId = merged.wooPublication.documentVersionId;
  if (versionId !== null && changes.wooDocumentVersionId !== undefined && (agreementId === null || !isVersionOfAgreement(db, versionId, agreementId))) {
    errors.push({ field: 'body.wooPublication.documentVersionId', message: 'Kies een versie van een document van deze overeenkomst' });
  }
  return errors;
}
