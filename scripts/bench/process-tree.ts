/**
 * Runs a command and measures it the way a person waiting for it would: wall time, and the peak
 * resident memory of the whole process tree (Astro's Node process plus whatever it spawns, such as
 * Pagefind's binary), sampled from Linux's /proc every 50 ms. Elsewhere memory reads as undefined.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface RunResult {
  exitCode: number;
  wallSeconds: number;
  /** Highest sum of VmRSS over the tree seen by any sample, in bytes; undefined without /proc. */
  peakRssBytes: number | undefined;
  stdout: string;
  stderr: string;
}

/** The `VmRSS:` line of /proc/<pid>/status, in bytes (0 when the process has gone). */
export function rssFromStatus(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
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

const treeRss = (root: number) =>
  processTree(root).reduce((sum, pid) => sum + rssFromStatus(readOrEmpty(`/proc/${pid}/status`)), 0);

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
  const sampler = canSample
    ? setInterval(() => {
        if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
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
        stdout,
        stderr,
      });
    });
  });
}
