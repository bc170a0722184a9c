import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { ClassroomUsageError } from "./errors.ts";
import { VISIBILITIES, type Visibility } from "./gradescope-results.ts";
import { GRADE_TIMEOUT_SECONDS, MEMORY_MB } from "./limits.ts";

/** The platforms `kata classroom` writes for. */
export const PLATFORMS = ["classroom50", "gradescope", "actions"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** What every platform's tests are made of: points per kata and kata test's limit. */
interface Scoring {
  /** Points per kata, split over its steps. */
  readonly points: number;
  readonly timeoutSeconds: number;
}

/** The classroom commands, as data: part of the CLI's Command union. */
export type ClassroomCommand =
  | {
      readonly name: "pack";
      readonly outDir: string;
      readonly katas: readonly string[];
      /** Packed katas to ship already solved: the reference in place of the stub. */
      readonly solved: readonly string[];
      readonly force: boolean;
    }
  | ({ readonly name: "classroom50" | "actions"; readonly pack: string } & Scoring)
  | ({
      readonly name: "gradescope";
      readonly out?: string;
      readonly katas: readonly string[];
      readonly memoryMb: number;
      readonly visibility: Visibility;
    } & Scoring)
  | ({
      readonly name: "grade";
      readonly submissions: string;
      readonly out?: string;
      readonly jobs?: number;
      readonly katas: readonly string[];
      readonly memoryMb: number;
      readonly seed?: number;
      /** `submissions` is one student's folder, not a folder of them. */
      readonly single: boolean;
      /** Where to write Gradescope's results.json for that one student. */
      readonly gradescope?: string;
      readonly visibility: Visibility;
    } & Scoring);

/** The options the classroom commands read, as node:util parseArgs returns them. */
export interface ClassroomValues {
  readonly katas?: string;
  readonly solved?: string;
  readonly force?: boolean;
  readonly points?: string;
  readonly out?: string;
  readonly jobs?: string;
  readonly memory?: string;
  readonly seed?: string;
  readonly timeout?: string;
  readonly single?: boolean;
  readonly gradescope?: string;
  readonly visibility?: string;
}

export const DEFAULT_POINTS = 10;
export const MAX_POINTS = 1000;
export const DEFAULT_MEMORY_MB = 512;

function whole(
  value: string | undefined,
  min: number,
  error: (v: string) => ClassroomUsageError,
  max = Number.MAX_SAFE_INTEGER,
) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw error(value);
  return n;
}

/** `--points`: whole points per kata, 1 to 1000 (Classroom 50's limit per test), 10 when absent. */
function pointsOption(value: string | undefined): number {
  return (
    whole(value, 1, (v) => new ClassroomUsageError((c) => c.usage.points(v)), MAX_POINTS) ??
    DEFAULT_POINTS
  );
}

/** A kata's time limit: seconds, within GRADE_TIMEOUT_SECONDS (10 when absent). */
function gradeSeconds(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  const { min, max } = GRADE_TIMEOUT_SECONDS;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ClassroomUsageError((c) => c.usage.gradeTimeout(value));
  return n;
}

function memoryOption(value: string | undefined): number {
  const error = (v: string) => new ClassroomUsageError((c) => c.usage.memory(v));
  return whole(value, MEMORY_MB.min, error, MEMORY_MB.max) ?? DEFAULT_MEMORY_MB;
}

function visibilityOption(value: string | undefined): Visibility {
  const found = VISIBILITIES.find((v) => v === (value ?? "visible"));
  if (!found) throw new ClassroomUsageError((c) => c.usage.visibility(value ?? ""));
  return found;
}

const scoring = (values: ClassroomValues): Scoring => ({
  points: pointsOption(values.points),
  timeoutSeconds: gradeSeconds(values.timeout),
});

function katas(value: string | undefined, option = "--katas"): string[] {
  if (value === undefined) return [];
  const ids = value.split(",").map((id) => id.trim());
  if (ids.some((id) => id === ""))
    throw new ClassroomUsageError((c) => c.usage.katas(option, value));
  return ids;
}

function folder(rest: readonly string[], command: string, missing: ClassroomUsageError): string {
  const [dir, ...more] = rest;
  if (dir === undefined) throw missing;
  if (more.length > 0)
    throw new ClassroomUsageError((c) => c.usage.oneFolder(command, rest.join(" ")));
  return dir;
}

function classroom(rest: readonly string[], values: ClassroomValues): ClassroomCommand {
  const [platform, ...more] = rest;
  // GitHub Classroom was discontinued: its command is gone, and says what replaced it.
  if (platform === "autograding") throw new ClassroomUsageError((c) => c.usage.autogradingGone);
  const found = PLATFORMS.find((p) => p === platform);
  if (!found) throw new ClassroomUsageError((c) => c.usage.classroomWhat(rest.join(" ")));
  if (found === "gradescope") {
    if (more.length > 0)
      throw new ClassroomUsageError((c) =>
        c.usage.oneFolder("classroom gradescope", more.join(" ")),
      );
    return {
      name: "gradescope",
      katas: katas(values.katas),
      memoryMb: memoryOption(values.memory),
      visibility: visibilityOption(values.visibility),
      ...scoring(values),
      ...(values.out === undefined ? {} : { out: values.out }),
    };
  }
  const missing = new ClassroomUsageError((c) => c.usage.platformNeedsPack(found));
  return { name: found, pack: folder(more, `classroom ${found}`, missing), ...scoring(values) };
}

/**
 * `kata pack|classroom|grade ...` as a Command (pure); `name` is the first positional.
 * `parseClassroom("grade", ["subs"], { jobs: "2" })` is a grade command with two jobs.
 */
export function parseClassroom(
  name: "pack" | "classroom" | "grade",
  rest: readonly string[],
  values: ClassroomValues,
): ClassroomCommand {
  if (name === "pack") {
    const missing = new ClassroomUsageError((c) => c.usage.packNeedsDir);
    return {
      name: "pack",
      outDir: folder(rest, "pack", missing),
      katas: katas(values.katas),
      solved: katas(values.solved, "--solved"),
      force: values.force ?? false,
    };
  }
  if (name === "classroom") return classroom(rest, values);
  const missing = new ClassroomUsageError((c) => c.usage.gradeNeedsDir);
  const jobs = whole(values.jobs, 1, (v) => new ClassroomUsageError((c) => c.usage.jobs(v)));
  const seed = whole(
    values.seed,
    Number.MIN_SAFE_INTEGER,
    (v) => new ClassroomUsageError((c) => c.usage.seed(v)),
  );
  const single = values.single ?? false;
  if (values.gradescope !== undefined && !single)
    throw new ClassroomUsageError((c) => c.usage.gradescopeNeedsSingle);
  return {
    name: "grade",
    submissions: folder(rest, "grade", missing),
    katas: katas(values.katas),
    memoryMb: memoryOption(values.memory),
    single,
    visibility: visibilityOption(values.visibility),
    ...scoring(values),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.gradescope === undefined ? {} : { gradescope: values.gradescope }),
    ...(jobs === undefined ? {} : { jobs }),
    ...(seed === undefined ? {} : { seed }),
  };
}

/** Every option a classroom command line may hold, for node:util parseArgs. */
const OPTIONS = {
  katas: { type: "string" },
  solved: { type: "string" },
  points: { type: "string" },
  out: { type: "string" },
  jobs: { type: "string" },
  memory: { type: "string" },
  force: { type: "boolean" },
  timeout: { type: "string" },
  seed: { type: "string" },
  single: { type: "boolean" },
  gradescope: { type: "string" },
  visibility: { type: "string" },
  lang: { type: "string" },
} as const;

/**
 * A whole classroom command line as a command (pure): `parseClassroomArgv(["grade", "subs"])`.
 * The learner's CLI hands these argvs over untouched, so it never loads this folder for itself.
 */
export function parseClassroomArgv(argv: readonly string[]): ClassroomCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError({ kind: "badOption", detail });
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (name !== "pack" && name !== "classroom" && name !== "grade") {
    throw new UsageError({ kind: "unknownCommand", name: name ?? "" });
  }
  return parseClassroom(name, rest, values);
}
