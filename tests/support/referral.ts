import type { Backend } from '../../electron/backend';
import { call } from './call';

/** An employer with a vacancy and one participant referred to it: where evidence is attached. */
export async function aReferral(backend: Backend) {
  const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const opportunity = await call(backend, 'opportunities.create', {
    employerId: employer.id,
    kind: 'vacancy',
    title: 'Kitchen porter',
  });
  const [referral] = await call(backend, 'referrals.create', { opportunityId: opportunity.id, references: ['P-0231'] });
  return { employer, opportunity, referral: referral! };
}
