// Test-runner command `emx-key-chord` `{ keys: ['Shift', 'Tab'] }`: holds each key down in order,
// then lets them go in reverse, in whichever driver runs the engine (the runner's own `sendKeys`
// knows only `press` and `type` under WebDriver).
import { Key } from 'webdriverio';

export function keyChordCommand() {
  return {
    name: 'emx-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emx-key-chord') return undefined;
      const { keys } = payload;
      if (session.browser.type === 'webdriver') {
        const codes = keys.map((key) => Key[key] ?? key);
        const driver = session.browser.driver;
        await driver.performActions([
          {
            type: 'key',
            id: 'keyboard',
            actions: [...codes.map((value) => ({ type: 'keyDown', value })), ...codes.toReversed().map((value) => ({ type: 'keyUp', value }))],
          },
        ]);
        await driver.releaseActions();
        return true;
      }
      const { keyboard } = session.browser.getPage(session.id);
      for (const key of keys) await keyboard.down(key);
      for (const key of keys.toReversed()) await keyboard.up(key);
      return true;
    },
  };
}
