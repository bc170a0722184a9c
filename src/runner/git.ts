import { execFile } from "node:child_process";

/** A file's content as committed at `ref`, or undefined when git or the file is not there. */
export function committedFile(
  root: string,
  ref: string,
  file: string,
): Promise<string | undefined> {
  return new Promise((done) => {
    execFile(
      "git",
      ["show", `${ref}:${file}`],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => done(error ? undefined : stdout),
    );
  });
}
