// node axe.js BASE EMAIL PASSWORD PATH...: runs axe-core in headless Chromium on each path (signed
// in as EMAIL when given); prints every violation and exits 1 when there is one.
const { launch, session, axe } = require("./lib");
(async () => {
  const [base, email, password, ...paths] = process.argv.slice(2);
  const browser = await launch();
  const page = await session(browser, base, email, password);
  let total = 0;
  for (const path of paths) {
    await page.goto(base + path);
    total += await axe(page, path);
  }
  await browser.close();
  process.exit(total === 0 ? 0 : 1);
})();
