import { readdir, readFile } from "node:fs/promises";

/** A Neo4j thread's kind, from its name: numbered threads of one pool are one kind. */
export function threadKind(comm: string): string {
  if (/^C[12] CompilerThre/.test(comm)) return "JIT compiler";
  if (/^(GC Thread|G1 |VM Thread|VM Periodic)/.test(comm)) return "GC and VM";
  return comm.replace(/[-#]?\d+$/, "").replace(/\d+$/, "") || comm;
}

/**
 * A process's CPU time in ms per thread kind (from /proc/PID/task: user + system, USER_HZ 100),
 * the figure the ingest benches compare builds by.
 */
export async function threadsMs(pid: string): Promise<Map<string, number>> {
  const byKind = new Map<string, number>();
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    try {
      const comm = (await readFile(`/proc/${pid}/task/${tid}/comm`, "utf8")).trim();
      const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      const kind = threadKind(comm);
      byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
    } catch {
      // the thread ended meanwhile
    }
  }
  return byKind;
}
