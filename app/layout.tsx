import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getI18n } from "@/lib/i18n/request-preferences";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.tagline"),
    metadataBase: new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000"),
    alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: t("reader.feeds.latest") }] } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f5a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { prefs, t, dir } = await getI18n();
  return (
    <html lang={prefs.locale} dir={dir}>
      <body>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
          {t("nav.skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-4xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
