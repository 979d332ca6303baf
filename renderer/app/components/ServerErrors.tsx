// What a form does with a refusal from the backend: field messages go next to their fields,
// anything else goes in one plain message at the top. Nothing typed is lost either way.
import { Alert } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage, RequestError } from '../client';

export function useServerErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const report = (error: unknown) => {
    if (error instanceof RequestError && error.error.fieldErrors) setErrors(error.error.fieldErrors);
    else setProblem(errorMessage(error));
  };
  return { errors, setErrors, problem, report };
}

export function NothingSaved({ problem }: { problem: string | null }) {
  return problem ? (
    <Alert color="red" title="Nothing was saved" role="alert">
      {problem}
    </Alert>
  ) : null;
}

/** A form whose submit runs `onSave` instead of reloading the page. */
export function SaveForm({ onSave, children }: { onSave: () => Promise<void>; children: ReactNode }) {
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void onSave();
      }}
      noValidate
    >
      {children}
    </form>
  );
}
