// Preloaded into a measured process (node --require): reports its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nRAPPORT_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
