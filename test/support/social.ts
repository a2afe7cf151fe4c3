/**
 * Drives a storefront page (./page.ts) in an iframe through real redirects to the emulator's
 * OpenID provider and back, so the test page itself survives them.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { socialLoginOf, type EmporixSession, type SocialLogin } from '../../src/session/index.js';
import { until, sessionRecordKey } from './emulator.js';
import type { Arrival, PageControl, PageState } from '../social/fixtures.js';

/** The redirects (provider pages, callback, discovery, code redemption) take longer than an API call. */
const NAVIGATION_TIMEOUT_MS = 10_000;

export const ALEX = { email: 'alex@social.example', password: 'Alex#2026pass' } as const;
export const PAT = { email: 'pat@partner.example', password: 'Pat#2026pass' } as const;

/** Tells the next page loads how to behave (see {@link PageControl}). */
export function controlPages(control: PageControl): void {
  window.socialPage = control;
}

export function openPage(path = 'start.html'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = new URL(`../social/${path}`, import.meta.url).href;
  document.body.append(frame);
  return frame;
}

/** The frame's window while it shows one of our pages; undefined while it is at the provider. */
export function windowOf(frame: HTMLIFrameElement): Window | undefined {
  try {
    const page = frame.contentWindow;
    return page?.location.origin === location.origin ? page : undefined;
  } catch {
    return undefined;
  }
}

/** The state of the storefront page the frame shows once its session exists (after a navigation, the new page's). */
export async function pageIn(frame: HTMLIFrameElement, path = 'start.html'): Promise<PageState> {
  return until(() => {
    const page = windowOf(frame);
    return page?.location.pathname.endsWith(path) ? page.emx : undefined;
  }, NAVIGATION_TIMEOUT_MS, `the ${path} page`) as Promise<PageState>;
}

/** Loads `href` in the frame, as the provider's redirect would, and waits for its session. */
export async function navigate(frame: HTMLIFrameElement, href: string): Promise<PageState> {
  const previous = windowOf(frame)?.emx;
  frame.src = href;
  return until(() => {
    const state = windowOf(frame)?.emx;
    return state !== previous ? state : undefined;
  }, NAVIGATION_TIMEOUT_MS, `${href} to load`) as Promise<PageState>;
}

/** The session's social login, which the page turned on (the test pages always have providers). */
export function socialOf(session: EmporixSession): SocialLogin {
  const social = socialLoginOf(session);
  if (!social) throw new Error('social login is not turned on for this session');
  return social;
}

/** Waits until the callback page has finished with the provider's answer, either way. */
export async function outcomeOf(session: EmporixSession): Promise<void> {
  await until(
    () => !socialLoginOf(session)?.completing && (session.snapshot.status === 'customer' || socialLoginOf(session)?.lastError),
    NAVIGATION_TIMEOUT_MS,
    'the sign-in to complete or fail',
  );
}

/** The callback page (held or not) the provider sent the frame to. */
export async function callbackArrival(frame: HTMLIFrameElement): Promise<URL> {
  const arrival = (await until(() => {
    const page = windowOf(frame);
    return page?.location.pathname.endsWith('/callback.html') ? page.arrival : undefined;
  }, NAVIGATION_TIMEOUT_MS, 'the redirect back to callback.html')) as Arrival;
  return new URL(arrival.href);
}

export const signInAtProvider = (identity: { email: string; password: string }) =>
  executeServerCommand('emx-social-provider', { action: 'sign-in', ...identity });
export const cancelAtProvider = () => executeServerCommand('emx-social-provider', { action: 'cancel' });

/** The customer part of the stored session record, if any: what must never survive a failed sign-in. */
export function storedCustomer(): unknown {
  const raw = localStorage.getItem(sessionRecordKey());
  return raw ? (JSON.parse(raw) as { customer?: unknown }).customer : undefined;
}

/** Resource URLs the frame's page loaded that come from oidc-client-ts. */
export function oidcClientTsResources(page: Window): string[] {
  return page.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('oidc-client-ts'));
}
