import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { ClassroomUsageError } from "./errors.ts";
import { GRADE_TIMEOUT_SECONDS, MEMORY_MB } from "./limits.ts";

/** The classroom commands, as data: part of the CLI's Command union. */
export type ClassroomCommand =
  | {
      readonly name: "pack";
      readonly outDir: string;
      readonly katas: readonly string[];
      readonly force: boolean;
    }
  | { readonly name: "autograding"; readonly points: number; readonly timeoutSeconds: number }
  | {
      readonly name: "grade";
      readonly submissions: string;
      readonly out?: string;
      readonly jobs?: number;
      readonly katas: readonly string[];
      readonly timeoutSeconds: number;
      readonly memoryMb: number;
      /** Points per kata, split over its steps. */
      readonly points: number;
      readonly seed?: number;
    };

/** The options the classroom commands read, as node:util parseArgs returns them. */
export interface ClassroomValues {
  readonly katas?: string;
  readonly force?: boolean;
  readonly points?: string;
  readonly out?: string;
  readonly jobs?: string;
  readonly memory?: string;
  readonly seed?: string;
}

/** Their entries for parseArgs' options table. */
export const CLASSROOM_OPTIONS = {
  katas: { type: "string" },
  points: { type: "string" },
  out: { type: "string" },
  jobs: { type: "string" },
  memory: { type: "string" },
} as const;

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

/** A kata's time limit when grading: seconds, within GRADE_TIMEOUT_SECONDS (10 when absent). */
function gradeSeconds(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  const { min, max } = GRADE_TIMEOUT_SECONDS;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ClassroomUsageError((c) => c.usage.gradeTimeout(value));
  return n;
}

function katas(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = value.split(",").map((id) => id.trim());
  if (ids.some((id) => id === "")) throw new ClassroomUsageError((c) => c.usage.katas(value));
  return ids;
}

function folder(rest: readonly string[], command: string, missing: ClassroomUsageError): string {
  const [dir, ...more] = rest;
  if (dir === undefined) throw missing;
  if (more.length > 0)
    throw new ClassroomUsageError((c) => c.usage.oneFolder(command, rest.join(" ")));
  return dir;
}

/**
 * `kata pack|classroom|grade ...` as a Command (pure); `name` is the first positional.
 * `parseClassroom("grade", ["subs"], { jobs: "2" })` is a grade command with two jobs.
 */
export function parseClassroom(
  name: "pack" | "classroom" | "grade",
  rest: readonly string[],
  values: ClassroomValues & { readonly timeout?: string },
): ClassroomCommand {
  if (name === "pack") {
    const missing = new ClassroomUsageError((c) => c.usage.packNeedsDir);
    return {
      name: "pack",
      outDir: folder(rest, "pack", missing),
      katas: katas(values.katas),
      force: values.force ?? false,
    };
  }
  if (name === "classroom") {
    if (rest[0] !== "autograding" || rest.length > 1)
      throw new ClassroomUsageError((c) => c.usage.classroomWhat(rest.join(" ")));
    return {
      name: "autograding",
      points: pointsOption(values.points),
      timeoutSeconds: gradeSeconds(values.timeout),
    };
  }
  const missing = new ClassroomUsageError((c) => c.usage.gradeNeedsDir);
  const jobs = whole(values.jobs, 1, (v) => new ClassroomUsageError((c) => c.usage.jobs(v)));
  const points = pointsOption(values.points);
  const memory = whole(
    values.memory,
    MEMORY_MB.min,
    (v) => new ClassroomUsageError((c) => c.usage.memory(v)),
    MEMORY_MB.max,
  );
  const seed = whole(
    values.seed,
    Number.MIN_SAFE_INTEGER,
    (v) => new ClassroomUsageError((c) => c.usage.seed(v)),
  );
  return {
    name: "grade",
    submissions: folder(rest, "grade", missing),
    katas: katas(values.katas),
    timeoutSeconds: gradeSeconds(values.timeout),
    memoryMb: memory ?? DEFAULT_MEMORY_MB,
    points,
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(jobs === undefined ? {} : { jobs }),
    ...(seed === undefined ? {} : { seed }),
  };
}

/** Every option a classroom command line may hold, for node:util parseArgs. */
const OPTIONS = {
  ...CLASSROOM_OPTIONS,
  force: { type: "boolean" },
  timeout: { type: "string" },
  seed: { type: "string" },
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
