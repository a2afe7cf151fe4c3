/** People who can sign in at the emulator's OpenID provider (README.md lists them too). */
export interface DemoIdentity {
  sub: string;
  email: string;
  password: string;
  givenName: string;
  familyName: string;
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { sub: 'idp-alex-0001', email: 'alex@social.example', password: 'Alex#2026pass', givenName: 'Alex', familyName: 'Rivera' },
  { sub: 'idp-sam-0002', email: 'sam@social.example', password: 'Sam#2026pass', givenName: 'Sam', familyName: 'Okafor' },
  { sub: 'idp-pat-0003', email: 'pat@partner.example', password: 'Pat#2026pass', givenName: 'Pat', familyName: 'Lindqvist' },
];

export function identityBySub(sub: string): DemoIdentity | undefined {
  return DEMO_IDENTITIES.find((identity) => identity.sub === sub);
}

/** The identity whose email (case-insensitive) and password match the login form. */
export function identityByCredentials(email: string, password: string): DemoIdentity | undefined {
  const wanted = email.trim().toLowerCase();
  return DEMO_IDENTITIES.find((identity) => identity.email === wanted && identity.password === password);
}

/** Standard OpenID claims of an identity. */
export function identityClaims(identity: DemoIdentity) {
  return {
    sub: identity.sub,
    email: identity.email,
    email_verified: true,
    given_name: identity.givenName,
    family_name: identity.familyName,
    name: `${identity.givenName} ${identity.familyName}`,
  };
}
