import { test, expect, expectAccessible } from './fixtures';

test('empty state', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Add your first employer' })).toBeVisible();
  await page.screenshot({ path: '/tmp/empty.png' });
  await expectAccessible(page);
});
