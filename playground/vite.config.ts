import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { manifestSchema } from "../src/kata/manifest.ts";
import { freshTranscript } from "../src/parity/stored-transcript.ts";

// The browser playground (issue #19): `npm run playground` serves it, `npm run build:playground`
// writes a static site to dist/playground that needs no server and no network.
const repo = fileURLToPath(new URL("..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * `#kata/<id>` in a spec becomes a module that re-exports what the learner's code, transpiled
 * and loaded in the worker at run time, exports: the manifest's `api` names each runtime export.
 */
function kataBridge(): Plugin {
  const prefix = "\0kata-bridge:";
  return {
    name: "kata-bridge",
    enforce: "pre",
    resolveId(source) {
      const found = /^#kata\/([a-z0-9-]+)$/.exec(source);
      return found ? `${prefix}${found[1]}` : undefined;
    },
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const kata = id.slice(prefix.length);
      const manifest = manifestSchema.parse(
        JSON.parse(readFileSync(join(repo, "katas", kata, "kata.json"), "utf8")),
      );
      const names = manifest.api.map((name) => `export const ${name} = learner.${name};`);
      return [
        `const learner = globalThis.__kataModules?.[${JSON.stringify(kata)}];`,
        `if (!learner) throw new Error(${JSON.stringify(`#kata/${kata} is not loaded`)});`,
        ...names,
      ].join("\n");
    },
  };
}

const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];
const pyodideDir = join(repo, "node_modules", "pyodide");

/** pyodide's files, served in development and copied into the build: no CDN at run time. */
function pyodideFiles(): Plugin {
  return {
    name: "pyodide-files",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = /^\/pyodide\/([^?]+)/.exec(request.url ?? "")?.[1];
        if (!name || !PYODIDE_FILES.includes(name)) return next();
        const type = name.endsWith(".wasm")
          ? "application/wasm"
          : name.endsWith("js")
            ? "text/javascript"
            : "application/octet-stream";
        response.setHeader("Content-Type", type);
        response.end(readFileSync(join(pyodideDir, name)));
      });
    },
    generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({
          type: "asset",
          fileName: `pyodide/${name}`,
          source: readFileSync(join(pyodideDir, name)),
        });
      }
    },
  };
}

/**
 * `virtual:transcripts`: each kata's stored CPython transcript, only where it is still true
 * (the CLI's own freshness rule), so a verdict need not wait for CPython to load.
 */
function storedTranscripts(): Plugin {
  const id = "virtual:transcripts";
  return {
    name: "stored-transcripts",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(source) {
      if (source !== `\0${id}`) return undefined;
      const katas = readdirSync(join(repo, "katas"));
      const entries = await Promise.all(
        katas.map(async (kata) => {
          const manifest = JSON.parse(
            readFileSync(join(repo, "katas", kata, "kata.json"), "utf8"),
          ) as { python: string };
          const stored = await freshTranscript(repo, `katas/${kata}/${manifest.python}`);
          return stored ? [[kata, { python: stored.python, lines: stored.lines }]] : [];
        }),
      );
      return `export default ${JSON.stringify(Object.fromEntries(entries.flat()))};`;
    },
  };
}

/**
 * `virtual:references`: the reference of every kata another kata builds on (`requires`), for
 * that kata to run on until the learner has passed it, as the CLI does. No other reference is
 * in the build.
 */
function prerequisiteReferences(): Plugin {
  const id = "virtual:references";
  return {
    name: "prerequisite-references",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const required = new Set(
        readdirSync(join(repo, "katas")).flatMap(
          (kata) =>
            manifestSchema.parse(
              JSON.parse(readFileSync(join(repo, "katas", kata, "kata.json"), "utf8")),
            ).requires ?? [],
        ),
      );
      const files = [...required].flatMap((kata) =>
        readdirSync(join(repo, "solutions", kata), { recursive: true, encoding: "utf8" })
          .filter((file) => file.endsWith(".ts") && !file.startsWith("decoys"))
          .map((file) => `solutions/${kata}/${file.replaceAll("\\", "/")}`),
      );
      const entries = files.map(
        (file) =>
          `${JSON.stringify(file)}: () => import(${JSON.stringify(`${join(repo, file)}?raw`)}).then((m) => m.default)`,
      );
      return `export default {\n${entries.join(",\n")}\n};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: "./",
  publicDir: false,
  define: {
    // src/testing reads FC_SEED and the like from the environment: the browser has none.
    "process.env": "{}",
  },
  resolve: {
    alias: [
      { find: /^vitest$/, replacement: resolve(here, "src/spec/vitest.ts") },
      { find: /^monaco-editor$/, replacement: resolve(here, "src/monaco-entry.js") },
      // The editor is the playground's own dependency (playground/package.json), kept out of the
      // repository's install, which every learner makes.
      { find: /^monaco-esm\//, replacement: `${join(here, "node_modules/monaco-editor/esm/vs")}/` },
      // src/render/paint.ts and src/kata/catalog.ts import these for work the playground does otherwise.
      {
        find: /^node:(fs|fs\/promises|os|path|util)$/,
        replacement: resolve(here, "src/node-shim.ts"),
      },
    ],
  },
  plugins: [pyodideFiles(), storedTranscripts(), prerequisiteReferences()],
  worker: { format: "es", plugins: () => [kataBridge()] },
  build: {
    outDir: resolve(repo, "dist/playground"),
    emptyOutDir: true,
    target: "es2023",
    chunkSizeWarningLimit: 10_000,
  },
  server: { fs: { allow: [repo] } },
});
