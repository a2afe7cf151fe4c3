// Every page of the demo storefront at desktop and phone widths, under the strict CSP: what it
// shows is measured and a screenshot is saved (test-results/screens/<engine>/, see storefront-command.mjs).
import { expect } from '@open-wc/testing';
import { resetEmulator } from '../support/emulator.js';
import { runInStorefront } from './storefront-runner.js';

interface Screen {
  name: string;
  path: string;
  main: string;
  signedIn?: boolean;
  file: string;
  headerStatus: string;
  navigation: string[];
  title: string;
  footer: string;
  viewportWidth: number;
  viewportHeight: number;
  pageWidth: number;
  box?: { left: number; right: number; top: number; width: number; height: number };
  lang: string;
  direction: string;
  heading: string;
  inputDirections: string[];
  layoutProblems: string[];
}

interface ScreensReport {
  screens: Screen[];
  errors: string[];
  violations: unknown[];
}

const SCREENS_TIMEOUT_MS = 60_000;

/** What is off on one screen, in words: the header, horizontal scrolling, the main element out of view. */
function problemsOf(screen: Screen, viewport: string, signedOut = 'Not signed in'): string[] {
  const where = `${screen.name} (${screen.path}) at ${viewport} width`;
  // Jane acts for her one company, which the header names beside her.
  const header = screen.signedIn ? 'Signed in as Jane · Doe Trading GmbH' : signedOut;
  const box = screen.box;
  return [
    screen.headerStatus !== header && `${where}: the header says "${screen.headerStatus}", not "${header}"`,
    screen.pageWidth > screen.viewportWidth && `${where}: the page is ${screen.pageWidth}px wide in a ${screen.viewportWidth}px viewport`,
    !box && `${where}: no ${screen.main}`,
    box && !(box.width > 0 && box.height > 0) && `${where}: ${screen.main} has no size`,
    box && (box.left < 0 || box.right > screen.viewportWidth) && `${where}: ${screen.main} spans ${box.left}–${box.right}px of ${screen.viewportWidth}px`,
    box && box.top >= screen.viewportHeight && `${where}: ${screen.main} starts at ${box.top}px, below the first ${screen.viewportHeight}px`,
    ...screen.layoutProblems.map((problem) => `${where}: ${problem}`),
  ].filter((problem): problem is string => typeof problem === 'string');
}

/**
 * Each language shown: Arabic mirrored, and German, whose long compounds ("Handelsregisternummer",
 * "Anmeldedaten") test the widths. The storefront's own header, title and footer follow the choice.
 */
const LANGUAGES = {
  ar: {
    direction: 'rtl',
    headings: { 'sign-in': 'تسجيل الدخول', 'sign-up': 'إنشاء حساب' },
    titles: { 'sign-in': 'تسجيل الدخول · Nordlicht Coffee', 'sign-up': 'إنشاء حساب · Nordlicht Coffee' },
    signedOut: 'لم يتم تسجيل الدخول',
    navigation: ['المتجر', 'تسجيل الدخول', 'إنشاء حساب', 'الحساب', 'إعادة تعيين كلمة المرور', 'وحدة تحكم المحاكي'],
    footer: 'متجر تجريبي لـ emx-elements، متصل بمحاكي Emporix المحلي.',
  },
  de: {
    direction: 'ltr',
    headings: { 'sign-in': 'Anmelden', 'sign-up': 'Konto erstellen' },
    titles: { 'sign-in': 'Anmelden · Nordlicht Coffee', 'sign-up': 'Konto erstellen · Nordlicht Coffee' },
    signedOut: 'Nicht angemeldet',
    navigation: ['Shop', 'Anmelden', 'Konto erstellen', 'Konto', 'Passwort zurücksetzen', 'Emulator-Konsole'],
    footer: 'Ein Demo-Shop für emx-elements, verbunden mit dem lokalen Emporix-Emulator.',
  },
} as const;

/** What is off on a screen in a chosen language: its language, direction, heading, the shop's own texts, and email and password inputs not left to right. */
function languageProblemsOf(screen: Screen, viewport: string, language: keyof typeof LANGUAGES): string[] {
  const where = `${screen.name} in ${language} at ${viewport} width`;
  const expected = LANGUAGES[language];
  const heading = expected.headings[screen.name as keyof typeof expected.headings];
  return [
    screen.lang !== language && `${where}: the page's lang is "${screen.lang}"`,
    screen.direction !== expected.direction && `${where}: ${screen.main} lays out ${screen.direction}, not ${expected.direction}`,
    screen.heading !== heading && `${where}: the heading says "${screen.heading}", not "${heading}"`,
    screen.title !== expected.titles[screen.name as keyof typeof expected.titles] && `${where}: the title is "${screen.title}"`,
    screen.navigation.join(' | ') !== expected.navigation.join(' | ') && `${where}: the navigation says "${screen.navigation.join(' | ')}"`,
    screen.footer !== expected.footer && `${where}: the footer says "${screen.footer}"`,
    screen.inputDirections.length === 0 && `${where}: no email or password input`,
    screen.inputDirections.some((direction) => direction !== 'ltr') && `${where}: email and password inputs lay out ${screen.inputDirections.join(', ')}`,
  ].filter((problem): problem is string => typeof problem === 'string');
}

describe('the demo storefront on screen', () => {
  beforeEach(() => resetEmulator());

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`${viewport}: every page shows its element in view, the session state in the header, and fits the width`, async function () {
      this.timeout(SCREENS_TIMEOUT_MS);
      const report = await runInStorefront<ScreensReport>({ task: 'screens', viewport });
      expect(report.screens.flatMap((screen) => problemsOf(screen, viewport)), 'what is off').to.deep.equal([]);
      expect(report.errors, 'console errors and uncaught errors').to.deep.equal([]);
      expect(report.violations, 'CSP violations').to.deep.equal([]);
      console.log(`${viewport} screenshots: ${report.screens.map((screen) => `test-results/screens/${screen.file}`).join(', ')}`);
    });
  }

  for (const language of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]) {
    for (const viewport of ['desktop', 'phone'] as const) {
      it(`${viewport}, chosen in the header: sign-in and sign-up in "${language}", the shop's own texts too, show nothing cut off or overlapping`, async function () {
        this.timeout(SCREENS_TIMEOUT_MS);
        const report = await runInStorefront<ScreensReport>({ task: 'screens', viewport, language });
        expect(report.screens.map((screen) => screen.name), 'the pages shown').to.deep.equal(['sign-in', 'sign-up']);
        const problems = report.screens.flatMap((screen) => [...problemsOf(screen, viewport, LANGUAGES[language].signedOut), ...languageProblemsOf(screen, viewport, language)]);
        expect(problems, 'what is off').to.deep.equal([]);
        expect(report.errors, 'console errors and uncaught errors').to.deep.equal([]);
        expect(report.violations, 'CSP violations').to.deep.equal([]);
        console.log(`${language} ${viewport} screenshots: ${report.screens.map((screen) => `test-results/screens/${screen.file}`).join(', ')}`);
      });
    }
  }
});
