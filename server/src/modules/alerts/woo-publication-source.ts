import type { AgreementType } from '@akkoord/shared/domain/enums';
import { makeMessageAlert } from '@akkoord/shared/lifecycle/compute-alerts';
import { WOO_CATEGORIES, defaultWooCategory, defaultWooState, isPublicationOverdue, type WooCategory, type WooState } from '@akkoord/shared/woo/woo';
import type { AgreementAlertSource } from './alert-sources.ts';
import { findWooFacts } from './alerts.repo.ts';

/**
 * An agreement in a category the Woo says must be published actively (art. 3.3) that is
 * not published yet: an alert for its owner until it is published, partly published,
 * withheld on grounds of art. 5.1/5.2, or found not to be required (decision 058).
 */
export const wooPublicationSource: AgreementAlertSource = {
  name: 'woo',
  version: 1,
  perDay: false,
  compute: (db, subjects, on) => {
    const bySubject = new Map(subjects.map((s) => [s.id, s]));
    return findWooFacts(
      db,
      subjects.map((s) => s.id),
    ).flatMap((f) => {
      const category = (f.wooCategory as WooCategory | null) ?? defaultWooCategory(f.type as AgreementType);
      const state = (f.wooState as WooState | null) ?? defaultWooState(category);
      if (category === 'none' || !isPublicationOverdue(category, state)) return [];
      const { article, nl } = WOO_CATEGORIES[category];
      return [
        makeMessageAlert({
          kind: 'woo_publication',
          severity: 'medium',
          reasonCode: 'woo_publication_due',
          key: `woo:${f.id}`,
          agreementId: f.id,
          collaborationCode: bySubject.get(f.id)?.collaborationCode ?? null,
          on,
          nl: `Nog niet openbaar gemaakt: valt onder "${nl}" (Woo art. ${article}) en moet actief openbaar worden gemaakt, of leg vast waarom niet`,
          en: `Not yet published: falls under "${nl}" (Woo art. ${article}) and must be published actively, or record why not`,
        }),
      ];
    });
  },
};
