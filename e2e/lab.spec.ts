/**
 * The lab runner end to end: catalog → lab → complete a task by driving the widget → reload →
 * progress kept (and the step too); quiz graded from the live model; no serious axe violations.
 */
import { expect, test } from './fixtures';

const LAB = 'architectures.high-availability';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
});

test('catalog → lab → complete a task → reload → progress kept', async ({ page, consoleErrors }) => {
  await page.goto('#/');
  const card = page.locator(`[data-lab-id="${LAB}"]`);
  await expect(card.getByText('Progress: not started')).toBeVisible();
  await card.getByRole('link', { name: /High availability/ }).click();
  await expect(page.getByRole('heading', { name: '1. Availability and the nines' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Measured versus analytic/ }).click();
  await expect(page.getByRole('heading', { name: '7. Measured versus analytic availability' })).toBeVisible();
  await expect(page.locator('.widget-host[data-status="ready"]')).toBeVisible();

  const task = page.locator('[data-task-id="fail-primary"]');
  await task.getByRole('button', { name: 'Check my work' }).click();
  await expect(task.getByText('blocks.db-1.up (= true) holds but must not')).toBeVisible();
  await page.getByRole('button', { name: 'Fail db-1 now' }).click();
  await expect(task).toHaveAttribute('data-passed', 'true');

  await page.reload();
  await expect(page.getByRole('heading', { name: '7. Measured versus analytic availability' })).toBeVisible();
  await expect(page.locator('[data-task-id="fail-primary"]')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Measured versus analytic/ })).toHaveAttribute('aria-current', 'step');

  await page.goto('#/');
  await expect(page.locator(`[data-lab-id="${LAB}"]`).getByText('Progress: 1 of 25 done')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a numeric answer is graded against the learner’s own model state', async ({ page }) => {
  await page.goto(`#/lab/${LAB}`);
  await expect(page.locator('.widget-host[data-status="ready"]')).toBeVisible();
  const quiz = page.locator('[data-quiz-id="downtime-now"]');
  await quiz.getByLabel('Your answer (min)').fill('5000');
  await quiz.getByRole('button', { name: 'Submit answer' }).click();
  await expect(quiz.getByText('Not within the tolerance (answer in min).')).toBeVisible();
  await quiz.getByLabel('Your answer (min)').fill('87,66 h');
  await quiz.getByRole('button', { name: 'Submit answer' }).click();
  await expect(quiz).toHaveAttribute('data-correct', 'true');
});

test('catalog and lab have no serious or critical axe violations', async ({ page, axe }) => {
  await page.goto('#/');
  await expect(page.getByRole('heading', { name: 'Architectures' })).toBeVisible();
  expect(await axe()).toEqual([]);
  await page.goto(`#/lab/${LAB}`);
  await expect(page.locator('.widget-host[data-status="ready"]')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await axe()).toEqual([]);
});
