// Reading the record, in one shape. Each feature makes its keys with `queryKeys(area)`, so every
// key is [area, procedure, input]: the same question always has the same key, and everything an
// area shows can be refreshed at once by its `all`.
import { queryOptions } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureOutput, ReadName } from '../../shared/contract';
import { invoke } from './client';

type AreaOf<P extends string> = P extends `${infer A}.${string}` ? A : never;
export type Area = AreaOf<ReadName>;
/** Only questions: a change goes through useRecordMutation. */
type ProcedureOf<A extends Area> = Extract<ReadName, `${A}.${string}`>;

export function queryKeys<A extends Area>(area: A) {
  const of = <P extends ProcedureOf<A>>(procedure: P, input?: ProcedureInput<P>) =>
    [area, procedure, input ?? null] as const;
  return {
    all: [area] as const,
    of,
    /** What `useQuery` needs to ask the backend `procedure` with `input`. */
    query: <P extends ProcedureOf<A>>(procedure: P, input?: ProcedureInput<P>) =>
      queryOptions({
        queryKey: of(procedure, input),
        queryFn: () => ask(procedure, input),
      }),
    /** The answer itself, for paged tables and timelines that fetch page by page. */
    ask: <P extends ProcedureOf<A>>(procedure: P, input?: ProcedureInput<P>) => ask(procedure, input),
  };
}

function ask<P extends ReadName>(procedure: P, input: ProcedureInput<P> | undefined): Promise<ProcedureOutput<P>> {
  return invoke(procedure, ...([input] as never as [ProcedureInput<P>]));
}
