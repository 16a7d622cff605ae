import { createQueryClient } from '../lib/query-client.ts';

/** The one query client of the app; route loaders use it to start fetches early. */
export const queryClient = createQueryClient();
