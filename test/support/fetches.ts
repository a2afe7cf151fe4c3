/**
 * Records the requests the page's code hands to `fetch`, and how each ended, until stopped: what
 * the kit itself sends, whatever the engine does underneath (Firefox silently resends an
 * idempotent request after a dropped connection, up to 10 times; Chromium up to twice), which the
 * emulator's log cannot tell apart. (Resource Timing cannot stand in: WebKit has no
 * `responseStatus`, and no entry at all for a fetch that failed.)
 */
export interface FetchRecorder {
  /** The URLs of the recorded calls with `method` whose path matches `glob` (`*` one path segment, `**` any). */
  matching(method: string, glob: string): string[];
  /** Once `count` such calls have ended: the status of each, 0 where no answer came. */
  statuses(method: string, glob: string, count: number): Promise<number[]>;
  stop(): void;
}

interface Call {
  method: string;
  url: URL;
  status?: number;
}

const WAIT_MS = 5000;

export function recordFetches(): FetchRecorder {
  const calls: Call[] = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const call: Call = { method: (init?.method ?? request?.method ?? 'GET').toUpperCase(), url: new URL(request?.url ?? String(input), location.href) };
    calls.push(call);
    try {
      const response = await originalFetch(input, init);
      call.status = response.status;
      return response;
    } catch (error) {
      call.status = 0;
      throw error;
    }
  };
  const matchingCalls = (method: string, glob: string) => {
    const pattern = new RegExp(`^${glob.split('**').map((part) => part.split('*').map(escape).join('[^/]*')).join('.*')}$`);
    return calls.filter((call) => call.method === method && pattern.test(call.url.pathname));
  };
  return {
    matching: (method, glob) => matchingCalls(method, glob).map((call) => call.url.href),
    async statuses(method, glob, count) {
      const deadline = performance.now() + WAIT_MS;
      const ended = () => matchingCalls(method, glob).filter((call) => call.status !== undefined);
      while (ended().length < count) {
        if (performance.now() > deadline) throw new Error(`Timed out waiting for ${count} ${method} requests to ${glob} to end`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return ended().map((call) => call.status ?? 0);
    },
    stop() {
      globalThis.fetch = originalFetch;
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
