import { describe, expect, it } from "vitest";
import { countEmoji } from "./emoji-count.ts";

describe("countEmoji", () => {
  it.each([
    ["a single emoji", "Nice 😀", 1],
    ["skin-toned hands, each one emoji", "👋🏽 👍🏿 ✌🏻", 3],
    ["a ZWJ family as one emoji", "👨‍👩‍👧‍👦", 1],
    ["ZWJ professions and the rainbow flag", "🧑🏽‍💻 👩‍⚕️ 🏳️‍🌈 ❤️‍🔥", 4],
    ["a ZWJ sequence missing its U+FE0F", "👩‍⚕", 1],
    ["country flags, each one emoji", "🇪🇸🇫🇷 🇯🇵", 3],
    ["a subdivision flag", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", 1],
    ["keycaps", "1️⃣ #️⃣ *️⃣ 7⃣", 4],
    ["digits, # and * on their own", "Call 555-0100 #3 * 2024 #hashtag", 0],
    ["text-default symbols without U+FE0F", "© ® ™ ↔ ❤ ☝ → é ñ 漢字", 0],
    ["text-default symbols made emoji by U+FE0F", "©️ ❤️ ☀️", 3],
    ["emoji-presentation symbols", "✅ ✨ 🚀🔥", 4],
  ])("counts %s", (_name, text, expected) => {
    expect(countEmoji(text)).toBe(expected);
  });

  it("counts an emoji right after a digit", () => {
    expect(countEmoji("3😀 and 4✨")).toBe(2);
  });

  it("is 0 for the empty text and plain ASCII", () => {
    expect(countEmoji("")).toBe(0);
    expect(countEmoji("Plain text: 1 + 2 = 3!")).toBe(0);
  });
});
