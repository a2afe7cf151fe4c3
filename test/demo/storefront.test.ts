// Every flow of the demo storefront, in top-level pages served under the strict CSP of issue 7,
// watched for CSP violations and for secrets in console output, request URLs and the DOM
// (./storefront-command.mjs drives the pages, ./observed-context.mjs watches them).
import { expect } from '@open-wc/testing';
import { emulatorUrl, resetEmulator, type ResetOptions } from '../support/emulator.js';
import { runInStorefront } from './storefront-runner.js';

interface FlowReport {
  documents: Array<{ path: string; status: number; csp: string | null }>;
  violations: Array<{ page: string; directive: string; blockedURI: string; source: string }>;
  errors: string[];
  consoleLeaks: string[];
  urlLeaks: string[];
  domLeaks: string[];
  unsearchedAnswers: string[];
  contractQueries: string[];
  requestCount: number;
  secretCounts: { token: number; password: number; 'authorization code': number };
}

/** The flows of storefront-flows.mjs, each after a reset of the emulator with `reset`. */
const FLOWS: Array<{ flow: string; reset?: ResetOptions }> = [
  { flow: 'password sign-in and sign-out' },
  { flow: 'sign-up and activation' },
  { flow: 'account: profile, password and email change' },
  { flow: 'address book: add, edit, tags, default, delete' },
  { flow: 'password reset through the emailed link' },
  { flow: 'social sign-in (Emporix redeems the code)' },
  { flow: 'partner SSO (token exchange)' },
  { flow: 'business customer: choosing and switching the company' },
  { flow: 'emulator console: outbox, activation, companies, reset' },
  // Lifetimes within the refresh leeway (60 s): every call refreshes first, so refresh tokens travel too.
  { flow: 'token refresh before every call', reset: { tokenLifetimes: { anonymous: 30, customer: 30 } } },
  // The built CDN bundle on a page of its own under the same policy.
  { flow: 'password sign-in from the CDN bundle (dist/emx-elements.js)' },
];

/** Redirects through the provider and several page loads take longer than one API call. */
const FLOW_TIMEOUT_MS = 60_000;
/** The test's own limit leaves room for the runner to give up first and name the step a flow hangs at (one outcome poll waits up to 10 s). */
const TEST_TIMEOUT_MS = FLOW_TIMEOUT_MS + 20_000;

function strictCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${new URL(emulatorUrl()).origin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

describe('the demo storefront under a strict CSP', () => {
  const reports: FlowReport[] = [];

  after(() => {
    const sum = (count: (report: FlowReport) => number) => reports.reduce((total, report) => total + count(report), 0);
    const queries = [...new Set(reports.flatMap((report) => report.contractQueries))].sort();
    console.log(
      `storefront under CSP: ${reports.length} flows, ${sum((report) => report.documents.length)} page loads, ` +
        `${sum((report) => report.requestCount)} request URLs searched for ${sum((report) => report.secretCounts.token)} tokens, ` +
        `${sum((report) => report.secretCounts.password)} passwords and ${sum((report) => report.secretCounts['authorization code'])} authorization codes; ` +
        `secrets only in the contract's queries: ${queries.join(', ')}`,
    );
  });

  for (const { flow, reset } of FLOWS) {
    it(`${flow}: no CSP violation, no secret in URLs, console or DOM`, async function () {
      this.timeout(TEST_TIMEOUT_MS);
      await resetEmulator(reset);
      const report = await runInStorefront<FlowReport>({ task: 'flow', flow }, { giveUpAfterMs: FLOW_TIMEOUT_MS });
      reports.push(report);

      // The CDN bundle's page is served beside the demo, not as one of its pages (its CSP header is set by the test server too).
      if (!flow.includes('CDN bundle')) expect(report.documents.length, 'storefront pages loaded').to.be.above(0);
      expect(report.documents.filter((document) => document.csp !== strictCsp()), 'pages served without the strict CSP').to.deep.equal([]);
      expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(report.errors, 'console errors and uncaught errors').to.deep.equal([]);
      expect(report.secretCounts.token, 'tokens the pages received (searched for)').to.be.above(0);
      expect(report.unsearchedAnswers, 'emulator answers that reached a page without being searched for tokens').to.deep.equal([]);
      expect(report.urlLeaks, 'secrets in request URLs outside the contract').to.deep.equal([]);
      expect(report.consoleLeaks, 'secrets in console output').to.deep.equal([]);
      expect(report.domLeaks, 'secrets in the DOM').to.deep.equal([]);
    });
  }

  it('sees the violation of a page that breaks the policy (the zero above is not for want of looking)', async () => {
    await resetEmulator();
    const report = await runInStorefront<FlowReport & { trustedTypes: boolean }>({ task: 'csp-probe' });
    // Where the engine has Trusted Types, a string assigned to innerHTML is refused too.
    const expected = report.trustedTypes ? ['style-src-attr', 'require-trusted-types-for'] : ['style-src-attr'];
    expect(report.violations.map((violation) => violation.directive)).to.deep.equal(expected);
  });
});
