// Keyboard input as every engine's driver takes it: key names all of them know (`' '`, not
// `'Space'`), text typed one character at a time (WebKit's driver presses every key of a `type`
// before releasing any, and drops the second of two equal letters), chords through
// ./key-chord-command.mjs.
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** Presses and releases one key: a character, or a name such as `Tab`, `Enter`, `Escape`, `End`. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Types `text` into whatever has focus, one character at a time. */
export async function typeText(text: string): Promise<void> {
  for (const character of text) await press(character);
}

/** Holds `keys` down in order and lets them go in reverse, e.g. `chord('Shift', 'Tab')`. */
export async function chord(...keys: string[]): Promise<void> {
  await executeServerCommand('emx-key-chord', { keys });
}
