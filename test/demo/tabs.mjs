// Top-level browser tabs for the demo storefront's tasks, in a fresh browsing state (no cookies,
// no storage), whichever driver runs the engine: Puppeteer (Chromium, Firefox over WebDriver BiDi)
// gives each task its own browser context; WebDriver (WebKit) has one session, shared with the
// test page, so the task gets its own window and the cookies and storage are cleared around it.
import { signInAtProvider, signInAtProviderWithWebDriver } from '../social/provider-command.mjs';

/** Answers the tabs of a task (`open(origins)`) for the runner's session of a test file. */
export function tabsFor(session) {
  if (session.browser.type === 'webdriver') return (origins) => WebDriverTabs.open(session.browser.driver, origins);
  const browser = session.browser.getPage(session.id).browser();
  return () => PuppeteerTabs.open(browser);
}

class PuppeteerTabs {
  #context;

  static async open(browser) {
    const tabs = new PuppeteerTabs();
    tabs.#context = await browser.createBrowserContext();
    return tabs;
  }

  async newTab(viewport) {
    const page = await this.#context.newPage();
    await page.setViewport(viewport);
    return new PuppeteerTab(page);
  }

  async close() {
    await this.#context.close();
  }
}

class PuppeteerTab {
  constructor(page) {
    this.page = page;
  }

  goto(url) {
    return this.page.goto(url);
  }

  url() {
    return this.page.url();
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  fill(selector, value) {
    return this.page.locator(selector).fill(value);
  }

  click(selector) {
    return this.page.locator(selector).click();
  }

  /** Clicks the element `find(...args)` answers in the page. */
  async clickFound(find, ...args) {
    const handle = await this.page.evaluateHandle(find, ...args);
    await handle.asElement().click();
  }

  /** Goes back in the tab's history as the Back button does; the caller waits for the page it expects. */
  goBack() {
    return this.evaluate(() => {
      history.back();
    });
  }

  /**
   * The whole page when it is taller than the viewport, else the viewport: Chromium's full-page
   * capture of a right-to-left page that fits shifts it sideways (the layout measured is right).
   */
  async screenshot(path) {
    const taller = await this.page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
    return this.page.screenshot({ path, fullPage: taller });
  }

  signInAtProvider(identity) {
    return signInAtProvider(this.page, identity);
  }
}

const clearStorage = () => {
  localStorage.clear();
  sessionStorage.clear();
};

class WebDriverTabs {
  #driver;
  #origins;
  #testPage;
  #windows = [];

  static async open(driver, origins) {
    const tabs = new WebDriverTabs();
    tabs.#driver = driver;
    tabs.#origins = origins;
    tabs.#testPage = await driver.getWindowHandle();
    return tabs;
  }

  async newTab({ width, height }) {
    const { handle } = await this.#driver.createWindow('window');
    this.#windows.push(handle);
    await this.#driver.switchToWindow(handle);
    await this.#driver.setWindowSize(width, height);
    await this.#forgetEverything();
    return new WebDriverTab(this.#driver);
  }

  async close() {
    for (const handle of this.#windows) {
      await this.#driver.switchToWindow(handle).then(() => this.#forgetEverything()).catch(() => undefined);
      await this.#driver.closeWindow().catch(() => undefined);
    }
    await this.#driver.switchToWindow(this.#testPage);
  }

  /** Cookies are per host (the storefront and the emulator share `localhost`); storage is the storefront's. */
  async #forgetEverything() {
    await this.#driver.navigateTo(`${this.#origins.storefront}/test/demo/blank.html`);
    await this.#driver.deleteAllCookies();
    await this.#driver.execute(clearStorage);
  }
}

class WebDriverTab {
  #driver;

  constructor(driver) {
    this.#driver = driver;
  }

  goto(url) {
    return this.#driver.navigateTo(url);
  }

  url() {
    return this.#driver.getUrl();
  }

  evaluate(fn, ...args) {
    return this.#driver.execute(fn, ...args);
  }

  /** Types one character at a time: WebKit's driver drops the second of two equal letters typed at once. */
  async fill(selector, value) {
    const element = await this.#driver.$(selector);
    if ((await element.getTagName()).toLowerCase() === 'select') {
      await element.selectByAttribute('value', value);
      return;
    }
    await element.clearValue();
    for (const character of value) await element.addValue(character);
  }

  async click(selector) {
    await (await this.#driver.$(selector)).click();
  }

  /** Clicks the element `find(...args)` answers in the page. */
  async clickFound(find, ...args) {
    const found = await this.#driver.execute(find, ...args);
    const element = typeof found?.click === 'function' ? found : await this.#driver.$(found);
    await element.click();
  }

  /** Goes back in the tab's history as the Back button does; the caller waits for the page it expects. */
  goBack() {
    return this.evaluate(() => {
      history.back();
    });
  }

  screenshot(path) {
    return this.#driver.saveScreenshot(path);
  }

  signInAtProvider(identity) {
    return signInAtProviderWithWebDriver(this.#driver, identity);
  }
}
