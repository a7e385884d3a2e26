// Shared steps for the browser tests: open a page and wait until its islands are interactive,
// reach the terminal and the board by their accessible names, run a command as a learner would.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const LESSON = '/lessons/model-stages';

/**
 * Astro removes `ssr` from an island once it has hydrated. Islands loaded `client:visible` hydrate
 * when seen: one below the fold is scrolled past once; one inside a closed panel (the phone's
 * terminal sheet, a collapsed workspace) stays as it is until the learner opens it.
 */
export async function islandsReady(page: Page): Promise<void> {
  const belowTheFold = await page.evaluate(() => {
    const found = [...document.querySelectorAll('astro-island[ssr][client="visible"]')].filter((island) => {
      const el = island.firstElementChild as HTMLElement | null;
      return el !== null && el.getClientRects().length > 0 && el.closest('[inert]') === null;
    });
    for (const island of found) (island.firstElementChild as HTMLElement).scrollIntoView({ block: 'nearest' });
    return found.length;
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((i) => {
      if (!i.hasAttribute('ssr')) return true;
      const el = i.firstElementChild as HTMLElement | null;
      return i.getAttribute('client') === 'visible' && (!el || el.closest('[inert]') !== null);
    }),
  );
  if (belowTheFold > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await islandsReady(page);
}

export const terminalInput = (page: Page) => page.getByRole('textbox', { name: /Terminal input/ });
export const terminalLog = (page: Page) => page.getByRole('log', { name: 'Terminal output' });
export const board = (page: Page) => page.getByRole('region', { name: 'Registry' });

/** Type a line in the terminal and press Enter; waits until the command has echoed. */
export async function type(page: Page, line: string): Promise<void> {
  const input = terminalInput(page);
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(terminalLog(page)).toContainText(line);
}
