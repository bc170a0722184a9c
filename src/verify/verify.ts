import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { KataError } from "../errors.ts";
import { findKata, type Kata, kataIds } from "../kata/catalog.ts";
import { isInside } from "../kata/paths.ts";
import { importedKatas } from "../kata/prerequisites.ts";
import { testsOf } from "../kata/report.ts";
import { referenceSize } from "../kata/size.ts";
import { referenceFiles } from "../kata/source-files.ts";
import { LOCALES } from "../kata/vocabulary.ts";
import type { PythonOracle } from "../parity/oracle.ts";
import { exportDrift, exportNames } from "../runner/exports.ts";
import { runSpecs } from "../runner/run-specs.ts";
import type { Target } from "../runner/targets.ts";
import { typecheck } from "../runner/typecheck.ts";
import { LAW_HEADINGS, lawTitles, missingLawTitles } from "./law-titles.ts";
import { judgeStructure } from "./pack-verify.ts";
import { unlinkedPrerequisites } from "./prerequisite-links.ts";
import { sizeProblems } from "./size-check.ts";
import { documentHash, recordedSource, sourceHash } from "./source-hash.ts";
import { transcriptProblems } from "./transcript-check.ts";
import { translatedTitleProblems } from "./translated-titles.ts";
import { translationProblems } from "./translation-check.ts";
import { judge, targetName, type Verdict } from "./verdict.ts";

async function decoysOf(root: string, kata: Kata): Promise<string[]> {
  const entries = await readdir(join(root, kata.files.decoyDir)).catch(() => []);
  return entries
    .filter((f) => f.endsWith(".ts"))
    .map((f) => basename(f, ".ts"))
    .toSorted();
}

function targetsOf(kata: Kata, decoys: readonly string[]): Target[] {
  const base = { kata: kata.id, spec: kata.files.spec };
  return [
    { ...base, name: targetName.reference(kata.id), impl: { kind: "reference" } },
    { ...base, name: targetName.stub(kata.id), impl: { kind: "learner" } },
    ...decoys.map(
      (d): Target => ({
        ...base,
        name: targetName.decoy(kata.id, d),
        impl: { kind: "decoy", file: join(kata.files.decoyDir, `${d}.ts`) },
      }),
    ),
  ];
}

async function drift(root: string, file: string, api: readonly string[]) {
  if (!existsSync(join(root, file))) return { missing: [], extra: [] };
  try {
    return exportDrift(api, await exportNames(root, file));
  } catch (error) {
    return {
      missing: [`anything (it does not load: ${(error as Error).message.split("\n")[0]})`],
      extra: [],
    };
  }
}

/**
 * Proves the kata contract for the given katas (all when `ids` is empty): one vitest run
 * for every reference, stub and decoy, one type check of the references. Returns a verdict
 * per kata; a kata whose manifest is broken gets a failing verdict, the others still run.
 */
export async function verify(root: string, ids: readonly string[]): Promise<Verdict[]> {
  const wanted = ids.length > 0 ? ids : await kataIds(root);
  const loaded = await Promise.all(
    wanted.map(async (id) => {
      try {
        return await findKata(root, id);
      } catch (error) {
        if (error instanceof KataError && ids.length === 0) return { id, error };
        throw error;
      }
    }),
  );
  const katas = loaded.filter((k): k is Kata => "manifest" in k);
  const broken: Verdict[] = loaded
    .filter((k): k is { id: string; error: KataError } => "error" in k)
    .map(({ id, error }) => ({
      id,
      ok: false,
      summary: "manifest broken",
      breaches: [error.message],
    }));

  // A student pack (`kata pack`) ships no references: only its structure can be checked.
  if (!existsSync(join(root, "solutions"))) {
    const structure = katas.map(async (kata) => {
      const { readme, stub, spec, python } = kata.files;
      return judgeStructure({
        kata,
        missingFiles: [readme.en, stub, spec, python].filter((f) => !existsSync(join(root, f))),
        stubExports: await drift(root, stub, kata.manifest.api),
      });
    });
    return [...(await Promise.all(structure)), ...broken];
  }

  const decoys = new Map(
    await Promise.all(katas.map(async (k) => [k.id, await decoysOf(root, k)] as const)),
  );
  const [report, typeErrors] = await Promise.all([
    runSpecs({ root, targets: katas.flatMap((k) => targetsOf(k, decoys.get(k.id) ?? [])) }),
    typecheck(root, "tsconfig.solutions.json"),
  ]);

  // CPython loads once, and only here: learner runs compare with the stored transcripts.
  let oracle: Promise<PythonOracle> | undefined;
  const python = () => {
    oracle ??= import("../parity/oracle.ts").then((o) => o.loadOracle());
    return oracle;
  };
  const verdicts = await Promise.all(
    katas.map(async (kata) => {
      const { files, manifest } = kata;
      const required = [files.readme.en, files.stub, files.spec, files.python, files.reference];
      const readme = await readFile(join(root, files.readme.en), "utf8").catch(() => "");
      const readmeZh = files.readme["zh-CN"];
      // The reference's run lists the spec's tests; when it ran none, the verdict says so already.
      const titles = testsOf(report, targetName.reference(kata.id)).map((t) => t.name);
      const size = referenceSize(await referenceFiles(root, kata));
      return judge({
        kata,
        missingFiles: required.filter((f) => !existsSync(join(root, f))),
        decoys: decoys.get(kata.id) ?? [],
        stubExports: await drift(root, files.stub, manifest.api),
        referenceExports: await drift(root, files.reference, manifest.api),
        typeErrors: typeErrors.filter(
          (e) => isInside(e.file, files.dir) || isInside(e.file, files.solutionDir),
        ),
        report,
        translation: [
          ...translationProblems(
            manifest,
            existsSync(join(root, readmeZh)),
            sourceHash(readme, manifest),
            readmeZh,
          ),
          ...(titles.length === 0 ? [] : translatedTitleProblems(manifest, titles, files.manifest)),
        ],
        transcript: await transcriptProblems(root, kata, python),
        requires: [
          ...(await requiresProblems(root, kata, katas)),
          ...(await readmeProblems(root, kata)),
        ],
        size: { lines: size, problems: sizeProblems(size, files.solutionDir) },
      });
    }),
  );
  return [...verdicts, ...broken, ...(ids.length === 0 ? [await rootReadme(root)] : [])];
}

/**
 * What each README (English, Chinese) must hold: every law's title under "How the spec checks
 * you", and a link to every kata this one builds on.
 */
async function readmeProblems(root: string, kata: Kata): Promise<string[]> {
  const read = (file: string) => readFile(join(root, file), "utf8").catch(() => "");
  const titles = lawTitles(await read(kata.files.spec));
  const problems = await Promise.all(
    LOCALES.map(async (locale) => {
      const file = kata.files.readme[locale];
      const readme = await read(file);
      const heading = LAW_HEADINGS[locale];
      return [
        ...missingLawTitles(titles, readme, heading).map(
          (t) => `${file} does not name the law "${t}" under "${heading}"`,
        ),
        ...unlinkedPrerequisites(kata.manifest.requires ?? [], readme, locale).map(
          (id) => `${file} builds on ${id} but does not link to its README`,
        ),
      ];
    }),
  );
  return problems.flat();
}

/** `requires` names exactly the katas the kata's files import, and each comes earlier. */
async function requiresProblems(
  root: string,
  kata: Kata,
  katas: readonly Kata[],
): Promise<string[]> {
  const files = (await readdir(join(root, kata.files.dir))).filter((f) => f.endsWith(".ts"));
  const texts = await Promise.all(
    files.map((f) => readFile(join(root, kata.files.dir, f), "utf8")),
  );
  const imported = importedKatas(texts, kata.id);
  const declared = (kata.manifest.requires ?? []).toSorted();
  const problems =
    imported.join() === declared.join()
      ? []
      : [
          `kata.json requires [${declared.join(", ")}] but the kata imports [${imported.join(", ")}]`,
        ];
  for (const id of declared) {
    const order = katas.find((k) => k.id === id)?.manifest.order;
    if (order !== undefined && order >= kata.manifest.order)
      problems.push(
        `${id} is required, so it must come before this kata (order ${order} ≥ ${kata.manifest.order})`,
      );
  }
  return problems;
}

/** The root README must have a current Chinese translation too, recorded in the document. */
async function rootReadme(root: string): Promise<Verdict> {
  const english = await readFile(join(root, "README.md"), "utf8").catch(() => "");
  const chinese = await readFile(join(root, "README.zh-CN.md"), "utf8").catch(() => undefined);
  const now = documentHash(english);
  const recorded = chinese === undefined ? undefined : recordedSource(chinese);
  const breaches =
    chinese === undefined
      ? ["README.zh-CN.md is missing"]
      : recorded !== now
        ? [
            `README.zh-CN.md translates English source ${recorded ?? "(none recorded)"}, README.md is now ${now}; update it and its <!-- source: ${now} --> line`,
          ]
        : [];
  return {
    id: "README",
    subject: "document",
    ok: breaches.length === 0,
    summary: "root README in English and Chinese",
    breaches,
  };
}

export { renderVerdicts } from "./render-verdicts.ts";

/** A student pack ships no solutions/: verify then checks structure, not the references. */
export const hasReferences = (root: string): boolean => existsSync(join(root, "solutions"));
