// Runs a task of ./storefront-command.mjs (a storefront flow, the screenshots, the CSP probe) and
// waits for its outcome, however long the task takes.
import { executeServerCommand } from '@web/test-runner-commands';

export type StorefrontTask = { task: 'flow'; flow: string } | { task: 'screens'; viewport: 'desktop' | 'phone'; language?: string } | { task: 'csp-probe' };

type Outcome<Report> = { done: false } | { done: true; report: Report; error?: undefined } | { done: true; error: string };

export async function runInStorefront<Report>(task: StorefrontTask): Promise<Report> {
  const id = await executeServerCommand<number, StorefrontTask>('emx-storefront-start', task);
  for (;;) {
    const outcome = await executeServerCommand<Outcome<Report>, { id: number }>('emx-storefront-outcome', { id });
    if (!outcome.done) continue;
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return outcome.report;
  }
}
