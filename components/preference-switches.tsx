import { getI18n } from "@/lib/i18n/request-preferences";
import type { MessageKey } from "@/lib/i18n/messages";
import { PREFERENCE_COOKIES } from "@/lib/i18n/preferences";

type Switch = { name: keyof typeof PREFERENCE_COOKIES; value: string; label: string; current: boolean; lang?: string };

/**
 * Language, calendar and digit switches as plain forms: they work without
 * client JavaScript, and the server renders the chosen form on the next page.
 */
export async function PreferenceSwitches() {
  const { prefs, t } = await getI18n();
  const label = (key: MessageKey) => t(key);
  const switches: Switch[] = [
    { name: "locale", value: prefs.locale === "ar" ? "en" : "ar", label: t("prefs.switchToOther"), current: false, lang: prefs.locale === "ar" ? "en" : "ar" },
    { name: "calendar", value: "gregory", label: label("prefs.gregory"), current: prefs.calendar === "gregory" },
    { name: "calendar", value: "islamic-umalqura", label: label("prefs.hijri"), current: prefs.calendar === "islamic-umalqura" },
    { name: "digits", value: "latn", label: label("prefs.latn"), current: prefs.digits === "latn" },
    { name: "digits", value: "arab", label: label("prefs.arab"), current: prefs.digits === "arab" },
  ];
  return (
    <form action="/preferences" method="post" className="flex flex-wrap items-center gap-1 text-sm">
      {switches.map((item) => (
        <button
          key={`${item.name}-${item.value}`}
          type="submit"
          name={item.name}
          value={item.value}
          lang={item.lang}
          aria-pressed={item.name === "locale" ? undefined : item.current}
          className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold"
        >
          {item.label}
        </button>
      ))}
    </form>
  );
}
