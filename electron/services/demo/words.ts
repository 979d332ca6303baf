// Note text that reads like a relationship manager's notes, with a realistic spread of words:
// a few very common, most rare (Zipf's law), so search is measured against text like the real
// thing. The long tail comes from names, places and the odd specific detail.
import { base, en, en_GB, Faker } from '@faker-js/faker';
import { seededRandom, weightedTable } from './random';

const sentences = [
  'Spoke to {name} about {topic}.',
  'They have {count} {role} vacancies coming up in {month}.',
  '{name} asked for feedback on the last {count} candidates.',
  'Agreed to send {count} screened candidates by {day}.',
  'They are happy to offer guaranteed interviews for the {role} roles.',
  'Shifts start at {time}, which is hard for parents without childcare.',
  'The site is on the {bus} bus route from {place}.',
  'Recruitment is decided at head office, but {name} has a say locally.',
  '{name} mentioned that {other} from the {team} team could help with mentoring.',
  'Two of our participants started last month and are doing well.',
  'They would like a taster day before the {month} intake.',
  'Asked whether we can cover travel costs for the first {count} weeks.',
  'Follow up on {day} with the dates for the induction.',
  'They were disappointed that one candidate did not turn up.',
  'Offered to run a mock interview workshop at {place} library.',
  'Pay is above the Living Wage and they offer {count} days of training.',
  'They use {system} for rotas, which our participants will need to learn.',
  'Busy period until {month}; better to call after that.',
  '{name} is leaving in {month}; {other} will take over recruitment.',
  'Discussed a work trial of {count} days for the {role} role.',
];
const topics = [
  'the warehouse roles',
  'a work trial',
  'guaranteed interviews',
  'the jobs fair',
  'apprenticeships',
  'in-work support',
  'Christmas temps',
  'the induction day',
  'flexible hours',
  'mentoring',
];
const roles = [
  'warehouse',
  'kitchen',
  'cleaning',
  'retail',
  'care',
  'driving',
  'admin',
  'reception',
  'security',
  'packing',
];
const teams = ['HR', 'operations', 'training', 'customer service', 'logistics', 'finance'];
const systems = ['Rotacloud', 'Deputy', 'a paper rota', 'WhenIWork', 'their own app'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const places = [
  'Salford',
  'Eccles',
  'Stockport',
  'Oldham',
  'Bolton',
  'Wigan',
  'Rochdale',
  'Ashton',
  'Bury',
  'Trafford Park',
  'Cheetham Hill',
  'Hulme',
  'Levenshulme',
  'Gorton',
  'Swinton',
];

export function noteWriter(seed: number) {
  const random = seededRandom(seed);
  const faker = new Faker({ locale: [en_GB, en, base], seed });
  const sentence = weightedTable(sentences.map((text, rank) => [text, 1 / (rank + 1)] as const));
  // Two thousand surnames, most used rarely: the long tail of the word distribution.
  const people = Array.from({ length: 2000 }, () => `${faker.person.firstName()} ${faker.person.lastName()}`);
  const person = weightedTable(people.map((name, rank) => [name, 1 / (rank + 1)] as const));
  const fill = (slot: string): string => {
    switch (slot) {
      case 'name':
      case 'other':
        return random.weighted(person);
      case 'topic':
        return random.pick(topics);
      case 'count':
        return String(random.int(2, 6));
      case 'role':
        return random.pick(roles);
      case 'month':
        return random.pick(months);
      case 'day':
        return random.pick(days);
      case 'time':
        return random.pick(['6am', '7am', '5:30am', '10pm']);
      case 'bus':
        return String(random.int(1, 250));
      case 'place':
        return random.pick(places);
      case 'team':
        return random.pick(teams);
      case 'system':
        return random.pick(systems);
      default:
        return slot;
    }
  };
  return (wordCount: number): string => {
    const out: string[] = [];
    let words = 0;
    while (words < wordCount) {
      const text = random.weighted(sentence).replace(/\{(\w+)\}/g, (_match, slot: string) => fill(slot));
      out.push(text.charAt(0).toUpperCase() + text.slice(1));
      words += text.split(' ').length;
    }
    return out.join(' ');
  };
}
