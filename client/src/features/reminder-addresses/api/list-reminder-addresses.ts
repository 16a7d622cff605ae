import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { reminderAddressSchema, type ReminderAddress } from '@akkoord/shared/schemas/reminders';
import { apiRequest } from '../../../lib/api-client.ts';

const addressesSchema = z.array(reminderAddressSchema);

/** GET /api/reminder-addresses: users and plain addresses, with what they follow, team addresses and feed URL (admin, legal). */
export function listReminderAddresses(signal?: AbortSignal): Promise<ReminderAddress[]> {
  return apiRequest('/reminder-addresses', { signal, schema: addressesSchema });
}

export const reminderAddressesKey = ['reminder-addresses'] as const;

export const reminderAddressesQueryOptions = () =>
  queryOptions({ queryKey: [...reminderAddressesKey, 'list'] as const, queryFn: ({ signal }) => listReminderAddresses(signal) });

export function useReminderAddresses() {
  return useQuery(reminderAddressesQueryOptions());
}
