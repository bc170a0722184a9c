import { EXIT, type Said, SelfDescribingError } from "../errors.ts";
import {
  type ClassroomMessages,
  classroomEn,
  classroomMessages,
  type NoSubmissionsReason,
  type NotAPackReason,
  type OutProblem,
} from "./messages.ts";

/** A classroom command's error: it describes itself from the classroom's own catalogue. */
abstract class ClassroomError extends SelfDescribingError {
  readonly exitCode = EXIT.usage;
  protected abstract said(c: ClassroomMessages): Said;
  describeIn(locale: string): Said {
    return this.said(classroomMessages(locale));
  }
}

/** A classroom command line that does not parse. */
export class ClassroomUsageError extends ClassroomError {
  constructor(readonly say: (c: ClassroomMessages) => string) {
    super(say(classroomEn));
  }
  protected said(c: ClassroomMessages): Said {
    return { message: this.say(c), next: c.errors.usageNext };
  }
}

/** `kata pack` into the repository itself, or into a folder that is not empty, without --force. */
export class PackTargetError extends ClassroomError {
  constructor(
    readonly dir: string,
    readonly reason: "repository" | "not-empty",
  ) {
    super(
      reason === "repository"
        ? classroomEn.errors.packIntoRepository(dir)
        : classroomEn.errors.packNotEmpty(dir),
    );
  }
  protected said(c: ClassroomMessages): Said {
    return this.reason === "repository"
      ? { message: c.errors.packIntoRepository(this.dir), next: c.errors.packIntoRepositoryNext }
      : { message: c.errors.packNotEmpty(this.dir), next: c.errors.packNotEmptyNext };
  }
}

/** `kata pack --solved` naming a kata the pack does not hold. */
export class SolvedNotPackedError extends ClassroomError {
  constructor(
    readonly id: string,
    readonly packed: readonly string[],
  ) {
    super(classroomEn.errors.solvedNotPacked(id, packed.join(", ")));
  }
  protected said(c: ClassroomMessages): Said {
    return {
      message: c.errors.solvedNotPacked(this.id, this.packed.join(", ")),
      next: c.errors.solvedNotPackedNext,
    };
  }
}

/** `kata grade` on a folder that has no student folders to grade. */
export class NoSubmissionsError extends ClassroomError {
  constructor(
    readonly dir: string,
    readonly reason: NoSubmissionsReason,
  ) {
    super(classroomEn.errors.noSubmissions(dir, reason));
  }
  protected said(c: ClassroomMessages): Said {
    return {
      message: c.errors.noSubmissions(this.dir, this.reason),
      next: c.errors.noSubmissionsNext,
    };
  }
}

/** Grading runs the specs with the repository's dependencies: they must be installed. */
export class MissingDependenciesError extends ClassroomError {
  constructor(readonly dir: string) {
    super(classroomEn.errors.missingDependencies(dir));
  }
  protected said(c: ClassroomMessages): Said {
    return {
      message: c.errors.missingDependencies(this.dir),
      next: c.errors.missingDependenciesNext,
    };
  }
}

/** `kata grade` stopped by a signal (Ctrl-C, SIGTERM): everything ended, nothing written. */
export class GradingInterruptedError extends ClassroomError {
  constructor(readonly signal: string) {
    super(classroomEn.errors.interrupted(signal));
  }
  protected said(c: ClassroomMessages): Said {
    return { message: c.errors.interrupted(this.signal), next: c.errors.interruptedNext };
  }
}

/** `kata grade --out` names a folder the reports cannot go to. */
export class OutDirError extends ClassroomError {
  constructor(
    readonly dir: string,
    readonly problem: OutProblem,
    readonly code: string,
  ) {
    super(classroomEn.errors.outDir(dir, problem, code));
  }
  protected said(c: ClassroomMessages): Said {
    return {
      message: c.errors.outDir(this.dir, this.problem, this.code),
      next: c.errors.outDirNext,
    };
  }
}

/** `kata classroom classroom50|actions <dir>` on a folder that is not a student pack. */
export class NotAPackError extends ClassroomError {
  constructor(
    readonly dir: string,
    readonly reason: NotAPackReason,
  ) {
    super(classroomEn.errors.notAPack(dir, reason));
  }
  protected said(c: ClassroomMessages): Said {
    return { message: c.errors.notAPack(this.dir, this.reason), next: c.errors.notAPackNext };
  }
}

/** A Classroom 50 template with its own autograde workflow, which Classroom 50 writes itself. */
export class TemplateAutogradeError extends ClassroomError {
  constructor(readonly dir: string) {
    super(classroomEn.errors.templateHasAutograde(dir));
  }
  protected said(c: ClassroomMessages): Said {
    return {
      message: c.errors.templateHasAutograde(this.dir),
      next: c.errors.templateHasAutogradeNext,
    };
  }
}
