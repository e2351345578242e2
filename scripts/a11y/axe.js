// node axe.js BASE EMAIL PASSWORD PATH...: runs axe-core in headless Chromium on each path (signed
// in as EMAIL when given); prints every violation and exits 1 when there is one.
const { chromium } = require("playwright-core");
const axeSource = require("axe-core").source;
(async () => {
  const [base, email, password, ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  if (email) {
    await page.goto(base + "/account/login");
    await page.fill("#email", email);
    await page.fill("#password", password);
    await Promise.all([page.waitForNavigation(), page.click("form[action='/account/login'] button[type=submit]")]);
  }
  let total = 0;
  for (const path of paths) {
    await page.goto(base + path);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
    total += result.violations.length;
    console.log(`${result.violations.length} axe violations: ${path}`);
    for (const v of result.violations) {
      console.log(`  ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    }
  }
  await browser.close();
  process.exit(total === 0 ? 0 : 1);
})();
