// Believable employers for the sample and benchmark data sets: seeded, so the same size
// always gives the same record. Phone numbers are from Ofcom's range kept for drama.
import { base, en, en_GB, Faker } from '@faker-js/faker';
import { employerNameKey } from '../../../shared/employers/names';
import { vocabularyLists } from '../../../shared/vocabulary';
import type { Insertable } from 'kysely';
import type { EmployerTable } from '../../db/schema';

type Weighted<T> = readonly (readonly [T, number])[];

// Most employers are in the city, fewer in each town further down the list.
const places: readonly (readonly [place: string, postcodeArea: string])[] = [
  ['Manchester', 'M'],
  ['Salford', 'M'],
  ['Stockport', 'SK'],
  ['Oldham', 'OL'],
  ['Bolton', 'BL'],
  ['Wigan', 'WN'],
  ['Rochdale', 'OL'],
  ['Tameside', 'SK'],
  ['Trafford', 'M'],
  ['Bury', 'BL'],
];
const patch: Weighted<readonly [string, string]> = places.map((place, rank) => [place, 1 / (rank + 1)] as const);

const phases: Weighted<string> = [
  ['preparing', 8],
  ['establishing', 20],
  ['maintaining', 32],
  ['developing', 15],
  ['dormant', 15],
  ['ended', 10],
];
const sizes: Weighted<string> = [
  ['micro', 35],
  ['small', 35],
  ['medium', 20],
  ['large', 10],
];
const ownerships: Weighted<string> = [
  ['private', 80],
  ['public', 12],
  ['voluntary', 8],
];

const sectorWords: Record<string, readonly string[]> = {
  retail: ['Stores', 'Retail', 'Supermarket', 'Home Store', 'Garden Centre'],
  hospitality: ['Café', 'Kitchen', 'Hotel', 'Catering', 'Bakery', 'Inn'],
  health_care: ['Care Homes', 'Home Care', 'Dental Practice', 'Pharmacy', 'Healthcare'],
  construction: ['Builders', 'Construction', 'Roofing', 'Joinery', 'Civil Engineering'],
  manufacturing: ['Engineering', 'Manufacturing', 'Plastics', 'Print', 'Foods'],
  logistics: ['Logistics', 'Haulage', 'Couriers', 'Distribution', 'Removals'],
  business_services: ['Accountants', 'Solicitors', 'Recruitment', 'Business Services', 'Lettings'],
  digital: ['Digital', 'Software', 'IT Solutions', 'Web Studio', 'Data'],
  public_sector: ['Council', 'NHS Trust', 'Housing', 'Fire and Rescue', 'Library Service'],
  education: ['College', 'Academy', 'Nursery', 'Training Centre', 'Primary School'],
  creative: ['Theatre', 'Leisure Centre', 'Gallery', 'Studios', 'Football Club'],
  facilities: ['Cleaning', 'Facilities', 'Security', 'Grounds Maintenance', 'Laundry'],
  voluntary: ['Trust', 'Foundation', 'Community Centre', 'Food Bank', 'Youth Project'],
  other: ['Services', 'Enterprises', 'Partners', 'Works', 'Holdings'],
};
const suffixes: Weighted<string> = [
  ['Ltd', 45],
  ['', 30],
  ['Limited', 10],
  ['& Sons', 5],
  ['Group', 5],
  ['CIC', 5],
];
// Common British family names, for family firms.
const familyNames = [
  'Hughes',
  'Walsh',
  'Patel',
  'Khan',
  'Evans',
  'Roberts',
  'Wright',
  'Thompson',
  'Ahmed',
  'Kaur',
  'Clarke',
  'Harrison',
  'Taylor',
  'Brown',
  'Wilson',
  'Davies',
  'Murphy',
  'Kelly',
  'Jackson',
  'Turner',
  'Hall',
  'Ward',
  'Lewis',
  'Young',
  'Walker',
  'Robinson',
  'Wood',
  'Green',
  'Hussain',
  'Begum',
  'Cooper',
  'Bennett',
  'Morris',
  'Shaw',
  'Holt',
  'Whittaker',
  'Ashworth',
  'Barlow',
  'Lees',
  'Singh',
  'Okafor',
  'Nowak',
  'Doyle',
  'Byrne',
  'Fletcher',
  'Chadwick',
  'Kershaw',
  'Greenwood',
  'Howarth',
  'Pilling',
];
const accountOwners = ['Priya Shah', 'Tom Okafor', 'Hannah Kelly', 'Sam Whitworth'];

const noteOpeners = [
  'Met the site manager at the jobs fair.',
  'Keen to take people on short work trials first.',
  'Recruitment is done at head office, but the local manager has a say.',
  'They had a poor experience with another provider last year.',
  'Busy before Christmas; call again in January.',
  'Interested in guaranteed interviews for the warehouse roles.',
  'Asked for feedback on the last two candidates.',
  'Happy to run a mock interview workshop.',
];

export type DemoOptions = { count: number; seed?: number; referenceDate: Date };

export function demoEmployers({ count, seed = 2026, referenceDate }: DemoOptions) {
  const faker = new Faker({ locale: [en_GB, en, base], seed });
  const pick = <T>(weighted: Weighted<T>): T =>
    faker.helpers.weightedArrayElement(weighted.map(([value, weight]) => ({ value, weight })));
  const end = referenceDate.getTime();
  const start = end - 3 * 365 * 24 * 3600 * 1000;
  const sectors = vocabularyLists.sector.map((term) => term.code);
  const approaches = vocabularyLists.approach.map((term) => term.code);

  // Ofcom keeps 0161 496 0000 to 0999 for drama: each employer its own, while they last.
  const dramaNumbers = faker.helpers.shuffle(
    Array.from({ length: 1000 }, (_, n) => `0161 496 0${String(n).padStart(3, '0')}`),
  );
  const rows: Insertable<EmployerTable>[] = [];
  const usedNames = new Set<string>();
  for (let index = 0; index < count; index++) {
    const sector = faker.helpers.arrayElement(sectors);
    const [locality, area] = pick(patch);
    const surname = faker.helpers.arrayElement(familyNames);
    // Councils, trusts, charities and colleges are named by their place ("Bolton NHS Trust"); a
    // family firm by its family ("Hughes Builders & Sons"), a local one by its town ("The Salford Bakery").
    const civic = ['public_sector', 'voluntary', 'education'].includes(sector);
    const trade = ['construction', 'manufacturing', 'logistics', 'retail', 'hospitality', 'facilities'].includes(
      sector,
    );
    const byPlace = civic || faker.datatype.boolean(0.3);
    const suffix = pick(suffixes);
    const nameOf = (place: string) =>
      [
        byPlace && !civic && faker.datatype.boolean(0.4) ? 'The' : '',
        byPlace ? place : surname,
        faker.helpers.arrayElement(sectorWords[sector]!),
        civic ? '' : suffix === '& Sons' && (byPlace || !trade) ? 'Ltd' : suffix,
      ]
        .filter(Boolean)
        .join(' ');
    // No two alike: a second "Salford NHS Trust" is named for a neighbouring town instead.
    // Nor two that differ only by "The" or "Ltd", which would look like one employer recorded twice.
    let name = nameOf(locality);
    for (let tries = 0; usedNames.has(employerNameKey(name)) && tries < 20; tries++) name = nameOf(pick(patch)[0]);
    if (usedNames.has(employerNameKey(name))) name = `${name} ${usedNames.size}`;
    usedNames.add(employerNameKey(name));
    const slug = employerNameKey(name).replace(/ /g, '');
    const phase = pick(phases);
    const sizeBand = pick(sizes);
    const ownership = sector === 'public_sector' ? 'public' : sector === 'voluntary' ? 'voluntary' : pick(ownerships);
    const isBranch = sizeBand === 'large' || (sizeBand === 'medium' && faker.datatype.boolean(0.3));
    const createdMs = faker.number.int({ min: start, max: end - 24 * 3600 * 1000 });
    const updatedMs = faker.number.int({ min: createdMs, max: end });
    const createdAt = new Date(createdMs).toISOString();
    rows.push({
      id: demoId(createdMs, faker),
      name,
      nameKey: employerNameKey(name),
      sector,
      sizeBand,
      ownership,
      locality,
      isBranchOfNational: isBranch ? 1 : 0,
      localRecruitmentDiscretion: isBranch ? (faker.datatype.boolean(0.5) ? 1 : 0) : null,
      livingWageEmployer:
        faker.helpers.maybe(() => (faker.datatype.boolean(0.3) ? 1 : 0), { probability: 0.7 }) ?? null,
      collectiveAgreement:
        ownership === 'public' || sizeBand === 'large' ? (faker.datatype.boolean(0.7) ? 1 : 0) : null,
      website: faker.datatype.boolean(0.8) ? `www.${slug}.co.uk` : null,
      phone: faker.datatype.boolean(0.85) ? (dramaNumbers[index] ?? `0161 496 0${faker.string.numeric(3)}`) : null,
      email: faker.datatype.boolean(0.6) ? `hello@${slug}.co.uk` : null,
      address: `${faker.location.buildingNumber()} ${faker.location.street()}, ${locality}`,
      postcode: `${area}${faker.number.int({ min: 1, max: 30 })} ${faker.number.int({ min: 1, max: 9 })}${faker.string.alpha({ length: 2, casing: 'upper', exclude: ['C', 'I', 'K', 'M', 'O', 'V'] })}`,
      approach: faker.helpers.arrayElement(approaches),
      phase,
      depth: depthFor(phase, faker),
      phaseSince: new Date(updatedMs).toISOString().slice(0, 10),
      accountOwner: faker.helpers.arrayElement(accountOwners),
      notes: faker.datatype.boolean(0.6)
        ? faker.helpers.arrayElements(noteOpeners, { min: 1, max: 2 }).join(' ')
        : null,
      createdAt,
      updatedAt: new Date(updatedMs).toISOString(),
      deletedAt: null,
    });
  }
  return rows;
}

// A UUIDv7 is its creation time in milliseconds (48 bits), the version digit 7, then random bits.
function demoId(ms: number, faker: Faker): string {
  const hex = ms.toString(16).padStart(12, '0');
  return faker.string.uuid().replace(/^.{8}-.{4}-./, `${hex.slice(0, 8)}-${hex.slice(8)}-7`);
}

function depthFor(phase: string, faker: Faker): number | null {
  switch (phase) {
    case 'preparing':
      return null;
    case 'establishing':
      return faker.number.int({ min: 1, max: 2 });
    case 'maintaining':
      return faker.number.int({ min: 2, max: 4 });
    case 'developing':
      return faker.number.int({ min: 3, max: 5 });
    default:
      return faker.number.int({ min: 1, max: 3 });
  }
}
