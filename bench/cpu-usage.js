// @ts-check
/**
 * Preloaded (`node --import ./bench/cpu-usage.js ...`) into a child the suite benchmark times: at
 * exit it prints the process's CPU time, all threads included, as one line on stderr:
 * `ENIC_BENCH_CPU {"userMs":N,"systemMs":N}`. Wall time minus CPU time is time spent waiting.
 */
process.once("exit", () => {
  const usage = process.cpuUsage();
  process.stderr.write(
    `ENIC_BENCH_CPU ${JSON.stringify({ userMs: usage.user / 1000, systemMs: usage.system / 1000 })}\n`,
  );
});
