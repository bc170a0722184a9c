import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { findKata, type Kata, loadCatalog } from "../kata/catalog.ts";
import { classify, type GradedKata } from "./classify.ts";
import type { ClassReport, StudentGrade } from "./report.ts";
import { GradingWorker, runAll } from "./run-grader.ts";
import { sandboxArgs } from "./sandbox-args.ts";
import { findSubmissions, type Submission } from "./submissions.ts";
import { createWorkspace, stageStudent, type Workspace } from "./workspace.ts";

export interface GradeOptions {
  /** Kata ids to grade; every kata of the repository when empty. */
  readonly katas: readonly string[];
  readonly jobs?: number;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly seed: number;
  readonly now: () => Date;
}

/**
 * Runs `work` over `items` in `lanes` lanes, each with its own value from `open` (closed at the
 * end), keeping the order of the results.
 */
async function pool<T, L extends { close(): void }, R>(
  items: readonly T[],
  lanes: number,
  open: () => L,
  work: (item: T, index: number, lane: L) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    const lane = open();
    try {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T, index, lane);
      }
    } finally {
      lane.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, run));
  return results;
}

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 100) / 10;

async function gradeOne(
  root: string,
  workspace: Workspace,
  worker: GradingWorker,
  submission: Submission,
  katas: readonly Kata[],
  index: number,
  options: GradeOptions,
): Promise<StudentGrade> {
  const started = options.now();
  const stage = await stageStudent(workspace, root, submission, katas, index);
  const runnable = katas
    .filter((k) => submission.katas.get(k.id)?.kind === "files")
    .map((k) => k.id);
  const readable = [stage.root, ...workspace.dependencies];
  const execArgv = sandboxArgs({
    nodeMajor: Number(process.versions.node.split(".")[0]),
    readable,
    memoryMb: options.memoryMb,
  });
  const runs = await runAll(
    worker,
    {
      root: stage.root,
      execArgv,
      readable,
      timeoutSeconds: options.timeoutSeconds,
      tmpDir: stage.tmpDir,
    },
    runnable,
  );
  await rm(stage.root, { recursive: true, force: true });
  const graded = katas.map((kata) => {
    const spec: GradedKata = { id: kata.id, steps: kata.manifest.steps.map((s) => s.id) };
    return classify(spec, submission.katas.get(kata.id) ?? { kind: "missing" }, runs[kata.id]);
  });
  return { student: submission.student, katas: graded, seconds: seconds(started, options.now()) };
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
  const submissions = await findSubmissions(submissionsDir, katas);
  const jobs = Math.min(options.jobs ?? availableParallelism(), submissions.length);
  const workspace = await createWorkspace(root);
  try {
    const students = await pool(
      submissions,
      jobs,
      () => new GradingWorker(workspace.dir, options.seed),
      (s, i, worker) => gradeOne(root, workspace, worker, s, katas, i, options),
    );
    return {
      version: 1,
      generatedAt: options.now().toISOString(),
      submissions: submissionsDir,
      katas: katas.map((k) => ({
        id: k.id,
        title: k.manifest.title,
        steps: k.manifest.steps.length,
      })),
      limits: {
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
