/**
 * Clean-up to run if the process is interrupted (SIGINT, SIGTERM, SIGHUP) while a write is under way: remove
 * temporary files and directories, release locks. Each clean-up is synchronous. After them the signal is raised
 * again with the default handling, so the process ends as an interrupted process does (exit status 128 + n).
 */
const cleanups = new Set<() => void>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of [...cleanups].reverse()) cleanup();
  cleanups.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Registers a clean-up to run on an interrupting signal; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
