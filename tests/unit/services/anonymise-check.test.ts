// Before an anonymised case study goes out, every word that may still name someone is found: a
// word of anyone's name in the record, or any employer's name. The export waits until each is
// reworded or kept on purpose.
import fs from 'node:fs';
import { expect } from 'vitest';
import { call, test } from '../../support/temp-backend';

test('a surname from the record blocks the export until it is reworded or kept', async ({ backend }) => {
  const harbour = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd', sector: 'hospitality' });
  await call(backend, 'people.create', { name: 'Sam Dunstan', employerId: harbour.id, roleTitle: 'Head Chef' });
  const bolt = await call(backend, 'employers.create', { name: 'Bolt Cafe' });
  await call(backend, 'people.create', { name: 'Priya Ramaswamy', employerId: bolt.id });
  const study = await call(backend, 'caseStudies.draft', {
    employerId: harbour.id,
    from: '2026-01-01',
    to: '2026-11-30',
  });
  await call(backend, 'caseStudies.update', {
    id: study.id,
    sections: {
      together: 'Mr Dunstan and S. Dunstan met us at HARBOUR KITCHENS. Dunstan’s team\ntook two trainees.',
      learned: 'Ms Ramaswamy told us how Bolt Cafe does it.',
    },
  });

  const preview = await call(backend, 'caseStudies.render', { id: study.id });
  expect(preview.html).not.toMatch(/dunstan|harbour/i);
  expect(preview.html).toContain('The head chef and the head chef met us at a hospitality and catering employer');
  // A whole name from the record is taken out; a word of one waits.
  expect(preview.flags).toEqual([{ name: 'Bolt Cafe', kind: 'employer' }]);
  expect(preview.html).toContain('[name removed]');
  expect(preview.hits).toEqual([{ text: 'ramaswamy', inName: 'Priya Ramaswamy', kind: 'person', kept: false }]);
  expect(preview.blocker).toBe(
    'Words that may name someone are still in the text: “ramaswamy” (as in Priya Ramaswamy). Reword each, or keep it if it is meant.',
  );
  expect(await backend.invoke('caseStudies.export', { id: study.id, format: 'md' })).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('“ramaswamy” (as in Priya Ramaswamy)') },
  });

  // Reworded one, kept the other on purpose: it goes out.
  await call(backend, 'caseStudies.update', {
    id: study.id,
    sections: { learned: 'Ms Ramaswamy told us how another café does it.' },
    keptNames: ['Ramaswamy'],
  });
  const kept = await call(backend, 'caseStudies.render', { id: study.id });
  expect(kept.hits).toEqual([{ text: 'ramaswamy', inName: 'Priya Ramaswamy', kind: 'person', kept: true }]);
  expect(kept.blocker).toBeNull();
  const exported = await call(backend, 'caseStudies.export', { id: study.id, format: 'md' });
  expect(fs.readFileSync(exported.file, 'utf8')).toContain('Ms Ramaswamy told us');
});
