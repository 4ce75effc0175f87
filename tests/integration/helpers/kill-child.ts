import { spawn } from 'node:child_process';

/** When a kill test's SIGKILL lands. */
export interface KillTiming {
  /** How often the kill comes before the child's first line (start-up, unlock), within `earlyWithinMs` of its start. */
  readonly earlyChance: number;
  readonly earlyWithinMs: number;
  /** Otherwise the kill comes within this long of the child's first line: mid-write, most often. */
  readonly afterFirstLineMs: number;
  /** A child silent this long is killed, so the test fails on what it finds instead of hanging. */
  readonly stuckMs?: number;
}

export interface KillRun {
  readonly script: string;
  readonly args: readonly string[];
  /** Named in the error when the child exits on its own. */
  readonly name: string;
  readonly timing: KillTiming;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Starts a kill test's child (a script that writes in a loop and prints a line per step it has
 * finished), kills it with SIGKILL at a random moment, and returns the whole lines it printed and
 * its stderr. A child that exits on its own fails the test: it was meant to be killed.
 */
export function runAndKill(run: KillRun): Promise<{ lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [run.script, ...run.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(run.env ? { env: run.env } : {}),
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const { earlyChance, earlyWithinMs, afterFirstLineMs, stuckMs } = run.timing;
    if (Math.random() < earlyChance) timer = setTimeout(kill, Math.random() * earlyWithinMs);
    const stuck = stuckMs === undefined ? undefined : setTimeout(kill, stuckMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      clearTimeout(stuck);
      timer ??= setTimeout(kill, Math.random() * afterFirstLineMs);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(stuck);
      if (signal !== 'SIGKILL') reject(new Error(`${run.name} exited on its own (code ${String(code)}): ${stderr}`));
      else resolve({ lines, stderr });
    });
  });
}

/** A child's lines as `[event, id]` pairs ("saved case-1"), lines without both left out. */
export function eventsOf(lines: readonly string[]): [string, string][] {
  return lines.flatMap((line): [string, string][] => {
    const [event, id] = line.split(' ');
    return event && id ? [[event, id]] : [];
  });
}
