// Modules loaded from blob URLs cannot resolve `#kata/<id>`, `./internal/x.js` or a package
// name: each import is pointed at the blob URL of the module it names, linked the same way.
// One Linker is one copy of the module graph (a second Linker evaluates every module afresh).

const blobOf = (code: string) => URL.createObjectURL(new Blob([code], { type: "text/javascript" }));

// The packages a kata's code may import by name: this worker's copies, re-exported.
const packages: Record<string, () => Promise<Record<string, unknown>>> = {
  "ts-pattern": () => import("ts-pattern"),
};
const host = globalThis as { __kataPackages?: Record<string, Record<string, unknown>> };

async function packageUrl(name: string): Promise<string> {
  const load = packages[name];
  if (!load)
    throw new Error(
      `Cannot find package '${name}': the playground has ${Object.keys(packages).join(", ")}`,
    );
  const module = await load();
  host.__kataPackages = { ...host.__kataPackages, [name]: module };
  const names = Object.keys(module).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
  return blobOf(
    [
      `const m = globalThis.__kataPackages[${JSON.stringify(name)}];`,
      ...names.map((key) => `export const ${key} = m.${key};`),
    ].join("\n"),
  );
}

/** `dir` joined with a relative specifier, `.` and `..` resolved: ("a/b", "../c.js") → "a/c.js". */
export function resolvePath(dir: string, specifier: string): string {
  const parts = dir.split("/").filter(Boolean);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

// TypeScript keeps the quotes the source used.
const IMPORT = /\b(from|import)(\s*)(["'])([^"']+)\3/g;

export class Linker {
  readonly #urls = new Map<string, Promise<string>>();

  constructor(
    private readonly modules: Readonly<Record<string, string>>,
    private readonly kataPaths: Readonly<Record<string, string>>,
  ) {}

  /** The blob URL of the module at `path`, its imports linked. */
  url(path: string): Promise<string> {
    let url = this.#urls.get(path);
    if (!url) {
      url = this.#link(path);
      this.#urls.set(path, url);
    }
    return url;
  }

  async #target(from: string, specifier: string): Promise<string> {
    const kata = /^#kata\/([a-z0-9-]+)$/.exec(specifier)?.[1];
    if (kata) {
      const path = this.kataPaths[kata];
      if (!path) throw new Error(`Cannot find module '${specifier}' imported by ${from}`);
      return this.url(path);
    }
    if (specifier.startsWith(".")) {
      const dir = from.split("/").slice(0, -1).join("/");
      return this.url(resolvePath(dir, specifier).replace(/\.js$/, ".ts"));
    }
    return packageUrl(specifier);
  }

  async #link(path: string): Promise<string> {
    const code = this.modules[path];
    if (code === undefined) throw new Error(`Cannot find module '${path}'`);
    const specifiers = new Set([...code.matchAll(IMPORT)].map((m) => m[4] ?? ""));
    const targets = new Map<string, string>();
    for (const specifier of specifiers) targets.set(specifier, await this.#target(path, specifier));
    return blobOf(
      code.replace(IMPORT, (whole, keyword: string, space: string, _quote, specifier: string) => {
        const target = targets.get(specifier);
        return target ? `${keyword}${space}${JSON.stringify(target)}` : whole;
      }),
    );
  }
}
