import { readdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { findKata, type Kata, loadCatalog } from "../kata/catalog.ts";
import { importedKatas } from "../kata/prerequisites.ts";
import { classify, type GradedKata } from "./classify.ts";
import { GradingInterruptedError } from "./errors.ts";
import type { ChildKata } from "./grade-protocol.ts";
import { ParseChecker } from "./parse-check.ts";
import { stepPoints } from "./points.ts";
import type { ClassReport, StudentGrade } from "./report.ts";
import { GradingWorker, runAll } from "./run-grader.ts";
import { sandboxArgs } from "./sandbox-args.ts";
import { findSubmission, findSubmissions, type Submission } from "./submissions.ts";
import { createWorkspace, type Stage, stageStudent, type Workspace } from "./workspace.ts";

/** How far grading has got, after each student: for a progress line on a terminal. */
export interface GradeProgress {
  readonly done: number;
  readonly total: number;
  /** Students with at least one kata that did not pass. */
  readonly failing: number;
  readonly elapsedMs: number;
}

export interface GradeOptions {
  /** Kata ids to grade; every kata of the repository when empty. */
  readonly katas: readonly string[];
  readonly jobs?: number;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** Points per kata, split over its steps (`stepPoints`). */
  readonly points: number;
  readonly seed: number;
  readonly now: () => Date;
  /** Called after each student. */
  readonly onProgress?: (progress: GradeProgress) => void;
  /** Stops grading (Ctrl-C): every process is ended and the workspace removed, then it throws. */
  readonly signal?: AbortSignal;
  /** `submissionsDir` is one student's folder (`kata grade --single`, Gradescope's submission). */
  readonly single?: boolean;
}

/** A lane's processes: the grading worker and its compiler check, closed together. */
interface Lane {
  readonly worker: GradingWorker;
  readonly checker: ParseChecker;
}

/**
 * Runs `work` over `items` in `lanes` lanes, each with its own value from `open` (closed at the
 * end, or at once when `signal` aborts), keeping the order of the results. Items not started
 * when `signal` aborts are left out.
 */
async function pool<T, L extends { close(): void }, R>(
  items: readonly T[],
  lanes: number,
  open: () => L,
  work: (item: T, index: number, lane: L) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const opened = new Set<L>();
  const closeAll = () => {
    for (const lane of opened) lane.close();
  };
  signal?.addEventListener("abort", closeAll, { once: true });
  let next = 0;
  const run = async () => {
    const lane = open();
    opened.add(lane);
    try {
      while (next < items.length && !signal?.aborted) {
        const index = next++;
        results[index] = await work(items[index] as T, index, lane);
      }
    } finally {
      lane.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, run));
  } finally {
    signal?.removeEventListener("abort", closeAll);
  }
  return results;
}

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 100) / 10;

/** The files each kata of a student brings into the copy, as absolute paths in the copy. */
function stagedFiles(stage: Stage, submission: Submission, katas: readonly Kata[]) {
  return new Map(
    katas.map((k) => {
      const handed = submission.katas.get(k.id);
      const files = handed?.kind === "files" ? handed.files : [];
      return [k.id, files.map((f) => join(stage.root, k.files.dir, f))] as const;
    }),
  );
}

/**
 * The katas that cannot run because a file crashed the compiler: the kata that holds it, and
 * every kata whose spec or files import such a kata (`#kata/<id>`).
 */
async function blockedByCompiler(
  stage: Stage,
  katas: readonly Kata[],
  files: ReadonlyMap<string, readonly string[]>,
  crashed: ReadonlyMap<string, string>,
): Promise<Record<string, ChildKata>> {
  const blocked: Record<string, ChildKata> = {};
  for (const kata of katas) {
    const file = files.get(kata.id)?.find((f) => crashed.has(f));
    if (file === undefined) continue;
    const where = relative(stage.root, file);
    const cause = `the TypeScript compiler crashed on ${where} (${crashed.get(file)})`;
    blocked[kata.id] = { kind: "crashed", tests: [], errors: [], cause };
  }
  for (let grew = Object.keys(blocked).length > 0; grew; ) {
    grew = false;
    for (const kata of katas) {
      if (blocked[kata.id]) continue;
      const dir = join(stage.root, kata.files.dir);
      const names = (await readdir(dir)).filter((f) => f.endsWith(".ts"));
      const texts = [...(await Promise.all(names.map((f) => readFile(join(dir, f), "utf8"))))];
      const on = importedKatas(texts).find((id) => blocked[id]);
      if (on === undefined) continue;
      const cause = `not run: it imports ${on}, whose file crashed the TypeScript compiler`;
      blocked[kata.id] = { kind: "crashed", tests: [], errors: [], cause };
      grew = true;
    }
  }
  return blocked;
}

/**
 * Files the run left at the top of the student's copy: the fork's working folder, where Node's
 * diagnostic writers put what they write. The guard refuses the known ones; anything that still
 * appears is recorded as a refusal for every kata that ran.
 */
async function strayFiles(stage: Stage, before: ReadonlySet<string>): Promise<string[]> {
  const after = await readdir(stage.root).catch(() => []);
  const own = relative(stage.root, stage.tmpDir);
  return after.filter((name) => !before.has(name) && name !== own);
}

function strayRefusal(result: ChildKata, stray: readonly string[]): ChildKata {
  if (stray.length === 0 || result.kind === "timeout") return result;
  const resource = stray.join(", ");
  const message = `FileSystemWrite ${resource}: the submission wrote files while its katas ran (ERR_ACCESS_DENIED)`;
  const error = { message, code: "ERR_ACCESS_DENIED", permission: "FileSystemWrite", resource };
  return { ...result, errors: [error, ...result.errors] };
}

async function gradeOne(
  root: string,
  workspace: Workspace,
  lane: Lane,
  submission: Submission,
  katas: readonly Kata[],
  index: number,
  options: GradeOptions,
): Promise<StudentGrade> {
  const started = options.now();
  let stage: Stage | undefined;
  const row = (runs: Readonly<Record<string, ChildKata>>) =>
    katas.map((kata) => {
      const spec: GradedKata = {
        id: kata.id,
        steps: kata.manifest.steps.map((s) => s.id),
        points: stepPoints(options.points, kata.manifest.steps.length),
      };
      return classify(spec, submission.katas.get(kata.id) ?? { kind: "missing" }, runs[kata.id]);
    });
  try {
    stage = await stageStudent(workspace, root, submission, katas, index);
    const files = stagedFiles(stage, submission, katas);
    const crashed = await lane.checker.check([...files.values()].flat());
    const blocked = await blockedByCompiler(stage, katas, files, crashed);
    const runnable = katas
      .filter((k) => submission.katas.get(k.id)?.kind === "files" && !blocked[k.id])
      .map((k) => k.id);
    const readable = [stage.root, dirname(workspace.guard), ...workspace.dependencies];
    const execArgv = sandboxArgs({
      nodeMajor: Number(process.versions.node.split(".")[0]),
      readable,
      memoryMb: options.memoryMb,
      preload: workspace.guard,
    });
    const before = new Set(await readdir(stage.root));
    const runs = await runAll(
      lane.worker,
      {
        root: stage.root,
        execArgv,
        readable,
        timeoutSeconds: options.timeoutSeconds,
        tmpDir: stage.tmpDir,
      },
      runnable,
    );
    const stray = await strayFiles(stage, before);
    const checked = Object.fromEntries(
      Object.entries(runs).map(([id, run]) => [id, strayRefusal(run, stray)]),
    );
    return {
      student: submission.student,
      katas: row({ ...checked, ...blocked }),
      seconds: seconds(started, options.now()),
    };
  } catch (error) {
    // This student's problem, not the class's: every kata is recorded as the grader's failure.
    const message = `the grader failed on this student: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    const failed: ChildKata = { kind: "crashed", tests: [], errors: [], cause: message };
    const runs = Object.fromEntries(katas.map((k) => [k.id, failed]));
    return {
      student: submission.student,
      katas: row(runs),
      seconds: seconds(started, options.now()),
    };
  } finally {
    if (stage) await rm(stage.root, { recursive: true, force: true });
  }
}

/**
 * Grades every student folder of `submissionsDir` against the repository's specs: each student
 * in a temporary copy, the code under Node's permission model, `jobs` students at a time.
 */
export async function gradeClass(
  root: string,
  submissionsDir: string,
  options: GradeOptions,
): Promise<ClassReport> {
  const started = options.now();
  const katas =
    options.katas.length > 0
      ? await Promise.all(options.katas.map((id) => findKata(root, id)))
      : await loadCatalog(root);
  const submissions = options.single
    ? [await findSubmission(submissionsDir, katas)]
    : await findSubmissions(submissionsDir, katas);
  const jobs = Math.min(options.jobs ?? availableParallelism(), submissions.length);
  const workspace = await createWorkspace(root);
  let done = 0;
  let failing = 0;
  try {
    const students = await pool(
      submissions,
      jobs,
      (): Lane & { close(): void } => {
        const lane = {
          worker: new GradingWorker(workspace.dir, options.seed),
          checker: new ParseChecker(workspace.dir),
        };
        return {
          ...lane,
          close: () => {
            lane.worker.close();
            lane.checker.close();
          },
        };
      },
      async (s, i, lane) => {
        const graded = await gradeOne(root, workspace, lane, s, katas, i, options);
        done += 1;
        if (graded.katas.some((k) => k.outcome !== "passed")) failing += 1;
        if (!options.signal?.aborted) {
          const elapsedMs = options.now().getTime() - started.getTime();
          options.onProgress?.({ done, total: submissions.length, failing, elapsedMs });
        }
        return graded;
      },
      options.signal,
    );
    if (options.signal?.aborted) throw new GradingInterruptedError(String(options.signal.reason));
    return {
      version: 2,
      generatedAt: options.now().toISOString(),
      submissions: submissionsDir,
      katas: katas.map((k) => ({
        id: k.id,
        title: k.manifest.title,
        steps: k.manifest.steps.length,
        points: stepPoints(options.points, k.manifest.steps.length),
      })),
      limits: {
        points: options.points,
        timeoutSeconds: options.timeoutSeconds,
        memoryMb: options.memoryMb,
        jobs,
        seed: options.seed,
      },
      students,
      seconds: seconds(started, options.now()),
    };
  } finally {
    await workspace.remove();
  }
}
