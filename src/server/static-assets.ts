// The page itself: the files under client/ (HTML, CSS, JavaScript modules and the icon), read once at startup and served
// from memory by exact path. Nothing else on disk is reachable. The page names every module for preloading, so the
// browser asks for them all at once instead of one level of imports after another.

import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface Asset {
  contentType: string;
  body: Buffer;
}

const CLIENT_DIR = fileURLToPath(new URL("./client/", import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** URL path -> asset; "/" is index.html. */
export function loadAssets(dir: string = CLIENT_DIR): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const contentType = CONTENT_TYPES[extname(entry.name)];
    if (!entry.isFile() || contentType === undefined) continue;
    const path = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(dir, path).split(sep).join("/")}`;
    assets.set(urlPath === "/index.html" ? "/" : urlPath, { contentType, body: readFileSync(path) });
  }
  const page = assets.get("/");
  if (page) assets.set("/", { ...page, body: Buffer.from(withModulePreloads(page.body.toString("utf8"), [...assets.keys()].filter((path) => path.endsWith(".js")).sort())) });
  return assets;
}

/** The page with a modulepreload link per module just before its first script. */
export function withModulePreloads(html: string, modules: readonly string[]): string {
  const at = html.indexOf("<script");
  if (at < 0) return html;
  return `${html.slice(0, at)}${modules.map((path) => `<link rel="modulepreload" href="${path}">\n`).join("")}${html.slice(at)}`;
}
