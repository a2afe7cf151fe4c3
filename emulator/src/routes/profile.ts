import { authorize } from '../auth.ts';
import type { EmulatorContext } from '../context.ts';
import { customerView, updateProfile } from '../customers.ts';
import type { App } from '../env.ts';
import { readExpand, readFields } from '../http.ts';
import { sessionCustomer } from '../sessions.ts';

/** What `GET /me` answers for an anonymous token. */
const ANONYMOUS_CUSTOMER = {
  firstName: 'Anonymous',
  lastName: 'Anonymous',
  preferredSite: 'default',
  customerNumber: '00000000',
  id: '00000000',
  accounts: [],
};

export function registerProfileRoutes(app: App, context: EmulatorContext): void {
  app.get('/customer/:tenant/me', (c) => {
    const grant = authorize(c, context.tokens, ['customer', 'anonymous']);
    if (grant.kind === 'anonymous') return c.json(ANONYMOUS_CUSTOMER);
    return c.json(customerView(sessionCustomer(context, grant), readExpand(c).has('addresses')));
  });

  app.patch('/customer/:tenant/me', async (c) => {
    const customer = sessionCustomer(context, authorize(c, context.tokens, ['customer']));
    updateProfile(customer, await readFields(c));
    return c.body(null, 200);
  });
}
