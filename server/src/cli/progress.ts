/** A progress bar on stderr when it is a terminal, one line per step otherwise (logs, CI). */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let last = -1;
  return {
    tick(done: number, note = '') {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (tty) {
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
        process.stderr.write(`\r${label} [${bar}] ${done}/${total} ${note}`.padEnd(100));
        if (done >= total) process.stderr.write('\n');
      } else if (pct !== last && (pct % 10 === 0 || done >= total)) {
        process.stderr.write(`${label}: ${done}/${total} (${pct}%) ${note}\n`);
      }
      last = pct;
    },
  };
}
