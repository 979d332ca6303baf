// Every procedure's handler, by name. The type makes a missing handler a compile error.
import type { ProcedureName } from '../../shared/contract';
import { appHandlers } from './app/app';
import type { Handlers } from './context';
import { employersHandlers } from './employers/app';
import { vocabularyHandlers } from './vocabulary/app';

export const handlers: Handlers<ProcedureName> = {
  ...employersHandlers,
  ...vocabularyHandlers,
  ...appHandlers,
};
