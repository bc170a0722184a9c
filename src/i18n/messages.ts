import type { TippedCode } from "../kata/diagnostics.ts";
import type { Locale, Track } from "../kata/manifest.ts";

/**
 * Every sentence the CLI shows a learner, as data or as a function of its data. One catalogue
 * per locale (`en.ts`, `zh-cn.ts`), each `satisfies Messages`, so a missing sentence is a
 * compile error rather than an English line in a Chinese screen.
 */
export interface Messages {
  readonly locale: Locale;
  readonly status: {
    readonly passed: string;
    readonly failing: string;
    readonly pending: string;
    /** Given solved by the teacher's pack (`kata classroom pack --solved`). */
    readonly given: string;
  };
  readonly difficulty: { readonly easy: string; readonly medium: string; readonly hard: string };
  readonly list: {
    readonly katas: (done: number, total: number) => string;
    readonly next: (id: string) => string;
    readonly allGreen: string;
    readonly track: Readonly<Record<Track, string>>;
    readonly buildsOn: (ids: readonly string[]) => string;
  };
  readonly test: {
    readonly typeErrors: (count: number) => string;
    readonly andMore: (count: number) => string;
    readonly syntaxErrors: (count: number) => string;
    readonly tip: string;
    readonly tips: Readonly<Record<TippedCode, string>>;
    readonly doesNotLoad: (file: string) => string;
    readonly loadAdvice: string;
    readonly missingExports: (file: string, names: string) => string;
    readonly missingAdvice: (id: string) => string;
    readonly timeout: (seconds: number) => string;
    readonly stillRunning: (step: string, name: string) => string;
    readonly onReference: (id: string, prerequisite: string) => string;
    readonly onOwnUnfinished: (id: string, prerequisite: string) => string;
    readonly hung: string;
    readonly notReached: string;
    readonly timeoutAdvice: string;
    readonly moreTime: (id: string) => string;
    readonly tests: (count: number) => string;
    readonly failing: (failing: number, total: number) => string;
    readonly specCouldNotRun: string;
    readonly step: (n: number, total: number, id: string, title: string) => string;
    readonly noTestInStep: string;
    readonly hint: string;
    readonly moreHints: (id: string) => string;
    readonly lawBrokenBy: string;
    /** Follows the counterexample directly: English starts it with a space, Chinese does not. */
    readonly shrunk: (times: number) => string;
    readonly replay: string;
    readonly expected: string;
    readonly actual: string;
    readonly diffLegend: string;
    readonly unchanged: (count: number) => string;
    readonly at: (where: string) => string;
    readonly parityOk: (python: string) => string;
    readonly parityPending: string;
    readonly parityChecking: string;
    readonly parityDiffers: (n: number, line: number, python: string) => string;
    readonly python: string;
    readonly yours: string;
    readonly parityError: (message: string) => string;
    readonly allGreen: (steps: number) => string;
    readonly compareNext: (id: string) => string;
  };
  readonly hint: {
    readonly heading: (id: string, n: number, step: string) => string;
    readonly label: (i: number, total: number) => string;
    readonly more: string;
    readonly last: string;
  };
  readonly solution: { readonly locked: (id: string) => string };
  readonly reset: {
    readonly confirm: (what: string) => string;
    readonly everyKata: string;
    readonly nothing: string;
    readonly backedUp: (dir: string) => string;
    readonly restored: (file: string) => string;
    readonly noOriginal: (file: string, ref: string) => string;
    readonly noOriginalNext: string;
    readonly cannotWrite: (file: string, code: string, backup: string) => string;
    readonly cannotWriteNext: string;
    readonly cannotBackUp: (backup: string, code: string) => string;
    readonly cannotBackUpNext: string;
  };
  readonly compare: {
    readonly heading: string;
    readonly columns: string;
    readonly sameInputs: string;
    readonly noDeclaration: (id: string) => string;
    readonly summary: (yours: number, reference: number, total: number) => string;
    readonly onlyDifferences: (shown: number, total: number) => string;
    readonly codeHidden: (id: string) => string;
    readonly reveal: (id: string) => string;
    readonly cut: (count: number) => string;
    readonly couldNotFinish: (why: string) => string;
    readonly agree: (runs: number, seed: number) => string;
    readonly differ: (input: string) => string;
    readonly yours: string;
    readonly reference: string;
    readonly throws: (what: string) => string;
    readonly seed: (seed: number) => string;
    readonly diff: string;
    readonly identical: string;
    readonly lines: (yours: number, reference: number) => string;
  };
  /** The browser playground's verdict: what a button does there, and no command to type. */
  readonly playground: {
    readonly moreHints: string;
    readonly moreTime: (id: string) => string;
  };
  readonly watch: {
    readonly keys: string;
    readonly listKeys: string;
    readonly moreHints: string;
    readonly moreTime: (id: string) => string;
    readonly testing: (id: string) => string;
    readonly passed: string;
    readonly everyKataGreen: string;
    readonly comparing: string;
    readonly confirmReset: (id: string) => string;
    /** The last line of a screen cut to the terminal's height. */
    readonly cut: (lines: number) => string;
    readonly cutComparison: (lines: number, id: string) => string;
  };
  readonly verify: {
    readonly allGood: (count: number) => string;
    readonly structureGood: (count: number) => string;
    readonly broken: (bad: number, count: number) => string;
  };
  readonly usage: {
    readonly help: string;
    readonly badOption: (detail: string) => string;
    readonly unknownCommand: (name: string) => string;
    readonly needsId: (command: string) => string;
    readonly oneId: (command: string, got: string) => string;
    readonly timeout: (value: string) => string;
    readonly reporter: (choices: string, value: string) => string;
    readonly seed: (value: string) => string;
    readonly watchOneId: string;
    readonly watchNeedsTerminal: string;
    readonly resetIdsOrAll: string;
    readonly resetNotBoth: string;
    readonly resetNeedsYes: string;
    readonly lang: (value: string) => string;
    readonly from: (value: string) => string;
    readonly prerequisites: (value: string) => string;
    readonly noClassroom: string;
  };
  readonly errors: {
    readonly unknownKata: (id: string) => string;
    readonly didYouMean: (ids: readonly string[]) => string;
    readonly seeList: string;
    readonly manifest: (file: string) => string;
    readonly manifestNext: string;
    readonly noReference: (id: string) => string;
    readonly noReferenceNext: string;
    readonly missingFile: (file: string) => string;
    readonly missingFileNext: string;
    readonly usageNext: string;
    readonly cannotRead: (path: string, code: string) => string;
    readonly cannotWrite: (path: string, code: string) => string;
    readonly stateFileNext: (path: string) => string;
    readonly warning: string;
    readonly unexpected: (detail: string) => string;
    readonly unexpectedNext: string;
  };
}
