// The page's guarantee that stored text is never parsed as markup rests on one habit: text goes in as text nodes.
// This keeps every way of parsing a string into HTML or code out of the client files.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = import.meta.dirname;
const files = readdirSync(DIR, { recursive: true, encoding: "utf8" }).filter((name) => /\.(js|html|css|svg)$/.test(name));

describe("dashboard client files", () => {
  it("exist", () => {
    expect(files).toEqual(expect.arrayContaining(["index.html", "app.js", "dom.js", "style.css"]));
  });

  for (const name of files) {
    it(`${name} never parses strings as HTML or code, and has no inline script or style`, () => {
      const text = readFileSync(join(DIR, name), "utf8");
      for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute(\"on", "javascript:", "srcdoc", "DOMParser", "createContextualFragment"]) {
        expect(text.includes(sink), `${name} contains ${sink}`).toBe(false);
      }
      if (/\.(html|svg)$/.test(name)) {
        expect(text).not.toMatch(/<script(?![^>]*\ssrc=)/);
        expect(text).not.toMatch(/<style|\sstyle=|\son\w+=/);
      }
    });
  }
});
