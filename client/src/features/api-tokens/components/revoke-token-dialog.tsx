import type { ApiToken } from '@akkoord/shared/schemas/api-token';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../../components/ui/toast.tsx';
import { useRevokeToken } from '../api/revoke-token.ts';

/** Asks before revoking: whatever uses the token stops working at once. */
export function RevokeTokenDialog({ token, anyone, onClose }: { token: ApiToken; anyone: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const revoke = useRevokeToken();
  return (
    <ConfirmDialog
      title={t('apiTokens.revoke.title', { name: token.name })}
      text={anyone ? t('apiTokens.revoke.textOther', { email: token.owner.email }) : t('apiTokens.revoke.text')}
      submitLabel={t('apiTokens.revoke.confirm')}
      busy={revoke.isPending}
      error={revoke.error}
      onConfirm={() =>
        revoke.mutate(
          { id: token.id, anyone },
          {
            onSuccess: () => {
              onClose();
              toast.show(t('apiTokens.revoked', { name: token.name }));
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}
