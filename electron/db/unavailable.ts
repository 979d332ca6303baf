/** The database cannot be used; `message` is written for the person at the keyboard. */
export class DatabaseUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'newer_schema' | 'damaged' | 'no_access' | 'locked' | 'wrong_passphrase' | 'in_use',
  ) {
    super(message);
  }
}
