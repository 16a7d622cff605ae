import { ApiError } from './api-client.ts';

/**
 * Some routes come with later features (alerts, history, chains). A route
 * that answers 404 (or refuses the query shape with 400) is "not available
 * here": the section that needs it hides instead of showing an error.
 */
export async function optional<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 400)) return null;
    throw error;
  }
}
