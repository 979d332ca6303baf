import { describe, expect, it } from 'vitest';
import {
  anonymiseText,
  employerDescriptor,
  employerNameForms,
  employerNamePatterns,
  nameCandidates,
  personNamePatterns,
  rolePhrase,
  withTitleAfter,
} from '../../../shared/caseStudies/anonymise';
import { referencePattern } from '../../../shared/referrals/reference';

describe('anonymising text', () => {
  it('describes an employer by size, sector and area, with the right article', () => {
    const label = (_list: string, code: string | null | undefined) =>
      ({ hospitality: 'Hospitality and catering', education: 'Education', other: 'Other' })[code ?? ''] ?? '';
    expect(employerDescriptor({ sizeBand: 'medium', sector: 'hospitality', locality: 'Lambeth' }, label)).toBe(
      'a medium-sized hospitality and catering employer in Lambeth',
    );
    expect(employerDescriptor({ sizeBand: null, sector: 'education', locality: null }, label)).toBe(
      'an education employer',
    );
    expect(employerDescriptor({ sizeBand: 'small', sector: 'other', locality: null }, label)).toBe('a small employer');
    expect(employerDescriptor({ sizeBand: null, sector: null, locality: null }, label)).toBe('an employer');
  });

  it('turns a job title into a role, keeping capitals like HR', () => {
    expect(rolePhrase('HR Manager')).toBe('the HR manager');
    expect(rolePhrase(null)).toBe('a member of their staff');
    expect(employerNameForms('Acme Foods Ltd')).toEqual(['Acme Foods Ltd', 'Acme Foods']);
  });

  it('uses the descriptor first and "the employer" after, capitalised at the start of a sentence', () => {
    const text = anonymiseText(
      'Acme Foods is a bakery. We met Priya at Acme Foods Ltd. Acme hired P-0042 and p-12345.',
      [
        ...employerNamePatterns('Acme Foods Ltd').map((pattern) => ({
          pattern,
          with: 'a small food employer',
          later: 'the employer',
        })),
        ...personNamePatterns('Priya Shah', () => false).map((pattern) => ({ pattern, with: 'the HR manager' })),
      ],
      referencePattern({ prefix: 'P-', digits: { min: 3, max: 8 } }),
    );
    expect(text).toBe(
      'The employer is a bakery. We met the HR manager at the employer. Acme hired a participant and a participant.',
    );
  });

  it('says a person’s role once, when their job title follows their name', () => {
    const employer = employerNamePatterns('Acme Foods Ltd');
    const text = anonymiseText(
      'Sam Patel, HR Manager at Acme Foods Ltd, agreed. Then Sam Patel (the HR manager) met Jo Evans, Chef.',
      [
        ...employer.map((pattern) => ({ pattern, with: 'a small food employer', later: 'the employer' })),
        ...withTitleAfter(
          personNamePatterns('Sam Patel', () => false),
          'HR Manager',
          employer,
        ).map((pattern) => ({
          pattern,
          with: 'the HR manager',
        })),
        ...withTitleAfter(
          personNamePatterns('Jo Evans', () => false),
          'Chef',
          employer,
        ).map((pattern) => ({
          pattern,
          with: 'the chef',
        })),
      ],
      referencePattern({ prefix: 'P-', digits: { min: 3, max: 8 } }),
    );
    expect(text).toBe('The HR manager agreed. Then the HR manager met the chef.');
  });

  it('finds runs of words that could be a name, through commas and ampersands', () => {
    const candidates = nameCandidates('We met Jones, Smith & Sons and Dana Lewis. then bob.');
    expect(candidates).toContain('jones, smith & sons');
    expect(candidates).toContain('dana lewis');
    expect(candidates).not.toContain('bob');
    expect([...candidates].some((candidate) => candidate.includes('lewis. then'))).toBe(false);
  });
});
