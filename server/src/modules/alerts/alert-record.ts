import type { Alert } from '@akkoord/shared/lifecycle/alert-types';

/** An alert with what the API lists and filters on (title, collaboration, owner) and the source that made it. */
export interface AlertRecord extends Alert {
  source: string;
  agreementTitle: string | null;
  collaborationId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
}
