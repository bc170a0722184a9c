// Types of bin/kata-client.js, for the daemon (src/cli/daemon.ts) and the tests.
export declare function placeOf(root: string): {
  readonly dir: string | undefined;
  readonly path: string;
};
