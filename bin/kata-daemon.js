// The `kata test` daemon's entry, started in the background by bin/kata-client.js:
// `node bin/kata-daemon.js <root>`, its output appended to <root>/.kata/daemon.log.
import { register } from "tsx/esm/api";

register();
const { serve } = await import("../src/cli/daemon.ts");
await serve(process.argv[2] ?? process.cwd());
