// Every procedure's handler, by name. The type makes a missing handler a compile error.
import type { ProcedureName } from '../../shared/contract';
import { affiliationsHandlers } from './affiliations/app';
import { appHandlers } from './app/app';
import { assessmentsHandlers } from './assessments/app';
import { healthHandlers } from './health/app';
import { settingsHandlers } from './settings/app';
import { todayHandlers } from './today/app';
import { commitmentsHandlers } from './commitments/app';
import type { Handlers } from './context';
import { employersHandlers } from './employers/app';
import { interactionsHandlers } from './interactions/app';
import { peopleHandlers } from './people/app';
import { searchHandlers } from './search/app';
import { timelineHandlers } from './timeline/app';
import { trustHandlers } from './trust/app';
import { vocabularyHandlers } from './vocabulary/app';
import { programmesHandlers } from './programmes/app';
import { opportunitiesHandlers } from './opportunities/app';
import { referralsHandlers } from './referrals/app';
import { evidenceHandlers } from './evidence/app';
import { funnelHandlers } from './funnel/app';
import { reportsHandlers } from './reports/app';
import { caseStudiesHandlers } from './caseStudies/app';
import { exportsHandlers } from './exports/app';
import { jobsHandlers } from './jobs/app';
import { backupsHandlers } from './backups/app';
import { importsHandlers } from './imports/app';
import { trashHandlers } from './trash/app';
import { privacyHandlers } from './privacy/app';
import { securityHandlers } from './security/app';

/** Answered by the backend itself, which owns the connection they open and close. */
export type BackendProcedure = 'security.unlock' | 'security.lock';
export type HandledProcedure = Exclude<ProcedureName, BackendProcedure>;

export const handlers: Handlers<HandledProcedure> = {
  ...employersHandlers,
  ...peopleHandlers,
  ...affiliationsHandlers,
  ...interactionsHandlers,
  ...timelineHandlers,
  ...searchHandlers,
  ...trustHandlers,
  ...commitmentsHandlers,
  ...assessmentsHandlers,
  ...healthHandlers,
  ...todayHandlers,
  ...settingsHandlers,
  ...programmesHandlers,
  ...opportunitiesHandlers,
  ...referralsHandlers,
  ...evidenceHandlers,
  ...funnelHandlers,
  ...reportsHandlers,
  ...caseStudiesHandlers,
  ...exportsHandlers,
  ...jobsHandlers,
  ...backupsHandlers,
  ...importsHandlers,
  ...trashHandlers,
  ...privacyHandlers,
  ...securityHandlers,
  ...vocabularyHandlers,
  ...appHandlers,
};
