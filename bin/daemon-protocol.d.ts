// Types of bin/daemon-protocol.js, for the daemon's TypeScript and the unit tests.
import type { Stats } from "node:fs";

export declare const PROTOCOL: number;
export declare const SWITCH: string;
export declare const IDLE_SECONDS_DEFAULT: number;
export declare const IDLE_SWITCH: string;
export declare const DEFAULT_ON: boolean;
export declare const MAX_MESSAGE: number;

export interface DaemonRequest {
  readonly root: string;
  readonly cwd: string;
  /** The client's `process.version`. */
  readonly node: string;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export interface OutputChunk {
  readonly fd: 1 | 2;
  readonly text: string;
}

export type DaemonAnswer =
  | { readonly kind: "refused"; readonly pid: number; readonly reason: string }
  | {
      readonly kind: "done";
      readonly pid: number;
      readonly exitCode: number;
      readonly output: readonly OutputChunk[];
    };

export interface SocketHost {
  readonly root: string;
  readonly platform: string;
  readonly tmpdir: string;
  readonly uid: number;
  readonly user: string;
  readonly runtimeDir?: string | undefined;
}

export declare function wanted(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean;
export declare function socketPlace(host: SocketHost): {
  readonly dir: string | undefined;
  readonly path: string;
};
export declare function privateFolder(stat: Stats, uid: number): boolean;
export declare function encode(message: DaemonRequest | DaemonAnswer): string;
export declare function decodeRequest(line: string): DaemonRequest | undefined;
export declare function decodeAnswer(line: string): DaemonAnswer | undefined;
