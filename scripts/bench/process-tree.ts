/**
 * Runs a command and measures it the way a person waiting for it would: wall time, and the peak
 * resident memory of the whole process tree (Astro's Node process plus whatever it spawns, such as
 * Pagefind's binary), sampled from Linux's /proc every 50 ms. Elsewhere memory reads as undefined.
 *
 * It also adds up the CPU time the tree used. On a shared machine wall time grows with everyone
 * else's load; CPU time barely does, so it is the fairer figure to compare two builds by.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface RunResult {
  exitCode: number;
  wallSeconds: number;
  /** Highest sum of VmRSS over the tree seen by any sample, in bytes; undefined without /proc. */
  peakRssBytes: number | undefined;
  /** User plus system CPU seconds of every process seen in the tree; undefined without /proc. */
  cpuSeconds: number | undefined;
  stdout: string;
  stderr: string;
}

/** The `VmRSS:` line of /proc/<pid>/status, in bytes (0 when the process has gone). */
export function rssFromStatus(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Clock ticks per second of /proc's CPU times: 100 on every Linux the project runs on. */
const TICKS_PER_SECOND = 100;

/**
 * User plus system CPU ticks from a /proc/<pid>/stat line (fields 14 and 15). The command name in
 * field 2 may hold spaces and parentheses, so fields are counted from its closing parenthesis.
 */
export function cpuTicksFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The pid and all its descendants, found through each thread's `children` file. */
function processTree(root: number): number[] {
  const seen = [root];
  for (let index = 0; index < seen.length; index++) {
    const pid = seen[index] as number;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of readOrEmpty(`/proc/${pid}/task/${task}/children`).split(/\s+/).filter(Boolean)) {
        seen.push(Number(child));
      }
    }
  }
  return seen;
}

/** One sample of the tree: its total RSS now, and each process's CPU ticks so far. */
function sampleTree(root: number, cpuTicks: Map<number, number>): number {
  let rss = 0;
  for (const pid of processTree(root)) {
    rss += rssFromStatus(readOrEmpty(`/proc/${pid}/status`));
    const ticks = cpuTicksFromStat(readOrEmpty(`/proc/${pid}/stat`));
    if (ticks > 0) cpuTicks.set(pid, ticks);
  }
  return rss;
}

/** Runs `command args` to completion, sampling memory; output is kept for error messages. */
export function measureRun(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {},
): Promise<RunResult> {
  const canSample = existsSync('/proc/self/status');
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  let peak = 0;
  const cpuTicks = new Map<number, number>();
  const sampler = canSample
    ? setInterval(() => {
        if (child.pid !== undefined) peak = Math.max(peak, sampleTree(child.pid, cpuTicks));
      }, 50)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({
        exitCode: code ?? 1,
        wallSeconds: (performance.now() - started) / 1000,
        peakRssBytes: canSample ? peak : undefined,
        cpuSeconds: canSample
          ? [...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND
          : undefined,
        stdout,
        stderr,
      });
    });
  });
}
