// Mistake: `tail -f` by descriptor, never by name. It keeps reading the inode it opened, so
// after logrotate moves the log away it follows the old file forever and never sees the new one.
export * from "../tail.ts";

import { type Chunk, type FileSystem, type FollowOptions, follow as reference } from "../tail.ts";

export async function* follow(
  fs: FileSystem,
  name: string,
  options: FollowOptions,
): AsyncGenerator<Chunk, void, undefined> {
  // The name is looked up once: every later look-up finds the file it named then.
  const file = fs.open(name);
  yield* reference({ open: () => file }, name, options);
}
