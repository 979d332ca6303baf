import type { z } from 'zod';
import type { AppError } from './result';

/** One plain-English message per field, the first problem found for each. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || 'input';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function invalidInput(error: z.ZodError): AppError {
  const fieldErrors = fieldErrorsOf(error);
  const [field, message] = Object.entries(fieldErrors)[0] ?? ['input', 'Check what you entered.'];
  return { code: 'invalid_input', message, field, fieldErrors };
}
