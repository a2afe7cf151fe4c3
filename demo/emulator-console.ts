// The demo's emulator console: the outbox, the customers, with the employee's Activate action
// done the way the tutorial does it (client-credentials token, then PATCH the customer) and the
// assigning and unassigning of a B2B contact's companies (the emulator's control API), and the
// latest requests, CORS preflights marked.
// Dev tool only: the employee secret below is the emulator's seed and never belongs in a shop.
const apiUrl = document.querySelector('emx-session')?.getAttribute('api-url') ?? 'http://localhost:4010';
const tenant = 'demo';
const employee = { client_id: 'demo-employee', client_secret: 'demo-employee-secret' };

interface OutboxMessage {
  id: string;
  to: string;
  kind: string;
  subject: string;
  link: string;
  createdAt: string;
}

interface ConsoleCustomer {
  customerNumber: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  active: boolean;
  onHold?: boolean;
  optInPending?: boolean;
  locked?: boolean;
  legalEntities?: Company[];
}

/** A legal entity of the tenant. */
interface Company {
  id: string;
  name: string;
}

interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
  tokenKind: string;
  note?: string;
  /** Set on a CORS preflight: what the browser asked to send. */
  preflight?: { method: string; headers: string[] };
}

/** How many of the latest requests the console lists. */
const LATEST_REQUESTS = 15;

const part = (name: string) => document.querySelector<HTMLElement>(`[data-console="${name}"]`)!;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A table whose cells carry their column's heading (`data-label`), which narrow screens show beside each value. */
function table(headings: string[], rows: Node[][]): HTMLTableElement {
  const head = element('tr');
  head.append(...headings.map((heading) => element('th', heading, { scope: 'col' })));
  const body = rows.map((cells) => {
    const row = element('tr');
    row.append(
      ...cells.map((cell, index) => {
        const td = element('td', undefined, headings[index] ? { 'data-label': headings[index] } : {});
        td.append(cell);
        return td;
      }),
    );
    return row;
  });
  const result = element('table');
  result.append(element('thead'), element('tbody'));
  result.tHead!.append(head);
  result.tBodies[0].append(...body);
  return result;
}

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(apiUrl + path, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A preflight names the call it asks about, so a blocked call can be told from one the emulator refused. */
function describeRequest(request: LoggedRequest): string {
  if (!request.preflight) return `${request.method} ${request.path}`;
  const headers = request.preflight.headers.length ? ` with ${request.preflight.headers.join(', ')}` : '';
  return `CORS preflight for ${request.preflight.method} ${request.path}${headers}`;
}

function customerState(customer: ConsoleCustomer): string {
  if (customer.optInPending) return 'waiting for opt-in';
  if (customer.locked) return 'locked';
  if (customer.onHold) return 'on hold';
  return customer.active ? 'active' : 'waiting for activation';
}

async function activate(customerNumber: string): Promise<void> {
  const { access_token } = await json<{ access_token: string }>('/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...employee }),
  });
  await json(`/customer/${tenant}/customers/${encodeURIComponent(customerNumber)}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ active: true, onHold: false }),
  });
}

/** Takes a company away from a B2B contact, as the seller does in Emporix; a reset brings it back. */
async function unassign(customerNumber: string, legalEntityId: string): Promise<void> {
  await json(`/_emulator/${tenant}/customers/${encodeURIComponent(customerNumber)}/legal-entities/${encodeURIComponent(legalEntityId)}`, { method: 'DELETE' });
}

/** Makes a customer a contact of one of the tenant's companies, as the seller does in Emporix. */
async function assign(customerNumber: string, company: Company): Promise<void> {
  await json(`/_emulator/${tenant}/customers/${encodeURIComponent(customerNumber)}/legal-entities/${encodeURIComponent(company.id)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: company.name }),
  });
}

/** The customer's companies, each with "Unassign", then a choice of the tenant's other companies with "Assign". */
function companiesOf(customer: ConsoleCustomer, companies: Company[]): Node {
  const list = element('div', undefined, { class: 'console-companies' });
  const assigned = customer.legalEntities ?? [];
  for (const entity of assigned) {
    const item = element('span', `${entity.name} `, { class: 'console-company' });
    item.append(
      element('button', 'Unassign', {
        type: 'button',
        class: 'shop-button',
        'data-unassign': customer.customerNumber,
        'data-entity': entity.id,
        'aria-label': `Unassign ${entity.name}`,
      }),
    );
    list.append(item);
  }
  const others = companies.filter((company) => !assigned.some((entity) => entity.id === company.id));
  if (others.length === 0) return list;
  const choice = element('span', undefined, { class: 'console-company' });
  const select = element('select', undefined, { 'aria-label': `Company to assign to customer ${customer.customerNumber}`, 'data-assign-choice': customer.customerNumber });
  select.append(...others.map((company) => element('option', company.name, { value: company.id })));
  choice.append(select, element('button', 'Assign', { type: 'button', class: 'shop-button', 'data-assign': customer.customerNumber }));
  list.append(choice);
  return list;
}

async function refresh(): Promise<void> {
  const [messages, customers, companies, requests] = await Promise.all([
    json<OutboxMessage[]>(`/_emulator/${tenant}/outbox`),
    json<ConsoleCustomer[]>(`/_emulator/${tenant}/customers`),
    json<Company[]>(`/_emulator/${tenant}/legal-entities`),
    json<LoggedRequest[]>('/_emulator/requests'),
  ]);
  part('outbox').replaceChildren(
    messages.length === 0
      ? element('p', 'No emails yet. Request a password reset, change an email or sign up with double opt-in.')
      : table(
          ['When', 'To', 'What', 'Link'],
          messages.map((message) => [
            document.createTextNode(new Date(message.createdAt).toLocaleTimeString()),
            document.createTextNode(message.to),
            document.createTextNode(message.subject),
            element('a', 'Open', { href: message.link }),
          ]),
        ),
  );
  part('customers').replaceChildren(
    table(
      ['Number', 'Email', 'Name', 'State', 'Companies', ''],
      customers.map((customer) => {
        const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
        const action = customer.active && !customer.onHold && !customer.locked
          ? document.createTextNode('')
          : element('button', 'Activate', { type: 'button', class: 'shop-button', 'data-activate': customer.customerNumber });
        return [
          document.createTextNode(customer.customerNumber),
          document.createTextNode(customer.email ?? ''),
          document.createTextNode(name),
          document.createTextNode(customerState(customer)),
          companiesOf(customer, companies),
          action,
        ];
      }),
    ),
  );
  const latest = requests.slice(-LATEST_REQUESTS).reverse();
  part('requests').replaceChildren(
    latest.length === 0
      ? element('p', 'No requests since the last reset.')
      : table(
          ['#', 'Request', 'Status', 'Token'],
          latest.map((request) => [
            document.createTextNode(String(request.seq)),
            document.createTextNode(describeRequest(request)),
            document.createTextNode(request.status === 0 ? 'dropped' : String(request.status)),
            document.createTextNode(request.preflight ? '' : request.tokenKind),
          ]),
        ),
  );
}

function showFailure(error: unknown): void {
  part('status').textContent = `The emulator did not answer (${(error as Error).message}). Is npm start running?`;
}

async function act(task: () => Promise<void>, done: string): Promise<void> {
  try {
    await task();
    await refresh();
    part('status').textContent = done;
  } catch (error) {
    showFailure(error);
  }
}

async function resetEmulator(): Promise<void> {
  try {
    await json('/_emulator/reset', { method: 'POST' });
  } catch (error) {
    showFailure(error);
    return;
  }
  // The stored session belongs to the old state; the reload starts this page clean and shows the seed data.
  localStorage.clear();
  location.reload();
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const customerNumber = target.closest<HTMLElement>('[data-activate]')?.dataset.activate;
  if (customerNumber) void act(() => activate(customerNumber), `Customer ${customerNumber} activated.`);
  const unassignButton = target.closest<HTMLElement>('[data-unassign]');
  const { unassign: owner, entity } = unassignButton?.dataset ?? {};
  if (owner && entity) void act(() => unassign(owner, entity), `Customer ${owner} is no longer assigned to ${entity}.`);
  const assignee = target.closest<HTMLElement>('[data-assign]')?.dataset.assign;
  const choice = assignee ? document.querySelector<HTMLSelectElement>(`select[data-assign-choice="${CSS.escape(assignee)}"]`) : null;
  const company = choice?.selectedOptions[0];
  if (assignee && company) {
    void act(() => assign(assignee, { id: company.value, name: company.text }), `Customer ${assignee} is now assigned to ${company.value}.`);
  }
  if (target.closest('[data-console="refresh"]')) void act(async () => undefined, 'Refreshed.');
  if (target.closest('[data-console="reset"]')) void resetEmulator();
});

void act(async () => undefined, '');
