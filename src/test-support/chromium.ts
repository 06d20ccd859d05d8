// Debian's Chromium driven by playwright-core, as the browser tests and the dashboard bench launch it (installed by
// .ci/run), and a page's trouble collected: dialogs (script that ran) and page errors.

import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface PageTrouble {
  /** Messages of dialogs the page opened (alert, confirm...): each one is script that should not have run. */
  dialogs: string[];
  errors: string[];
}

/**
 * How long a page action or wait may take before it counts as a hang. Playwright's 30 s default was hit on a machine
 * loaded ten times over (the dashboard's compare starts a worker thread); like vitest's own timeouts, this one only
 * catches a hang and bounds no duration.
 */
const PAGE_TIMEOUT_MS = 300_000;

/** Dismisses and records every dialog, records uncaught page errors, and waits as long as a loaded machine needs. */
export function watchPage(page: Page): PageTrouble {
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const trouble: PageTrouble = { dialogs: [], errors: [] };
  page.on("dialog", (dialog) => {
    trouble.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => trouble.errors.push(error.message));
  return trouble;
}
