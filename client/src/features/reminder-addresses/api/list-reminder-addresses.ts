import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { reminderAddressSchema, type ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderAddressKeys } from './keys.ts';

const addressesSchema = z.array(reminderAddressSchema);

/** GET /api/reminder-addresses: users and plain addresses, with what they follow, team addresses and feed URL (admin, legal). */
export function listReminderAddresses(signal?: AbortSignal): Promise<ReminderAddress[]> {
  return apiRequest('/reminder-addresses', { signal, schema: addressesSchema });
}

export const reminderAddressesQueryOptions = () => queryOptions({ queryKey: reminderAddressKeys.list(), queryFn: ({ signal }) => listReminderAddresses(signal) });

export function useReminderAddresses() {
  return useQuery(reminderAddressesQueryOptions());
}
