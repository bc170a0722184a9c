import { marked } from "marked";
import { match } from "ts-pattern";
import { recordOutcome } from "../../src/commands/record-outcome.ts";
import { kataTitle } from "../../src/i18n/kata-words.ts";
import { catalogues } from "../../src/i18n/locale.ts";
import type { Kata } from "../../src/kata/catalog.ts";
import { nextHint } from "../../src/kata/hints.ts";
import type { Locale } from "../../src/kata/manifest.ts";
import type { KataOutcome } from "../../src/kata/outcome.ts";
import { progressOf } from "../../src/kata/progress-state.ts";
import { parityOf } from "../../src/parity/parity-of.ts";
import { renderOutcome } from "../../src/render/outcome.ts";
import {
  createEditor,
  emitted,
  emittedFiles,
  learnerFile,
  loadPackageTypes,
  onSave,
  openKata,
  setPrerequisites,
  typeErrors,
} from "./editor.ts";
import { htmlPaint, toHtml } from "./html-paint.ts";
import { katas, storedTranscript, text } from "./katas.ts";
import { type Prerequisites, prerequisites } from "./prerequisites.ts";
import {
  loadProgress,
  parseProgress,
  progressJson,
  saveCode,
  savedCode,
  saveProgress,
} from "./progress-store.ts";
import { Python } from "./python.ts";
import { readmeLink } from "./readme-links.ts";
import { type SpecRun, SpecRunner } from "./spec-run.ts";
import { words } from "./words.ts";

const $ = <T extends HTMLElement>(selector: string) => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
};

const runner = new SpecRunner();
const python = new Python();
python.warm();
let locale: Locale = localStorage.getItem("py2ts-katas:lang") === "zh-CN" ? "zh-CN" : "en";
let progress = loadProgress();
let editor: ReturnType<typeof createEditor> | undefined;
/** The kata on screen, its last outcome (re-rendered when the language changes) and CPython's lines. */
let current:
  | {
      kata: Kata;
      prerequisites?: Prerequisites;
      outcome?: KataOutcome;
      python?: PythonLines;
      demo?: readonly string[];
    }
  | undefined;

type PythonLines =
  | { readonly version: string; readonly lines: readonly string[] }
  | { readonly error: string };

const notice = (message: string) => {
  $("#notice").textContent = message;
};

function renderVerdict(): void {
  if (!current?.outcome) return;
  const { kata, outcome } = current;
  const rendered = renderOutcome(
    kata,
    outcome,
    { paint: htmlPaint, m: catalogues[locale] },
    progressOf(progress, kata.id).hints,
    "playground",
  );
  const verdict = $("#verdict");
  verdict.innerHTML = toHtml(rendered.text);
  verdict.dataset.status = rendered.status;
  $("#hint").hidden = rendered.status !== "failing" || rendered.step === undefined;
}

/** CPython's lines beside demo()'s, the first line that differs marked. */
function renderTranscript(): void {
  const w = words[locale];
  const py = current?.python;
  const demo = current?.demo;
  const rows = $("#transcript tbody");
  rows.replaceChildren();
  const status = $("#python-status");
  if (!py || "error" in py) {
    status.textContent = py ? py.error : w.loadingPython;
    return;
  }
  const parity = demo ? parityOf(py.version, py.lines, demo) : undefined;
  status.textContent = !parity
    ? w.demoWhenGreen
    : parity.kind === "same"
      ? w.agree(py.version)
      : parity.kind === "differ"
        ? w.differ(parity.line)
        : "";
  status.dataset.parity = parity?.kind ?? "none";
  const length = Math.max(py.lines.length, demo?.length ?? 0);
  for (let i = 0; i < length; i++) {
    const row = document.createElement("tr");
    if (parity?.kind === "differ" && parity.line === i + 1) row.className = "differ";
    for (const cell of [String(i + 1), py.lines[i] ?? "", demo?.[i] ?? ""]) {
      const td = document.createElement("td");
      td.textContent = cell;
      row.append(td);
    }
    rows.append(row);
  }
}

/** What original.py prints: the stored transcript when still true (as the CLI), else CPython. */
async function pythonLines(kata: Kata): Promise<PythonLines> {
  const stored = storedTranscript(kata.id);
  if (stored) return { version: stored.python, lines: stored.lines };
  const reply = await python.run(await text(kata.files.python));
  return reply.error
    ? { error: reply.error }
    : { version: reply.version ?? "", lines: reply.lines };
}

async function run(): Promise<void> {
  if (!current || !editor) return;
  const { kata } = current;
  const model = editor.getModel();
  if (!model) return;
  const started = performance.now();
  saveCode(kata.id, model.getValue());
  $("#timing").textContent = words[locale].running;
  const diagnostics = await typeErrors(kata.id, model);
  let result: SpecRun | undefined;
  if (diagnostics.length > 0) result = { outcome: { kind: "type-errors", diagnostics } };
  else {
    const file = learnerFile(kata.id);
    const modules = await emittedFiles(Object.keys(current.prerequisites?.files ?? {}));
    result = await runner.run({
      kata: kata.id,
      modules: { ...modules, [file]: await emitted(model) },
      kataPaths: current.prerequisites?.kataPaths ?? {},
      api: kata.manifest.api,
      file,
    });
    // A newer run took this one's place.
    if (!result) return;
  }
  let { outcome } = result;
  const demo = result.demo;
  if (outcome.kind === "tests" && demo) {
    const py = await pythonLines(kata);
    outcome = {
      ...outcome,
      parity:
        "error" in demo
          ? { kind: "error", message: demo.error }
          : "error" in py
            ? { kind: "error", message: py.error }
            : parityOf(py.version, py.lines, demo.lines),
    };
  }
  const ms = Math.round(performance.now() - started);
  current.outcome = outcome;
  progress = recordOutcome(progress, kata, outcome, new Date());
  saveProgress(progress);
  renderVerdict();
  current.demo = demo && "lines" in demo ? demo.lines : undefined;
  renderTranscript();
  const timing = $("#timing");
  timing.textContent = words[locale].verdictIn(ms);
  timing.dataset.ms = String(ms);
}

async function showKata(kata: Kata): Promise<void> {
  current = { kata };
  delete document.body.dataset.ready;
  $("#list").hidden = true;
  $("#kata").hidden = false;
  $("#run").hidden = false;
  $("#verdict").textContent = "";
  $("#hint").hidden = true;
  delete $("#verdict").dataset.status;
  $("#timing").textContent = "";
  await renderReadme();
  editor ??= createEditor($("#editor"));
  onSave(editor, () => void run());
  const needed = await prerequisites(kata, progress);
  current.prerequisites = needed;
  setPrerequisites(needed);
  const model = openKata(editor, kata.id, savedCode(kata.id) ?? (await text(kata.files.stub)));
  // TypeScript's worker starts, and reads the kata's libraries, on its first question: asked
  // now, so that Run answers at once. The page is ready when it has answered.
  void loadPackageTypes()
    .then(() => typeErrors(kata.id, model))
    .then(() => {
      if (current?.kata === kata) document.body.dataset.ready = "true";
    });
  renderTranscript();
  const source = await text(kata.files.python);
  const reply = await python.run(source);
  if (current?.kata !== kata) return;
  current.python = reply.error
    ? { error: reply.error }
    : { version: reply.version ?? "", lines: reply.lines };
  renderTranscript();
}

async function renderReadme(): Promise<void> {
  if (!current) return;
  const { kata } = current;
  const readme = $("#readme");
  readme.innerHTML = await marked.parse(await text(kata.files.readme[locale]));
  for (const link of readme.querySelectorAll("a")) followHere(link, kata);
  $("#title").textContent = `${kata.id} · ${kataTitle(kata.manifest, locale)}`;
}

/** A README link made to work on the page: other katas, the language, the panes, the files. */
function followHere(link: HTMLAnchorElement, kata: Kata): void {
  const target = readmeLink(link.getAttribute("href") ?? "", kata.id);
  const onClick = (act: () => void) =>
    link.addEventListener("click", (event) => {
      event.preventDefault();
      act();
    });
  match(target)
    .with({ kind: "kata" }, ({ id }) => {
      link.href = `#/${id}`;
    })
    .with({ kind: "language" }, ({ locale: chosen }) =>
      onClick(() => {
        $<HTMLSelectElement>("#lang").value = chosen;
        setLocale(chosen);
      }),
    )
    .with({ kind: "editor" }, () => onClick(() => editor?.focus()))
    .with({ kind: "python" }, () =>
      onClick(() => $("#python-title").scrollIntoView({ behavior: "smooth" })),
    )
    .with({ kind: "file" }, ({ path }) =>
      onClick(async () => {
        $("#file-title").textContent = path;
        $("#file-text").textContent = await text(path).catch(() => words[locale].inAClone(path));
        $<HTMLDialogElement>("#file").showModal();
      }),
    )
    .with({ kind: "web" }, () => {
      link.target = "_blank";
      link.rel = "noopener";
    })
    .exhaustive();
}

function showList(): void {
  current = undefined;
  $("#kata").hidden = true;
  $("#run").hidden = true;
  $("#title").textContent = "";
  const m = catalogues[locale];
  const items = katas.map((kata) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#/${kata.id}`;
    a.textContent = `${kata.id} · ${kataTitle(kata.manifest, locale)}`;
    li.append(m.status[progressOf(progress, kata.id).status], " ", a);
    return li;
  });
  const list = document.createElement("ul");
  list.append(...items);
  const heading = document.createElement("h1");
  heading.textContent = words[locale].katas;
  $("#list").replaceChildren(heading, list);
  $("#list").hidden = false;
}

function route(): void {
  const id = /^#\/([a-z0-9-]+)/.exec(location.hash)?.[1];
  const kata = katas.find((k) => k.id === id);
  if (kata) void showKata(kata);
  else showList();
}

function applyLocale(): void {
  const w = words[locale];
  document.documentElement.lang = locale;
  $<HTMLSelectElement>("#lang").value = locale;
  $("#run").textContent = w.run;
  $("#run").title = w.runHint;
  $("#hint").textContent = w.nextHint;
  $("#export").textContent = w.exportProgress;
  $("#import-button").textContent = w.importProgress;
  $("#python-title").textContent = w.python;
  $("#python-head").textContent = w.python;
  $("#yours-head").textContent = w.yours;
  $("#file-close").textContent = w.close;
}

$("#run").addEventListener("click", () => void run());
// `npx kata hint <id>`: the next hint of the step that failed, counted in the progress.
$("#hint").addEventListener("click", () => {
  if (!current) return;
  progress = nextHint(current.kata, progress).progress;
  saveProgress(progress);
  renderVerdict();
});
function setLocale(chosen: Locale): void {
  locale = chosen;
  localStorage.setItem("py2ts-katas:lang", locale);
  applyLocale();
  if (current) {
    void renderReadme();
    renderVerdict();
  } else showList();
}
$<HTMLSelectElement>("#lang").addEventListener("change", (event) =>
  setLocale((event.target as HTMLSelectElement).value === "zh-CN" ? "zh-CN" : "en"),
);
$("#export").addEventListener("click", () => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([progressJson(progress)], { type: "application/json" }));
  // The CLI keeps it as .kata/progress.json: the file goes there in a clone.
  link.download = "progress.json";
  link.click();
});
$("#import-button").addEventListener("click", () => $("#import").click());
$<HTMLInputElement>("#import").addEventListener("change", async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    progress = parseProgress(await file.text());
    saveProgress(progress);
    notice(words[locale].imported);
    route();
  } catch (error) {
    notice(words[locale].notProgress((error as Error).message.split("\n")[0] ?? ""));
  }
});
window.addEventListener("hashchange", route);
applyLocale();
route();
