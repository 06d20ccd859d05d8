import { describe, expect, it } from "vitest";
import { collect } from "../core/collect.ts";
import { secretScrubber } from "../core/scrub-secrets.ts";
import { openRunStore } from "./open-store.ts";
import { scrubbingStore } from "./scrubbing-store.ts";
import { attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRequest, fixtureRun, requestWrite, sampleWrite } from "./storage-fixtures.ts";

const KEY = "sk-planted-0123456789abcdefghijklmnop";

describe("scrubbingStore", () => {
  it("writes no key: answers, error messages, explanations, requests, the cache, probes, verdicts and ratings are scrubbed; reads pass through", async () => {
    const raw = await openRunStore(":memory:");
    const store = scrubbingStore(raw, secretScrubber([KEY]));
    await store.createRun(fixtureRun("r1", ["t1"], 1));
    const key = { targetId: "t1", taskId: "riddles", itemId: "item-0000", trial: 0 };
    const failed = { ...fixtureAttempt(key, 1, true), errorMessage: `401: invalid key ${KEY}` };
    const outcome = fixtureOutcome(key, 2);
    const echoed = {
      ...outcome,
      result: { ...outcome.result!, text: `You sent Authorization: Bearer ${KEY}` },
      scores: [{ ...outcome.scores[0]!, explanation: `the answer quotes ${KEY}` }],
    };
    const final = { ...fixtureAttempt(key, 2), responseText: `You sent Authorization: Bearer ${KEY}` };
    const request = { ...fixtureRequest("judge", "t1", "h1"), responseText: `x-api-key: ${KEY}` };
    const cached = { kind: "cached-response" as const, key: "c1", provider: "simulator", model: "m", result: echoed.result, createdAt: 1 };
    await store.writeBatch([attemptWrite("r1", failed), sampleWrite("r1", echoed, final), requestWrite("r1", request), cached]);

    const [sample] = await collect(raw.samples("r1"));
    expect(sample!.result!.text).toBe("You sent Authorization: Bearer [redacted]");
    expect(sample!.scores[0]!.explanation).toBe("the answer quotes [redacted]");
    const attempts = await raw.attemptsFor("r1", key);
    expect(attempts.map((a) => a.errorMessage ?? a.responseText)).toEqual(["401: invalid key [redacted]", "You sent Authorization: Bearer [redacted]"]);
    expect((await raw.cachedResponse("c1"))?.text).toBe("You sent Authorization: Bearer [redacted]");
    expect(JSON.stringify(await raw.recordedAnswer("r1", "h1"))).not.toContain(KEY);
    const claim = { id: "c1", subject: { model: "m" }, kind: "untestable" as const, statement: "no key", comparison: ">=" as const };
    await store.saveVerdicts({ runId: "r1", claimSet: "s", simulated: true, computedAt: 1, verdicts: [{ claim, status: "not-tested", evidence: `the host said ${KEY}`, simulated: true }] });
    expect((await raw.listVerdicts("r1"))[0]!.verdicts[0]!.evidence).toBe("the host said [redacted]");
    await store.savePairwiseRatings({ runId: "r1", taskId: "riddles", simulated: true, computedAt: 1, judges: [], agreements: [{ first: KEY, second: "j", kappa: { name: "k", value: null, n: 0 } }] });
    expect(JSON.stringify(await raw.listPairwiseRatings("r1"))).not.toContain(KEY);
    expect((await store.getRun("r1"))?.id).toBe("r1");
    await store.close();
  });
});
