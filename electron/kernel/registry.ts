// Every procedure's handler, by name. The type makes a missing handler a compile error.
import type { ProcedureName } from '../../shared/contract';
import { affiliationsHandlers } from '../services/affiliations/app';
import { appHandlers } from '../services/app/app';
import { changesHandlers } from '../services/changes/app';
import { assessmentsHandlers } from '../services/assessments/app';
import { healthHandlers } from '../services/health/app';
import { settingsHandlers } from '../services/settings/app';
import { todayHandlers } from '../services/today/app';
import { commitmentsHandlers } from '../services/commitments/app';
import type { Handlers } from './context';
import { employersHandlers } from '../services/employers/app';
import { duplicatesHandlers } from '../services/duplicates/app';
import { interactionsHandlers } from '../services/interactions/app';
import { mailHandlers } from '../services/mail/app';
import { calendarHandlers } from '../services/calendar/app';
import { teamHandlers } from '../services/team/app';
import { peopleHandlers } from '../services/people/app';
import { searchHandlers } from '../services/search/app';
import { timelineHandlers } from '../services/timeline/app';
import { trustHandlers } from '../services/trust/app';
import { vocabularyHandlers } from '../services/vocabulary/app';
import { programmesHandlers } from '../services/programmes/app';
import { opportunitiesHandlers } from '../services/opportunities/app';
import { referralsHandlers } from '../services/referrals/app';
import { evidenceHandlers } from '../services/evidence/app';
import { funnelHandlers } from '../services/funnel/app';
import { reportsHandlers } from '../services/reports/app';
import { caseStudiesHandlers } from '../services/caseStudies/app';
import { exportsHandlers } from '../services/exports/app';
import { jobsHandlers } from '../services/jobs/app';
import { backupsHandlers } from '../services/backups/app';
import { importsHandlers } from '../services/imports/app';
import { trashHandlers } from '../services/trash/app';
import { privacyHandlers } from '../services/privacy/app';
import { securityHandlers } from '../services/security/app';

/** Answered by the backend itself, which owns the connection they open and close. */
export type BackendProcedure = 'security.unlock' | 'security.lock';
export type HandledProcedure = Exclude<ProcedureName, BackendProcedure>;

export const handlers: Handlers<HandledProcedure> = {
  ...employersHandlers,
  ...peopleHandlers,
  ...affiliationsHandlers,
  ...interactionsHandlers,
  ...mailHandlers,
  ...calendarHandlers,
  ...teamHandlers,
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
  ...duplicatesHandlers,
  ...privacyHandlers,
  ...securityHandlers,
  ...vocabularyHandlers,
  ...appHandlers,
  ...changesHandlers,
};
