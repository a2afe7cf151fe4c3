// The published `.d.ts` files, compiled against by a strict TypeScript project of a shop.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';
import { promisify } from 'node:util';
import { analyzeElements, customElements } from '../../scripts/manifest.ts';
import { ROOT, elementFolders } from '../../scripts/package-layout.ts';
import { withConsumerProject } from './consumer.ts';

const tsconfig = JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM'], types: [] },
  include: ['*.ts'],
});

/** Each tag typed as its class through `HTMLElementTagNameMap`, by importing only its own entry. */
async function tagChecks(): Promise<string> {
  const classes = new Map(customElements(await analyzeElements()).map((element) => [element.tagName, element.name]));
  return elementFolders()
    .map((element) => {
      const tag = `emx-${element.folder}`;
      const className = classes.get(tag);
      assert.ok(className, `${tag} is not in the custom elements manifest`);
      return [
        `import 'emx-elements/${element.subpath}';`,
        `import type { ${className} } from 'emx-elements/${element.subpath}/component';`,
        `export const ${className}Instance: ${className} = document.createElement('${tag}');`,
      ].join('\n');
    })
    .join('\n');
}

/** `<emx-session>`'s events, typed by its entry alone. */
const sessionEventChecks = `
import 'emx-elements/session-element';
import { EmporixSession } from 'emx-elements/session';

document.addEventListener('emx-login', (event) => {
  const method: 'password' | 'social' | 'opt-in' | 'other-tab' = event.detail.method;
  console.log(method, event.detail.customer.email);
});
// @ts-expect-error: a typed detail, not any
document.addEventListener('emx-logout', (event) => event.detail.noSuchField.toString());
export const session = new EmporixSession({ tenant: 'mytenant', clientId: 'storefront-client-id' });
`;

/** An element's events, typed by its entry alone. */
const loginEventChecks = `
import 'emx-elements/login';

document.querySelector('emx-login')?.addEventListener('emx-navigate', (event) => {
  const to: 'login' | 'signup' | 'password-reset' | 'account' = event.detail.to;
  console.log(to);
});
`;

it('types every tag (HTMLElementTagNameMap) and every emx event (GlobalEventHandlersEventMap) for a strict project', async () => {
  await withConsumerProject({ 'tsconfig.json': tsconfig, 'tags.ts': await tagChecks(), 'session-events.ts': sessionEventChecks, 'login-events.ts': loginEventChecks }, async (dir) => {
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const result = await promisify(execFile)(tsc, ['-p', dir]).catch((error: { stdout: string }) => error);
    assert.equal(result.stdout, '', 'tsc reported errors');
  });
});
