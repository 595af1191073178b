import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Partner Hub",
  description: "The portal for indirect providers and indirect resellers of the Cloud Solution Provider program.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
