import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/languages/features/typescript/ts.worker?worker";
import type { TypeDiagnostic } from "../../src/kata/outcome.ts";
import type { Prerequisites } from "./prerequisites.ts";

// The editor is Monaco: TypeScript's own language service runs in its worker (completion, type
// errors as you type), and the same worker emits the JavaScript that the spec worker runs, so
// the playground ships one TypeScript, not two.
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id, label) =>
    label === "typescript" || label === "javascript" ? new TsWorker() : new EditorWorker(),
};

const ts = monaco.typescript;
// The repository's tsconfig.json, as far as a browser worker goes: strict, with its extra checks.
// The code runs in a Web Worker, so its globals (console, setTimeout) are a worker's, not Node's.
const baseOptions: monaco.typescript.CompilerOptions = {
  // ES2022: the enum stops at ES2020 but the worker's TypeScript knows the number.
  target: 9 as monaco.typescript.ScriptTarget,
  module: ts.ModuleKind.ESNext,
  // The worker reads lib files by file name; tsconfig's short names are not converted here.
  // esnext.disposable: Disposable and Symbol.dispose, which @types/node gives the CLI's check.
  lib: ["lib.es2023.d.ts", "lib.webworker.d.ts", "lib.esnext.disposable.d.ts"],
  // node_modules/<package>/package.json's "types", for the packages a kata may import.
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  // References import their own files as `./internal/x.ts`; the emitted code says `.js`.
  rewriteRelativeImportExtensions: true,
};
ts.typescriptDefaults.setCompilerOptions(baseOptions);
ts.typescriptDefaults.setEagerModelSync(true);

// The types of the packages a learner's code may import (the spec worker has them at run time).
const packageTypes = import.meta.glob<string>(
  ["../../node_modules/ts-pattern/package.json", "../../node_modules/ts-pattern/dist/**/*.d.ts"],
  { query: "?raw", import: "default" },
);
let typesLoaded: Promise<void> | undefined;

/** Gives TypeScript's worker the packages' types, once. */
export function loadPackageTypes(): Promise<void> {
  typesLoaded ??= Promise.all(
    Object.entries(packageTypes).map(async ([path, load]) => {
      ts.typescriptDefaults.addExtraLib(await load(), `file:///${path.replace("../../", "")}`);
    }),
  ).then(() => undefined);
  return typesLoaded;
}

/**
 * Puts the files a kata builds on in TypeScript's view, and points each `#kata/<id>` at the one
 * that answers it (its reference, or the learner's own code once passed).
 */
export function setPrerequisites(prerequisites: Prerequisites): void {
  for (const [path, code] of Object.entries(prerequisites.files)) {
    const uri = monaco.Uri.parse(`file:///${path}`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(code, "typescript", uri);
    if (model.getValue() !== code) model.setValue(code);
  }
  const paths = Object.fromEntries(
    Object.entries(prerequisites.kataPaths).map(([id, path]) => [`#kata/${id}`, [path]]),
  );
  const options = { ...baseOptions, baseUrl: "file:///", paths };
  // New options restart TypeScript's worker (a second or two): only when they change.
  if (JSON.stringify(options) !== JSON.stringify(ts.typescriptDefaults.getCompilerOptions()))
    ts.typescriptDefaults.setCompilerOptions(options);
}

/** Each file as JavaScript, by path: the kata's own and those it builds on. */
export async function emittedFiles(paths: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    paths.map(async (path) => {
      const model = monaco.editor.getModel(monaco.Uri.parse(`file:///${path}`));
      if (!model) throw new Error(`${path} is not open`);
      return [path, await emitted(model)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The file the learner edits, named as the CLI names it: katas/<id>/<id>.ts. */
export const learnerFile = (kata: string) => `katas/${kata}/${kata}.ts`;
const uriOf = (kata: string) => monaco.Uri.parse(`file:///${learnerFile(kata)}`);

export function createEditor(host: HTMLElement): monaco.editor.IStandaloneCodeEditor {
  return monaco.editor.create(host, {
    language: "typescript",
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
  });
}

/** Shows kata `kata`'s file with `code`, in a model of its own that keeps its file name. */
export function openKata(
  editor: monaco.editor.IStandaloneCodeEditor,
  kata: string,
  code: string,
): monaco.editor.ITextModel {
  const uri = uriOf(kata);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(code, "typescript", uri);
  if (model.getValue() !== code) model.setValue(code);
  editor.setModel(model);
  return model;
}

type Chain = { messageText: string; next?: Chain[] };
const flatten = (text: string | Chain, indent = ""): string =>
  typeof text === "string"
    ? text
    : [
        `${indent}${text.messageText}`,
        ...(text.next ?? []).map((n) => flatten(n, `${indent}  `)),
      ].join("\n");

async function worker(model: monaco.editor.ITextModel) {
  const get = await ts.getTypeScriptWorker();
  return get(model.uri);
}

/** TypeScript's errors in the learner's file, in the CLI's form (`TS2322`, 1-based line and column). */
export async function typeErrors(
  kata: string,
  model: monaco.editor.ITextModel,
): Promise<TypeDiagnostic[]> {
  const service = await worker(model);
  const name = model.uri.toString();
  const found = [
    ...(await service.getSyntacticDiagnostics(name)),
    ...(await service.getSemanticDiagnostics(name)),
  ];
  return found
    .filter((d) => d.category === 1)
    .map((d) => {
      const at = model.getPositionAt(d.start ?? 0);
      return {
        file: learnerFile(kata),
        line: at.lineNumber,
        column: at.column,
        code: `TS${d.code}`,
        message: flatten(d.messageText as string | Chain),
      };
    });
}

/** The learner's file as JavaScript, emitted by the same TypeScript worker. */
export async function emitted(model: monaco.editor.ITextModel): Promise<string> {
  const service = await worker(model);
  const output = await service.getEmitOutput(model.uri.toString());
  const js = output.outputFiles.find((f) => f.name.endsWith(".js"));
  if (!js) throw new Error("TypeScript emitted no JavaScript");
  return js.text;
}

/** Calls `save` on Ctrl+S (Cmd+S on a Mac): the playground's "run on save". */
export function onSave(editor: monaco.editor.IStandaloneCodeEditor, save: () => void): void {
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, save);
}
