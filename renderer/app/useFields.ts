// Form state for the small forms in dialogs: values, a change handler for any Mantine input,
// and the backend's refusals shown by each field.
import { useState } from 'react';
import { useServerErrors } from './components/ServerErrors';

const valueOf = (next: unknown) =>
  next && typeof next === 'object' && 'currentTarget' in next
    ? (next.currentTarget as HTMLInputElement).value
    : (next ?? '');

/** Spreads onto any Mantine input: `value` takes the input's own type, `onChange` takes any event or value. */
export type FieldProps = { value: never; onChange: (next: unknown) => void; error: string | undefined };

export function useFields<Values extends Record<string, unknown>>(initial: Values) {
  const [values, setValues] = useState(initial);
  const server = useServerErrors();
  const inputProps = (field: string): FieldProps => ({
    value: values[field] as never,
    onChange: (next: unknown) => {
      // Read the event now: React clears `currentTarget` once the handler returns.
      const value = valueOf(next);
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: server.errors[field],
  });
  /** Runs a save; a refusal shows by its field (or at the top) and keeps what was typed. */
  const attempt = (save: () => Promise<void>) => async () => {
    try {
      await save();
    } catch (error) {
      server.report(error);
    }
  };
  return { values, setValues, inputProps, attempt, ...server };
}
