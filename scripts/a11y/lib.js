// What axe.js and states.js share: a browser, signing in, axe-core on the page shown, and
// saving the page as the server sent it (for the Nu checker).
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const axeSource = require("axe-core").source;

const RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
}

/** The interface language the pages are checked in (A11Y_LANG; English by default). */
const LANG = process.env.A11Y_LANG || "en";

/** A new browser session (its own cookies), signed in as `email` when given, whose pages come
 * in A11Y_LANG: the browser asks for it (Accept-Language) and keeps it as the `lang` cookie that
 * `?lang=` sets. */
async function session(browser, base, email, password) {
  const context = await browser.newContext({ bypassCSP: true, locale: LANG });
  await context.addCookies([{ name: "lang", value: LANG, url: base }]);
  const page = await context.newPage();
  if (email) await signIn(page, base + "/account/login", email, password);
  return page;
}

/** Fills the sign-in form at `url` and sends it; returns the response of the page it leads to. */
async function signIn(page, url, email, password) {
  if (url) await page.goto(url);
  await page.fill("#email", email);
  await page.fill("#password", password);
  return submit(page, "form[action^='/account/login'] button[type=submit]");
}

/** Clicks `selector` (a submit button) and returns the response of the page the form leads to. */
async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return response;
}

/** Runs axe-core on the page shown, and checks that it does not scroll sideways on a phone
 * (390 px wide); prints and returns the number of violations. */
async function axe(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((rules) => axe.run(document, { runOnly: rules }), RULES);
  const wide = await widthOnPhone(page);
  console.log(`${result.violations.length + (wide ? 1 : 0)} axe violations: ${label}`);
  for (const v of result.violations) {
    console.log(`  ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  }
  if (wide) console.log(`  reflow: the page is ${wide} px wide on a 390 px screen: it scrolls sideways`);
  return result.violations.length + (wide ? 1 : 0);
}

/** The page's width on a 390 px wide screen when wider than the screen, else 0. */
async function widthOnPhone(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(before);
  return width > 390 ? width : 0;
}

/** Writes the body the server sent for `response` to `dir`/`name`.html. */
async function save(dir, name, response) {
  if (dir) fs.writeFileSync(path.join(dir, `${name}.html`), await response.text());
}

module.exports = { LANG, launch, session, signIn, submit, axe, save };
