// Hanko Elements' `register` (defines its login/registration and profile elements), bundled by the
// bench with the kit's own CDN settings to compare sizes built the same way.
export { register } from '@teamhanko/hanko-elements';
