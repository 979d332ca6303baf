// The documents Bridgework exports are read by funders, some with screen readers: the HTML a PDF
// is printed from passes axe on its own, with its charts described in words.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { call, expect, test } from './fixtures';

test.describe('with the sample record', () => {
  test.use({ demoData: 'small' });

  test('an exported case study and funder report are accessible documents', async ({ app }) => {
    const [employer] = (await call(app.backend, 'employers.list', { limit: 1 })).rows;
    const today = new Date().toISOString().slice(0, 10);
    const year = { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
    const study = await call(app.backend, 'caseStudies.draft', { employerId: employer!.id, ...year });
    const report = await call(app.backend, 'reports.export', { ...year, format: 'pdf', caseStudyIds: [study.id] });
    expect(report.name).toMatch(/\.pdf$/);
    const html = [
      (await call(app.backend, 'caseStudies.render', { id: study.id })).html,
      fs.readFileSync((await call(app.backend, 'caseStudies.export', { id: study.id, format: 'html' })).file, 'utf8'),
    ];
    const context = await app.browser.newContext();
    try {
      for (const document of html) {
        const page = await context.newPage();
        await page.setContent(document);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
