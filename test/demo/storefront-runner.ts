// Runs a task of ./storefront-command.mjs (a storefront flow, the screenshots, the CSP probe) and
// waits for its outcome, however long the task takes.
import { executeServerCommand } from '@web/test-runner-commands';

export type StorefrontTask = { task: 'flow'; flow: string } | { task: 'screens'; viewport: 'desktop' | 'phone'; language?: string } | { task: 'csp-probe' };

type Outcome<Report> = { done: false; step?: string } | { done: true; report: Report; error?: undefined } | { done: true; error: string };

/**
 * The task's report. With `giveUpAfterMs` (set it below the test's own time limit), a task still
 * running then fails the test with the step it is stuck at, which a plain timeout would not say.
 */
export async function runInStorefront<Report>(task: StorefrontTask, options: { giveUpAfterMs?: number } = {}): Promise<Report> {
  const deadline = Date.now() + (options.giveUpAfterMs ?? Infinity);
  const id = await executeServerCommand<number, StorefrontTask>('emx-storefront-start', task);
  for (;;) {
    const outcome = await executeServerCommand<Outcome<Report>, { id: number }>('emx-storefront-outcome', { id });
    if (!outcome.done) {
      if (Date.now() > deadline) throw new Error(`The storefront task did not finish in ${options.giveUpAfterMs} ms; it is still at or after ${outcome.step ?? 'its start'}`);
      continue;
    }
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return outcome.report;
  }
}
