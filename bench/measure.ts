// Runs `task` `runs` times after one warm-up and prints median and 95th percentile.
export async function measure(label: string, runs: number, task: () => Promise<unknown>): Promise<void> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(`${label.padEnd(44)} median ${at(0.5).toFixed(1).padStart(8)} ms   p95 ${at(0.95).toFixed(1).padStart(8)} ms   (${runs} runs)`);
}
