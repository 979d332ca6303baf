import { RequestError } from './client';

/**
 * Runs an action that the backend may refuse with a conflict the user can override (such as
 * moving the main contact). Asks with the backend's own words, then tries once more if told to.
 */
export async function withConfirmation<T>(
  run: (confirmed: boolean) => Promise<T>,
  ask: (message: string) => Promise<boolean>,
): Promise<T | null> {
  try {
    return await run(false);
  } catch (error) {
    if (!(error instanceof RequestError) || error.error.code !== 'conflict') throw error;
    return (await ask(error.error.message)) ? run(true) : null;
  }
}
