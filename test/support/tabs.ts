import type { EmporixSession } from '../../src/session/index.js';
import { until } from './emulator.js';

/** The tab page of the session tests: one `EmporixSession` on its own. */
const SESSION_TAB = new URL('../fixtures/tab.html', import.meta.url).href;
/**
 * Each tab loads its page's modules one by one from the test server: five tabs with the tags take
 * Firefox about 2 s, and more than 5 s once late in a full CI run.
 */
const TAB_START_LIMIT_MS = 12_000;

/**
 * Same-origin iframes, each with its own session: tabs of one browser as far as storage, locks and
 * channels go. `page` is the tab's page (any that sets `window.session`), e.g. one with tags.
 */
export async function openTabs(
  count: number,
  page = SESSION_TAB,
): Promise<{ sessions: EmporixSession[]; windows: Window[]; close: () => void }> {
  const frames = Array.from({ length: count }, () => {
    const frame = document.createElement('iframe');
    frame.src = page;
    document.body.append(frame);
    return frame;
  });
  const sessions = await Promise.all(
    frames.map((frame) => until(() => frame.contentWindow?.session, TAB_START_LIMIT_MS, 'a tab to start its session') as Promise<EmporixSession>),
  );
  return { sessions, windows: frames.map((frame) => frame.contentWindow as Window), close: () => frames.forEach((frame) => frame.remove()) };
}
