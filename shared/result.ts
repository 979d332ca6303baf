export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'cancelled'
  | 'locked'
  | 'unknown_procedure'
  | 'database_unavailable'
  | 'internal';

export type AppError = {
  code: ErrorCode;
  message: string;
  /** The input field the message is about, as a dotted path. */
  field?: string;
  /** Every field with a problem, so a form can mark them all at once. */
  fieldErrors?: Record<string, string>;
};

/** The change set a call made, so the window can offer to undo exactly that. */
export type ChangeMade = { id: string; sentence: string };

export type Result<T> = { ok: true; value: T; change?: ChangeMade } | { ok: false; error: AppError };

/** Thrown inside the backend for a broken domain rule; `invoke` turns it into a Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toAppError(): AppError {
    const error: AppError = { code: this.code, message: this.message };
    if (this.field) {
      error.field = this.field;
      error.fieldErrors = { [this.field]: this.message };
    }
    return error;
  }
}
