// Preloaded (node --import) into a CLI process under test: on the first SIGTERM it blocks JavaScript for a minute,
// as summarising a huge run once did, so only a second signal that needs no JavaScript can end the process in time.
process.once("SIGTERM", () => {
  setImmediate(() => {
    const until = Date.now() + 60_000;
    while (Date.now() < until);
  });
});
