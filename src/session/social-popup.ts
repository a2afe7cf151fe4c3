/**
 * The popup of a sign-in with `display: 'popup'`, in one place: opening it in the click's own task,
 * recognising it when the provider sends it back to the redirect URI, handing the answer to the
 * page that opened it, and waiting for that answer there.
 */
import { SocialLoginError } from './social-error.js';

const POPUP_NAME = 'emx-elements-social-login';
/** The message type of the answer the popup posts to the page that opened it. */
const POPUP_MESSAGE = 'emx-elements:social-login-answer';
const POPUP_CLOSED_POLL_MS = 400;

/** Opens the (blank) sign-in popup. Browsers allow it only in the click's own task, before anything is awaited. */
export function openPopup(): Window | null {
  const width = 480;
  const height = 640;
  const left = Math.round(window.screenX + (window.outerWidth - width) / 2);
  const top = Math.round(window.screenY + (window.outerHeight - height) / 2);
  return window.open('about:blank', POPUP_NAME, `popup,width=${width},height=${height},left=${left},top=${top}`);
}

/** This window is the popup a sign-in of the kit opened (its opener waits for the answer). */
export function isSignInPopup(): boolean {
  return window.name === POPUP_NAME && Boolean(window.opener);
}

/** In the popup: hands the provider's answer (`href`) to the page that opened it. Only a same-origin opener receives the code. */
export function postAnswerToOpener(href: string): void {
  (window.opener as Window).postMessage({ type: POPUP_MESSAGE, url: href }, location.origin);
}

/** A popup sign-in waiting for its answer. */
export interface PopupWait {
  /** The answer URL the redirect URI's page posted back; rejects with `cancelled` when the popup closes or {@link abandon} is called. */
  readonly answer: Promise<string>;
  /** Stops waiting, rejecting {@link answer} with `cancelled`. */
  readonly abandon: () => void;
}

/** Sends the popup to the provider at `url` and waits for the answer its redirect URI's page posts back. */
export function waitForPopupAnswer(popup: Window, url: string): PopupWait {
  popup.location.assign(url);
  let abandon = () => {};
  const answer = new Promise<string>((resolve, reject) => {
    const stop = () => {
      clearInterval(closedWatch);
      window.removeEventListener('message', onMessage);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; url?: unknown } | null;
      if (event.source !== popup || event.origin !== location.origin || data?.type !== POPUP_MESSAGE || typeof data.url !== 'string') return;
      stop();
      popup.close();
      resolve(data.url);
    };
    abandon = () => {
      stop();
      reject(new SocialLoginError('cancelled', 'The sign-in window was closed'));
    };
    const closedWatch = setInterval(() => popup.closed && abandon(), POPUP_CLOSED_POLL_MS);
    window.addEventListener('message', onMessage);
  });
  return { answer, abandon };
}
