// The controlled lists of DESIGN.md §1. Codes are stable (reports group by them);
// labels are the defaults a provider may rename. Seeded into the `vocabulary` table.

export type VocabularyTerm = { code: string; label: string; help?: string };

/** What an employer can offer: the kinds of opportunity, and most kinds of promise. */
const offerKinds = [
  { code: 'vacancy', label: 'Vacancy' },
  { code: 'guaranteed_interviews', label: 'Guaranteed interviews' },
  { code: 'work_trial', label: 'Work trial' },
  { code: 'work_placement', label: 'Work placement' },
  { code: 'pet_course', label: 'Pre-employment training course' },
  { code: 'apprenticeship', label: 'Apprenticeship' },
  { code: 'work_academy', label: 'Sector-based work academy' },
  { code: 'taster', label: 'Employer taster' },
  { code: 'workshop_mentoring', label: 'Workshop or mentoring' },
  { code: 'recruitment_review', label: 'Recruitment process review' },
  { code: 'in_work_training', label: 'In-work training' },
] as const;

export const vocabularyLists = {
  phase: [
    { code: 'preparing', label: 'Preparing', help: 'Researching the employer before first contact.' },
    { code: 'establishing', label: 'Establishing', help: 'First contacts; agreeing what each side wants.' },
    { code: 'maintaining', label: 'Maintaining', help: 'Regular contact; the arrangement is working.' },
    { code: 'developing', label: 'Developing', help: 'Improving, deepening or broadening what you do together.' },
    { code: 'dormant', label: 'Dormant', help: 'No recent contact, but not ended.' },
    { code: 'ended', label: 'Ended', help: 'The relationship has stopped.' },
  ],
  sector: [
    { code: 'retail', label: 'Retail' },
    { code: 'hospitality', label: 'Hospitality and catering' },
    { code: 'health_care', label: 'Health and social care' },
    { code: 'construction', label: 'Construction' },
    { code: 'manufacturing', label: 'Manufacturing' },
    { code: 'logistics', label: 'Transport and logistics' },
    { code: 'business_services', label: 'Business and admin services' },
    { code: 'digital', label: 'Digital and technology' },
    { code: 'public_sector', label: 'Public sector' },
    { code: 'education', label: 'Education' },
    { code: 'creative', label: 'Arts, culture and leisure' },
    { code: 'facilities', label: 'Cleaning and facilities' },
    { code: 'voluntary', label: 'Charity and community' },
    { code: 'other', label: 'Other' },
  ],
  size_band: [
    { code: 'micro', label: 'Micro (1 to 9 staff)' },
    { code: 'small', label: 'Small (10 to 49 staff)' },
    { code: 'medium', label: 'Medium (50 to 249 staff)' },
    { code: 'large', label: 'Large (250 or more staff)' },
  ],
  ownership: [
    { code: 'private', label: 'Private' },
    { code: 'public', label: 'Public' },
    { code: 'voluntary', label: 'Voluntary or community' },
  ],
  approach: [
    { code: 'other_contracts', label: 'Links from other contracts' },
    { code: 'job_fair', label: 'Job fair' },
    { code: 'local_relationships', label: 'Building relationships with local employers' },
    { code: 'online_vacancy', label: 'Online vacancy search' },
    { code: 'cold_call', label: 'Cold call' },
    { code: 'reverse_marketing', label: 'Reverse marketing' },
    { code: 'agency', label: 'Through an agency' },
    { code: 'employer_referral', label: 'Recommended by another employer' },
    { code: 'networking_event', label: 'Networking event' },
    { code: 'existing', label: 'Existing relationship' },
  ],
  interaction_kind: [
    { code: 'call', label: 'Call' },
    { code: 'email', label: 'Email' },
    { code: 'meeting', label: 'Meeting' },
    { code: 'site_visit', label: 'Site visit' },
    { code: 'event', label: 'Event or job fair' },
    { code: 'networking', label: 'Networking event' },
    { code: 'presentation', label: 'Presentation' },
    { code: 'recruitment_day', label: 'Recruitment day' },
    { code: 'open_day', label: 'Open day' },
    { code: 'social_media', label: 'Social media' },
    { code: 'letter', label: 'Letter' },
    { code: 'other', label: 'Other' },
  ],
  preferred_channel: [
    { code: 'phone', label: 'Phone' },
    { code: 'email', label: 'Email' },
    { code: 'text', label: 'Text message' },
    { code: 'in_person', label: 'In person' },
    { code: 'video', label: 'Video call' },
  ],
  trust_level: [
    { code: 'institutional', label: 'Institutional', help: 'Trust in the programme or the system as a whole.' },
    { code: 'inter_organisational', label: 'Between our organisations', help: 'Trust between the employer and us.' },
    { code: 'inter_personal', label: 'Between people', help: 'Trust between named people on each side.' },
  ],
  trust_direction: [
    { code: 'strengthened', label: 'Strengthened' },
    { code: 'steady', label: 'Steady' },
    { code: 'weakened', label: 'Weakened' },
  ],
  commitment_kind: [
    ...offerKinds,
    { code: 'candidates', label: 'Screened candidates' },
    { code: 'feedback', label: 'Feedback' },
    { code: 'other', label: 'Other' },
  ],
  lapse_reason: [
    { code: 'no_time', label: 'No time' },
    { code: 'no_benefit', label: 'No business benefit seen' },
    { code: 'poor_management', label: 'Poor relationship management' },
    { code: 'no_feedback', label: 'No feedback from us' },
    { code: 'bureaucracy', label: 'Bureaucracy or jargon' },
    { code: 'wrong_time', label: 'Wrong time for the business' },
    { code: 'bad_experience', label: 'Previous bad experience' },
    { code: 'no_vacancies', label: 'No vacancies' },
    { code: 'decided_elsewhere', label: 'Decisions made elsewhere (head office)' },
    { code: 'staff_leaving', label: 'Fears staff will leave' },
    { code: 'other', label: 'Other' },
  ],
  developing_route: [
    { code: 'improving', label: 'Improving', help: 'Doing what you already do together, better.' },
    { code: 'deepening', label: 'Deepening', help: 'Doing more of it, or with more commitment.' },
    { code: 'broadening', label: 'Broadening', help: 'Doing new kinds of things together.' },
  ],
  engagement_role: [
    { code: 'consumer', label: 'Consumer', help: 'Uses our service, for example to recruit.' },
    { code: 'stakeholder', label: 'Stakeholder', help: 'Helps shape our service.' },
    { code: 'strategic_partner', label: 'Strategic partner', help: 'Has a say in our plans and strategy.' },
    {
      code: 'provider',
      label: 'Provider',
      help: 'Delivers something for participants: mentoring, workshops, tasters.',
    },
  ],
  benefit: [
    { code: 'direct', label: 'Direct business benefit', help: 'Staff recruited, skills gained, costs saved.' },
    { code: 'indirect', label: 'Indirect business benefit', help: 'A stronger sector, local area or society.' },
    {
      code: 'personal',
      label: 'Personal benefit for our contact',
      help: 'Our contact gains something for themselves.',
    },
  ],
  opportunity_kind: offerKinds,
  contract_type: [
    { code: 'permanent', label: 'Permanent' },
    { code: 'fixed_term', label: 'Fixed term' },
    { code: 'temporary', label: 'Temporary' },
    { code: 'zero_hours', label: 'Zero hours' },
    { code: 'apprenticeship', label: 'Apprenticeship' },
    { code: 'unpaid', label: 'Unpaid (placement, trial or course)' },
  ],
} as const satisfies Record<string, readonly VocabularyTerm[]>;

export type VocabularyListName = keyof typeof vocabularyLists;
export const vocabularyListNames = Object.keys(vocabularyLists) as VocabularyListName[];
export type VocabularyCode<L extends VocabularyListName> = (typeof vocabularyLists)[L][number]['code'];

/** The provider's label for a code, as people read it. */
export type VocabularyLabel = (list: VocabularyListName, code: string | null | undefined) => string;
