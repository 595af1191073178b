/**
 * Which language a request gets (issue 13): the saved preference beats the switcher's cookie, which beats
 * Accept-Language, which beats English; Language / 語言 saves it through the action wrapper; sign-in keeps
 * the language chosen while signed out; action messages come back in the viewer's language.
 */
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { afterEach, describe, expect, it } from "vitest";
import { signIn } from "@/lib/actions/account";
import * as s from "@/db/schema";
import { setLanguage } from "@/lib/actions/account";
import { saveCustomerDetails } from "@/lib/actions/customer-wizard";
import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { viewerOf } from "@/lib/viewer";
import { actAs, activityFor, form, makePartner, testDb, TEST_PASSWORD } from "../support/db";
import { expectRedirect } from "../support/next";

afterEach(async () => {
  // The run shares one cookie jar: leave no language behind for the next file.
  (await cookies()).delete(LOCALE_COOKIE);
  actAs(null);
});

describe("language of a request", () => {
  it("saved preference, then the switcher's cookie, then Accept-Language, then English", () => {
    expect(chooseLocale("zh-TW", "en", "en-US")).toBe("zh-TW");
    expect(chooseLocale("en", "zh-TW", "zh-TW")).toBe("en");
    expect(chooseLocale(null, "zh-TW", "en-US")).toBe("zh-TW");
    expect(chooseLocale(null, undefined, "zh-TW,zh;q=0.9")).toBe("zh-TW");
    expect(chooseLocale(null, "fr", "de-DE, fr")).toBe("en");
    expect(chooseLocale(undefined, undefined, undefined)).toBe("en");
  });

  it("Language / 語言 saves the choice on the user, logged; the viewer carries it; an unknown language is refused", async () => {
    const p = await makePartner("indirect_provider");
    actAs(p.viewer);
    expect(await setLanguage(undefined, form({ locale: "zh-TW" }))).toMatchObject({ status: "success", message: "已儲存語言。" });
    const [row] = await (await testDb()).select().from(s.users).where(eq(s.users.id, p.user.id));
    expect(row!.locale).toBe("zh-TW");
    expect(viewerOf(row!, "x").locale).toBe("zh-TW");
    expect((await cookies()).get(LOCALE_COOKIE)?.value).toBe("zh-TW");
    expect((await activityFor(p.user.id)).some((a) => a.action === "user.set_language")).toBe(true);
    expect(await setLanguage(undefined, form({ locale: "fr" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { locale: ["請選擇語言。"] },
    });
  });

  it("action messages, field errors included, are in the viewer's language", async () => {
    const p = await makePartner("indirect_provider");
    actAs({ ...p.viewer, locale: "zh-TW" });
    const state = await saveCustomerDetails(
      undefined,
      form({ companyName: "!", domain: "-bad-", country: "XX", contactEmail: "nope" }),
    );
    expect(state.message).toBe("請修正標示的欄位。");
    expect(state.fieldErrors?.companyName).toEqual(["公司名稱必須超過一個字元，且不可只有標點符號。"]);
    expect(state.fieldErrors?.city).toEqual(["請輸入城市。"]);
    actAs(p.viewer);
    const english = await saveCustomerDetails(undefined, form({ companyName: "!" }));
    expect(english.fieldErrors?.companyName).toEqual([
      "The company name must be more than one character and not only punctuation.",
    ]);
  });

  it("sign-in keeps the language chosen on the signed-out pages, unless the user saved one", async () => {
    const fresh = await makePartner("indirect_provider");
    (await cookies()).set(LOCALE_COOKIE, "zh-TW");
    await expectRedirect(signIn(undefined, form({ email: fresh.user.email, password: TEST_PASSWORD })));
    const db = await testDb();
    expect((await db.select().from(s.users).where(eq(s.users.id, fresh.user.id)))[0]!.locale).toBe("zh-TW");

    const decided = await makePartner("indirect_provider");
    await db.update(s.users).set({ locale: "en" }).where(eq(s.users.id, decided.user.id));
    await expectRedirect(signIn(undefined, form({ email: decided.user.email, password: TEST_PASSWORD })));
    expect((await db.select().from(s.users).where(eq(s.users.id, decided.user.id)))[0]!.locale).toBe("en");
  });
});
