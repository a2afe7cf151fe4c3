import type { EmporixSession } from '../../src/session/index.js';
import { until } from './emulator.js';

/** Same-origin iframes, each with its own session: tabs of one browser as far as storage, locks and channels go. */
export async function openTabs(count: number): Promise<{ sessions: EmporixSession[]; close: () => void }> {
  const frames = Array.from({ length: count }, () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('../fixtures/tab.html', import.meta.url).href;
    document.body.append(frame);
    return frame;
  });
  const sessions = await Promise.all(
    frames.map((frame) => until(() => frame.contentWindow?.session, 5000, 'a tab to start its session') as Promise<EmporixSession>),
  );
  return { sessions, close: () => frames.forEach((frame) => frame.remove()) };
}
