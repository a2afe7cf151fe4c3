/** `npm run emulator`: the emulator on EMX_EMULATOR_PORT (4010) for a storefront at EMX_STOREFRONT_URL. */
import { DEFAULT_PORT } from './src/config.ts';
import { startEmulator } from './server.ts';

const port = Number(process.env.EMX_EMULATOR_PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`EMX_EMULATOR_PORT must be a port number, not "${process.env.EMX_EMULATOR_PORT}".`);
  process.exit(1);
}

const emulator = await startEmulator({ port, storefrontUrl: process.env.EMX_STOREFRONT_URL || undefined });
const { url } = emulator;
console.log(`Emporix emulator running (tenant "demo", storefront client "demo-storefront")

  API base        ${url}
  OIDC issuer     ${url}/oidc   (discovery: ${url}/oidc/.well-known/openid-configuration)
  Outbox          ${url}/_emulator/demo/outbox.html
  Customers       ${url}/_emulator/demo/customers
  Request log     ${url}/_emulator/requests
  Health          ${url}/_emulator/health
  Settings        ${url}/_emulator/demo/settings
  Reset           POST ${url}/_emulator/reset

Seed logins: jane@example.com / Jane#2026pass (see emulator/README.md). Ctrl+C stops.`);

const stop = () => {
  emulator.close().then(() => process.exit(0), () => process.exit(1));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
