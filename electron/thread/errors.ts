// Errors cross between threads as plain data and come back as the classes callers check for.
import { DomainError, type ErrorCode } from '../../shared/result';
import { DatabaseUnavailableError } from '../db/unavailable';
import type { CarriedError } from './messages';

export function carry(error: unknown): CarriedError {
  if (error instanceof DomainError) {
    return { kind: 'domain', message: error.message, code: error.code, field: error.field };
  }
  if (error instanceof DatabaseUnavailableError) {
    return { kind: 'unavailable', message: error.message, reason: error.reason };
  }
  if (error instanceof Error) return { kind: 'other', message: error.message, stack: error.stack };
  return { kind: 'other', message: String(error) };
}

export function revive(carried: CarriedError): Error {
  if (carried.kind === 'domain') return new DomainError(carried.code as ErrorCode, carried.message, carried.field);
  if (carried.kind === 'unavailable') {
    return new DatabaseUnavailableError(carried.message, carried.reason as DatabaseUnavailableError['reason']);
  }
  const error = new Error(carried.message);
  if (carried.stack) error.stack = carried.stack;
  return error;
}
