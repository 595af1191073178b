/**
 * Traditional Chinese (issue 13): the seed's workflow walked in zh-TW by the seed's own labels, with no
 * English interface string left on its pages; the language chosen from the header, the switcher and the
 * user menu. English stays the default (every other spec runs in English).
 */
import fs from "node:fs";
import path from "node:path";
import { type Browser, type Locator, type Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, emailedLink, expect, test } from "./fixtures";

type Tree = { [key: string]: string | Tree };
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", name), "utf8")) as Tree;
const flat = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === "string" ? [v] : flat(v)));
const zhValues = new Set(flat(read("zh-TW.json")));
/** Interface strings of the English catalogue that read differently in zh-TW (no placeholders, no markup). */
const englishUi = [...new Set(flat(read("en.json")))].filter(
  (v) => !zhValues.has(v) && !/[{}<>]/.test(v) && /[A-Za-z]{2}/.test(v),
);

/** The English interface strings visible on the page: none may be left in zh-TW. */
async function englishLeft(page: Page): Promise<string[]> {
  // Data in its own words (the offer catalog, names) is marked translate="no" and left out — also where a
  // label quotes it ("Change role of Pat Pending").
  const { text, attrs } = await page.evaluate(() => {
    const data = [...document.querySelectorAll<HTMLElement>('[translate="no"]')].map((e) => e.innerText).filter(Boolean);
    let visible = document.body.innerText;
    for (const d of data) visible = visible.replace(d, "");
    const labels = [...document.querySelectorAll("[aria-label],[placeholder],[title]")]
      .flatMap((e) => ["aria-label", "placeholder", "title"].map((a) => e.getAttribute(a) ?? ""))
      .map((label) => data.reduce((rest, d) => rest.replaceAll(d, ""), label));
    return { text: visible, attrs: labels.join("\n") };
  });
  // "Language / 語言" is bilingual on purpose (the seed's user menu label): it is no English left behind.
  const all = `${text}\n${attrs}\n${await page.title()}`.replaceAll("Language / 語言", "");
  return englishUi.filter((v) => new RegExp(`(^|[^A-Za-z])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(all));
}

async function expectAllChinese(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-TW");
  expect(await englishLeft(page), `English left on ${page.url()}`).toEqual([]);
}

async function zhPage(browser: Browser) {
  const context = await browser.newContext({ locale: "zh-TW" });
  return context.newPage();
}

async function signInZh(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("電子郵件").fill(email);
  await page.getByLabel("密碼").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs in with a Chinese browser, opens a menu entry, waits for `ready` and finds no English on the page. */
async function openMenuEntryZh(browser: Browser, email: string, entry: string, ready: (page: Page) => Locator) {
  const page = await zhPage(browser);
  await signInZh(page, email);
  await page.getByRole("navigation", { name: "主要" }).getByRole("link", { name: entry }).click();
  await expect(page.getByRole("heading", { name: entry, level: 1 })).toBeVisible();
  await expect(ready(page)).toBeVisible();
  await expectAllChinese(page);
  await page.context().close();
}

test("the seed's workflow in zh-TW by its labels: request a relationship, authorize, new customer, subscriptions, support contact", async ({
  browser,
}) => {
  // Three browsers, an enrolment and the whole wizard: over a minute when the machine is busy.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const resellerName = `臺北雲端 ${stamp}`;
  const provider = await zhPage(browser);

  // 1. 儀表板 → 間接經銷商 → 要求建立經銷商關係: the draft email, 在電子郵件中開啟 / 複製到剪貼簿 / 完成.
  await signInZh(provider, demo.northwind);
  const nav = provider.getByRole("navigation", { name: "主要" });
  await expect(nav.getByRole("link", { name: "儀表板" })).toBeVisible();
  await expectAllChinese(provider);
  await nav.getByRole("link", { name: "間接經銷商" }).click();
  await expect(provider.getByRole("heading", { name: "間接經銷商", level: 1 })).toBeVisible();
  await expectAllChinese(provider);
  await provider.getByRole("button", { name: "要求建立經銷商關係" }).click();
  const dialog = provider.getByRole("dialog", { name: "要求建立經銷商關係" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("link", { name: "在電子郵件中開啟" })).toHaveAttribute("href", /^mailto:/);
  await expect(dialog.getByRole("button", { name: "複製到剪貼簿" })).toBeVisible();
  await expect(dialog.getByLabel("訊息")).toHaveValue(/邀請您成為其間接經銷商|您好/);
  await expectAllChinese(provider);
  const link = (await dialog.getByTestId("invitation-link").textContent())!.trim();
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(dialog).toBeHidden();

  // 2. A new indirect reseller enrols in zh-TW and authorizes the provider from the link.
  const reseller = await zhPage(browser);
  await reseller.goto(link);
  await expect(reseller.getByRole("heading", { name: "Northwind Distribution 邀請您成為其間接經銷商" })).toBeVisible();
  await expectAllChinese(reseller);
  await reseller.getByRole("link", { name: "註冊為間接經銷商" }).click();
  await reseller.getByLabel("公司名稱").fill(resellerName);
  await reseller.getByLabel("合作夥伴識別碼").fill(String(Math.floor(1e8 + Math.random() * 8e8)));
  await reseller.getByLabel("國家/地區").selectOption("TW");
  await reseller.getByLabel("您的姓名").fill("林小姐");
  await reseller.getByLabel("電子郵件").fill(`lin-${stamp}@taipei-cloud.example`);
  await reseller.getByLabel("密碼").fill(DEMO_PASSWORD);
  await expectAllChinese(reseller);
  await reseller.getByRole("button", { name: "註冊" }).click();
  // A new enrolment waits for the program operator (合作夥伴 → 啟用), then the link works.
  await expect(reseller.getByRole("heading", { name: "您的註冊尚未啟用" })).toBeVisible();
  await expectAllChinese(reseller);
  const operator = await zhPage(browser);
  await signInZh(operator, demo.operator);
  await operator.getByRole("navigation", { name: "主要" }).getByRole("link", { name: "合作夥伴" }).click();
  await operator.getByLabel("搜尋").fill(resellerName);
  await operator.getByRole("button", { name: "篩選" }).click();
  await expectAllChinese(operator);
  await operator.getByRole("button", { name: "啟用" }).click();
  await expect(operator.getByTestId("partner-list").getByRole("row").filter({ hasText: resellerName })).toContainText("使用中");
  await expectAllChinese(operator);
  await operator.context().close();
  await reseller.goto(link);
  await expect(reseller.getByRole("heading", { name: "授權 Northwind Distribution 成為您的間接提供者" })).toBeVisible();
  await expectAllChinese(reseller);
  await reseller.getByRole("button", { name: "授權間接提供者" }).click();
  await expect(reseller.getByText("請勾選方塊，確認您授權此提供者。")).toBeVisible();
  await reseller.getByRole("checkbox").check();
  await reseller.getByRole("button", { name: "授權間接提供者" }).click();
  await expect(reseller).toHaveURL(/\/reseller\/providers/);
  await expect(reseller.getByText("您已授權 Northwind Distribution 成為您的間接提供者。")).toBeVisible();
  await expectAllChinese(reseller);

  // 3. 新增新的客戶 from the reseller's row: 新客戶 → 下一步: 訂閱 → 新訂閱 → 下一步: 評論 → 提交 → 確認 / 安裝資訊 → 完成.
  await nav.getByRole("link", { name: "間接經銷商" }).click();
  await provider
    .getByTestId("reseller-row")
    .filter({ hasText: resellerName })
    .getByRole("link", { name: "新增新的客戶" })
    .click();
  await expect(provider.getByRole("heading", { name: "新客戶", level: 1 })).toBeVisible();
  await expect(provider.getByRole("combobox", { name: "間接經銷商" })).toHaveValue(resellerName);
  const company = `信義商行 ${stamp}`;
  const domain = `xinyi${stamp}`;
  await provider.getByLabel("公司名稱").fill(company);
  await provider.getByLabel("主要網域").fill(domain);
  await expect(provider.getByTestId("domain-status")).toHaveText(`${domain}.onmicrosoft.com 可以使用。`);
  await provider.getByLabel("國家/地區").selectOption("TW");
  await provider.getByLabel("地址第 1 行").fill("信義路五段 7 號");
  await provider.getByLabel("城市").fill("臺北市");
  await provider.getByLabel("郵遞區號").fill("110");
  await provider.getByLabel("名字").fill("美玲");
  await provider.getByLabel("姓氏").fill("陳");
  await provider.getByLabel("電子郵件").fill(`mei@${domain}.example`);
  await provider.getByLabel("語言").selectOption("zh-TW");
  await expectAllChinese(provider);
  await provider.getByRole("button", { name: "下一步: 訂閱" }).click();
  await expect(provider.getByRole("heading", { name: "新訂閱", level: 1 })).toBeVisible();
  await provider.getByRole("checkbox", { name: "Microsoft 365 Business Standard" }).check();
  await provider.getByLabel("Microsoft 365 Business Standard 的授權").fill("12");
  await expectAllChinese(provider);
  await provider.getByRole("button", { name: "下一步: 評論" }).click();
  await expect(provider.getByRole("heading", { name: "評論", level: 1 })).toBeVisible();
  await expect(provider.getByTestId("total-price")).toHaveText("US$150.00/月");
  await expect(provider.getByRole("button", { name: "取消" })).toBeVisible();
  await expectAllChinese(provider);
  await provider.getByRole("button", { name: "提交" }).click();
  await expect(provider.getByRole("heading", { name: "安裝資訊" })).toBeVisible();
  await expect(provider.getByRole("list", { name: "步驟" }).locator('[aria-current="step"]')).toContainText("確認");
  await expectAllChinese(provider);
  await provider.getByRole("link", { name: "完成" }).click();
  await expect(provider.getByRole("heading", { name: "客戶", level: 1 })).toBeVisible();
  await provider.getByLabel("搜尋").fill(company);
  await provider.getByRole("button", { name: "套用" }).click();
  const row = provider.getByTestId("customer-row").filter({ hasText: company });
  await expect(row).toContainText(resellerName);
  await expectAllChinese(provider);

  // 4. 新增訂閱 from the expanded row: 新訂閱 → 提交; it appears in the customer's 訂閱.
  await row.getByRole("button", { name: `顯示 ${company} 的訂閱` }).click();
  await row.getByRole("link", { name: "新增訂閱" }).click();
  await expect(provider.getByRole("heading", { name: "新訂閱", level: 1 })).toBeVisible();
  const teams = await provider.locator("#field-offerId option", { hasText: "Teams Audio Conferencing" }).getAttribute("value");
  await provider.getByLabel("供應項目").selectOption(teams ?? "");
  await provider.getByLabel("授權").fill("3");
  await expectAllChinese(provider);
  await provider.getByRole("button", { name: "提交" }).click();
  await expect(provider.getByRole("heading", { name: "訂閱", level: 2 })).toBeVisible();
  await expect(provider.getByTestId("subscriptions-table")).toContainText("Teams Audio Conferencing");
  await expectAllChinese(provider);

  // 5. 指派的支援連絡人 on the subscription's page → 提交.
  await provider.getByTestId("subscriptions-table").getByRole("link", { name: "Teams Audio Conferencing" }).click();
  const support = provider.getByTestId("support-contact-form");
  // A searchable combobox, by keyboard: type, ↓ to the match, Enter.
  const box = support.getByRole("combobox", { name: "指派的支援連絡人" });
  await box.fill(stamp);
  const option = provider.getByRole("option", { name: resellerName });
  await expect(option).toBeVisible();
  const target = await option.getAttribute("id");
  for (let i = 0; i < 10 && (await box.getAttribute("aria-activedescendant")) !== target; i++) await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue(resellerName);
  await support.getByRole("button", { name: "提交" }).click();
  await expect(support.getByText("已儲存指派的支援連絡人。")).toBeVisible();
  await expect(provider.getByTestId("subscription-support")).toHaveText(resellerName);
  await expectAllChinese(provider);
  await provider.context().close();
  await reseller.context().close();
});

test("the pages issue 14 added, in zh-TW: Orders (provider and reseller, and their CSV), Users, Outbox, Forgot password and Set password", async ({
  browser,
}) => {
  // Five pages in three roles, an emailed link and two sign-ins: about a minute on a busy machine.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const provider = await zhPage(browser);
  await signInZh(provider, demo.northwind);
  const nav = provider.getByRole("navigation", { name: "主要" });

  // 訂單: filters, kinds, who placed each, one customer's orders, the CSV headers.
  await nav.getByRole("link", { name: "訂單" }).click();
  await expect(provider.getByRole("heading", { name: "訂單", level: 1 })).toBeVisible();
  await expect(provider.getByRole("search", { name: "篩選訂單" })).toBeVisible();
  await expect(provider.getByTestId("order-row").first()).toBeVisible();
  await expectAllChinese(provider);
  await provider.getByLabel("類型").selectOption({ label: "新客戶" });
  await provider.getByRole("button", { name: "套用" }).click();
  await expect(provider.getByTestId("order-kind").first()).toHaveText("新客戶");
  await expectAllChinese(provider);
  await provider.getByTestId("order-row").first().getByRole("link").first().click();
  await expect(provider.getByTestId("customer-filter")).toContainText("的訂單 · 所有客戶");
  await expectAllChinese(provider);
  await provider.getByLabel("開始日期").fill("2001-01-01");
  await provider.getByLabel("結束日期").fill("2001-01-02");
  await provider.getByRole("button", { name: "套用" }).click();
  await expect(provider.getByText("沒有符合這些篩選條件的訂單。")).toBeVisible();
  await expectAllChinese(provider);
  const csv = await provider.evaluate(async () => (await fetch("/provider/orders/export")).text());
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "訂單識別碼,下單時間 (UTC),類型,狀態,客戶識別碼,公司名稱,下單者,間接經銷商,明細",
  );

  // 使用者: add a 支援服務專員 (an emailed link), then reset its password (a 暫時密碼 shown once).
  await nav.getByRole("link", { name: "使用者" }).click();
  await expect(provider.getByRole("heading", { name: "使用者", level: 1 })).toBeVisible();
  await expectAllChinese(provider);
  const add = provider.getByTestId("add-user-form");
  await add.getByRole("button", { name: "新增使用者" }).click();
  await expect(add.getByText("請輸入此人的姓名。")).toBeVisible();
  await expectAllChinese(provider);
  const email = `wang-${stamp}@northwind.example`;
  const since = Date.now();
  await add.getByLabel("姓名").fill("王大明");
  await add.getByLabel("電子郵件").fill(email);
  await add.getByLabel("角色").selectOption({ label: "支援服務專員" });
  await add.getByRole("button", { name: "新增使用者" }).click();
  await expect(add.getByText(`已新增 王大明。我們已將設定密碼的連結寄到 ${email}`)).toBeVisible();
  const row = provider.getByTestId("user-row").filter({ hasText: email });
  await expect(row.getByTestId("user-role")).toHaveText("支援服務專員");
  await expect(row).toContainText("從未登入");
  await expectAllChinese(provider);

  // 設定密碼 from the emailed link, in the reader's language; a used link is refused in words too.
  const link = await emailedLink(email, since);
  const invited = await zhPage(browser);
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: "歡迎使用合作夥伴中心" })).toBeVisible();
  await expectAllChinese(invited);
  await invited.getByLabel("新密碼", { exact: true }).fill("wang-da-ming-2026");
  await invited.getByLabel("確認新密碼").fill("something-else-2026");
  await invited.getByRole("button", { name: "設定密碼並登入" }).click();
  await expect(invited.getByText("兩次輸入的密碼不相符。")).toBeVisible();
  await expectAllChinese(invited);
  await invited.getByLabel("新密碼", { exact: true }).fill("wang-da-ming-2026");
  await invited.getByLabel("確認新密碼").fill("wang-da-ming-2026");
  await invited.getByRole("button", { name: "設定密碼並登入" }).click();
  await expect(invited.getByRole("navigation", { name: "主要" }).getByRole("link", { name: "儀表板" })).toBeVisible();
  await invited.context().clearCookies();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: "此連結無效" })).toBeVisible();
  await expectAllChinese(invited);

  // 忘記密碼？ from the sign-in page: one answer for every address.
  await invited.goto("/sign-in");
  await invited.getByRole("link", { name: "忘記密碼？" }).click();
  await expect(invited.getByRole("heading", { name: "忘記密碼？" })).toBeVisible();
  await expectAllChinese(invited);
  await invited.getByRole("button", { name: "傳送連結" }).click();
  await expect(invited.getByText("請輸入您的電子郵件。")).toBeVisible();
  await invited.getByLabel("電子郵件").fill(email);
  await invited.getByRole("button", { name: "傳送連結" }).click();
  await expect(invited.getByText("如果此地址有對應的帳戶，我們已寄出設定新密碼的連結。", { exact: false })).toBeVisible();
  await expectAllChinese(invited);
  await invited.context().close();

  await provider.reload();
  await row.getByRole("button", { name: "重設密碼" }).click();
  await expect(row.getByTestId("temporary-password-notice")).toContainText("暫時密碼：");
  await expectAllChinese(provider);
  await provider.context().close();

  // The reseller's 訂單; the operator's 寄件匣 (its own words in zh-TW, each message in its recipient's).
  await openMenuEntryZh(browser, demo.adatum, "訂單", (page) => page.getByTestId("order-row").first());
  await openMenuEntryZh(browser, demo.operator, "寄件匣", (page) =>
    page.getByTestId("outbox-row").filter({ hasText: email }).first(),
  );
});

test("language: Accept-Language beats the default, the switcher persists across sign-in, Language / 語言 saves it", async ({
  browser,
  page,
}) => {
  // English browser: English, as every other spec.
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

  // A Chinese browser gets zh-TW without asking.
  const zh = await zhPage(browser);
  await zh.goto("/providers");
  await expect(zh.getByRole("heading", { name: "尋找間接提供者" })).toBeVisible();
  await expectAllChinese(zh);
  await zh.context().close();

  // A new reseller enrols in English, signs out, picks 繁體中文 on the signed-out page, signs in: still zh-TW.
  const stamp = Date.now().toString(36);
  const email = `pat-${stamp}@pacific.example`;
  await page.goto("/enrol");
  await page.getByLabel("Company name").fill(`Pacific Partners ${stamp}`);
  await page.getByLabel("Partner ID").fill(String(Math.floor(1e8 + Math.random() * 8e8)));
  await page.getByLabel("Country/region").selectOption("AU");
  await page.getByLabel("Your name").fill("Pat Pacific");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Enrol" }).click();
  await expect(page).toHaveURL(/\/reseller/);
  await page.getByLabel("User menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("navigation", { name: "Language / 語言" }).getByRole("button", { name: "繁體中文" }).click();
  await expect(page.getByRole("button", { name: "登入" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-TW");
  await page.getByLabel("電子郵件").fill(email);
  await page.getByLabel("密碼").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登入" }).click();
  await expect(page.getByRole("navigation", { name: "主要" }).getByRole("link", { name: "儀表板" })).toBeVisible();

  // The saved preference beats the cookie: Language / 語言 → English, in the user menu, by keyboard.
  await page.getByLabel("使用者功能表").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "English" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
  await page.context().clearCookies({ name: "NEXT_LOCALE" });
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
});
