/** Collects what must never happen in a shop's page: unhandled rejections and `console.error` calls, until stopped. */
export function watchProblems(): { readonly problems: string[]; stop(): void } {
  const problems: string[] = [];
  const originalError = console.error;
  const onUnhandled = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    originalError(...args);
  };
  window.addEventListener('unhandledrejection', onUnhandled);
  return {
    problems,
    stop() {
      console.error = originalError;
      window.removeEventListener('unhandledrejection', onUnhandled);
    },
  };
}
