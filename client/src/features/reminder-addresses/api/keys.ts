/** The reminder-addresses feature's query keys (decision 040). */
export const reminderAddressKeys = {
  all: ['reminder-addresses'] as const,
  list: () => [...reminderAddressKeys.all, 'list'] as const,
  teamAddresses: ['team-address'] as const,
  teamAddress: (code: string) => [...reminderAddressKeys.teamAddresses, code] as const,
};
