export function run(
  cmd: string,
  args: string[],
  options?: { env?: Record<string, string>; cwd?: string; inherit?: boolean },
): Promise<string>;
export function waitForHttp(url: string, timeoutMs?: number): Promise<void>;
