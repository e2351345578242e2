// node states.js BASE PAGES_DIR ID CONTRIBUTOR_PW MODERATOR_PW ADMIN_PW: brings the demo server
// into each state that only a sequence of forms reaches (a 409 merge, a form kept after a lost
// session, an account with a draft and a saved search, a form with errors, ...), as people would
// in a browser, then runs axe-core on the page shown and saves the page as the server sent it to
// PAGES_DIR for the Nu checker. Exits 1 on any violation, or when a state was not reached (its
// page came with another status than expected).
const { LANG, launch, session, signIn, submit, axe, save } = require("./lib");
const { VALID_FORM } = require("./valid_form");

const [base, pagesDir, id, contributorPw, moderatorPw, adminPw] = process.argv.slice(2);
let problems = 0;
let n = 0;

/** Checks the page shown, reached through `response`: expected with `status` and holding `text`.
 * With A11Y_SCREENSHOTS=DIR, also takes its picture at 390 and 1280 px wide there. */
async function check(page, label, response, status, englishText = "") {
  // The texts that tell a state was reached are English: other languages check the status only.
  const text = LANG === "en" ? englishText : "";
  const body = await response.text();
  if (response.status() !== status || !body.includes(text)) {
    console.log(`state not reached: ${label}: status ${response.status()} (expected ${status}), "${text}" ${body.includes(text) ? "found" : "missing"}`);
    problems += 1;
  }
  problems += await axe(page, `${label} (${response.status()})`);
  n += 1;
  const name = `${LANG}-state-${String(n).padStart(2, "0")}`;
  await save(pagesDir, name, response);
  const shots = process.env.A11Y_SCREENSHOTS;
  if (shots) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

/** Opens `path` and checks it (200 unless said). */
async function visit(page, path, label, status = 200, text = "") {
  await check(page, label || path, await page.goto(base + path), status, text);
}

/** Sets fields of the form `selector` as typed or ticked: [name, value] pairs, a name repeated for
 * the next field of that name (rows) or the next box ticked. */
async function setForm(page, selector, fields) {
  await page.evaluate(({ selector, fields }) => {
    const form = document.querySelector(selector);
    const used = {};
    for (const [name, value] of fields) {
      const all = [...form.elements].filter((e) => e.name === name);
      if (all.length === 0) throw new Error(`no field ${name} in ${selector}`);
      if (all[0].type === "checkbox" || all[0].type === "radio") {
        all.find((e) => e.value === value).checked = true;
      } else {
        used[name] = (used[name] ?? -1) + 1;
        all[used[name]].value = value;
      }
    }
  }, { selector, fields });
}

const REGISTER = "form[action='/commitments']";
const SEND_FOR_REVIEW = `${REGISTER} button[type=submit]:not([name])`;

/** The registration form, filled with `fields`, sent for review. */
async function register(page, fields) {
  await page.goto(base + "/commitments/new");
  await setForm(page, REGISTER, fields);
  return submit(page, SEND_FOR_REVIEW);
}

/** The valid registration form with some fields changed. */
function validWith(changes) {
  const names = changes.map(([name]) => name);
  return VALID_FORM.filter(([name]) => !names.includes(name)).concat(changes);
}

async function contributorStates(browser, elsewhere) {
  const page = await session(browser, base, "contributor@example.org", contributorPw);
  await page.goto(base + "/commitments/new");
  await check(page, "registration form with errors", await submit(page, SEND_FOR_REVIEW), 422, "There is a problem");

  const existing = await session(browser, base, "moderator@example.org", moderatorPw);
  await existing.goto(`${base}/commitments/${id}/edit`);
  const title = await existing.inputValue("#title");
  const lead = await existing.inputValue("#lead_entity");
  const asking = await register(page, validWith([["title", title], ["lead_entity", lead]]));
  await check(page, "registration form: Is this already registered?", asking, 200, "Is this already registered?");

  await page.goto(base + "/commitments/new");
  await setForm(page, REGISTER, [["title", "School gardens in Malawi"]]);
  await check(page, "a saved draft", await submit(page, `${REGISTER} button[value=save_draft]`), 200, "This is your draft");
  await page.goto(base + "/commitments?sdg=2&region=africa");
  await check(page, "search saved", await submit(page, "form[action='/account/searches'] button"), 200, "Africa");
  await visit(page, "/account", "account with a draft and a saved search", 200, "School gardens in Malawi");

  await page.goto(base + "/commitments/new");
  await setForm(page, REGISTER, validWith([["title", "Solar pumps for 40 villages in Niger"]]));
  await elsewhere.goto(base + "/account");
  await submit(elsewhere, "form:has(input[name=everywhere]) button");
  await check(page, "registration sent after the session ended: form kept", await submit(page, SEND_FOR_REVIEW), 403, "what you typed is kept");
  await page.click(".form-kept a.button");
  const back = await signIn(page, null, "contributor@example.org", contributorPw);
  await check(page, "registration form brought back after signing in", back, 200, "We kept what you typed");
  let sent = await submit(page, SEND_FOR_REVIEW);
  if (await page.$(`${REGISTER} button[value=register_anyway]`)) {
    sent = await submit(page, `${REGISTER} button[value=register_anyway]`);
  }
  await check(page, "own commitment just submitted", sent, 200, "Solar pumps for 40 villages");
  const mine = page.url().match(/\/commitments\/(\d+)/)[1];
  await visit(page, `/commitments/${mine}/reports/new`, "report on a commitment not yet published", 409, "Reports wait for publication");

  await visit(page, `/commitments/${mine}/edit`, "edit form of one's own commitment", 200, "Save changes");
  await visit(page, "/account", "account with a commitment of one's own", 200, "Solar pumps for 40 villages");
  await visit(page, `/commitments/${id}/contact`, "contact form");
  await check(page, "contact form with errors", await submit(page, "form[action$='/contact'] button"), 422, "There is a problem");
  await setForm(page, "form[action$='/contact']", [["subject", "Partnering on wells"], ["message", "We drill wells in the same region and would like to compare notes."]]);
  await check(page, "contact message sent", await submit(page, "form[action$='/contact'] button"), 200, "Your message has been sent");
  return mine;
}

async function moderatorStates(browser, mine) {
  const page = await session(browser, base, "moderator@example.org", moderatorPw);
  await visit(page, "/moderation", "moderation queue with a submission", 200, "Solar pumps for 40 villages");
  await visit(page, `/commitments/${mine}`, "submitted commitment with the review form", 200, "Save the decision");
  await check(page, "review sent without a decision", await submit(page, "form[action$='/review'] button"), 422, "error-message");
  await visit(page, `/commitments/${id}/reports/new`, "report form");
  await check(page, "report form with errors", await submit(page, "form[action$='/reports'] button[type=submit]"), 422, "There is a problem");
  await visit(page, "/account", "moderator's account (mail preferences)");

  await visit(page, `/commitments/${id}/edit`, "edit form", 200, "Save changes");
  const edit = `form[action='/commitments/${id}/edit']`;
  const other = await session(browser, base, "admin@example.org", adminPw);
  await page.goto(`${base}/commitments/${id}/edit`);
  await other.goto(`${base}/commitments/${id}/edit`);
  await setForm(page, edit, [["title", "A first new title for this commitment"]]);
  await submit(page, `${edit} button[type=submit]:not([name])`);
  await setForm(other, edit, [["title", "Another new title for this commitment"]]);
  await check(other, "edit form: both changed the title (merge)", await submit(other, `${edit} button[type=submit]:not([name])`), 409, "Another new title for this commitment");
  await page.goto(`${base}/commitments/${id}/edit`);
  await setForm(page, edit, [["title", ""]]);
  await check(page, "edit form with errors", await submit(page, `${edit} button[type=submit]:not([name])`), 422, "There is a problem");
}

async function adminStates(browser) {
  const page = await session(browser, base, "admin@example.org", adminPw);
  await visit(page, "/admin/users", "admin: users");
  await visit(page, "/admin/notice", "admin: site notice");
  await setForm(page, "form[action='/admin/notice']", [["message", "Maintenance on 3 March from 09:00 to 11:00 UTC."]]);
  await submit(page, "form[action='/admin/notice'] button");
  await visit(page, "/", "home page with a site notice", 200, "Maintenance on 3 March");
  const visitor = await session(browser, base);
  await visitor.goto(base + "/account/signup");
  await check(visitor, "sign-up form with errors", await submit(visitor, "form[action='/account/signup'] button"), 422, "There is a problem");
  await visitor.goto(base + "/account/login");
  await check(visitor, "sign-in with a wrong password", await signIn(visitor, null, "nobody@example.org", "wrong password"), 422, "There is a problem");
}

(async () => {
  const browser = await launch();
  const elsewhere = await session(browser, base, "contributor@example.org", contributorPw);
  const mine = await contributorStates(browser, elsewhere);
  await moderatorStates(browser, mine);
  await adminStates(browser);
  await browser.close();
  console.log(`${problems} problems in ${n} pages reached through forms`);
  process.exit(problems === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
