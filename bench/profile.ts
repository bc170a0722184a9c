// Runs one benchmark case in a loop, for `node --cpu-prof`:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --conditions=solutions --import tsx \
//     bench/profile.ts <section: percent|str|format|f> <case index> [seconds]
import { loadReferences } from "./internal/references.ts";
import { fStringSection } from "./sections/f-string.ts";
import { formatSection } from "./sections/format.ts";
import { percentSection } from "./sections/percent-format.ts";
import { strFormatSection } from "./sections/str-format.ts";

const [name = "format", index = "0", seconds = "3"] = process.argv.slice(2);
const references = await loadReferences();
const sections = {
  percent: percentSection(references.percentFormat),
  str: strFormatSection(references.strFormat),
  format: formatSection(),
  f: fStringSection(references.f),
} as const;
const section = sections[name as keyof typeof sections] ?? sections.format;
const benchCase = section.cases[Number(index)];
const ours = benchCase?.contenders[0];
if (benchCase === undefined || ours === undefined) throw new Error(`no case ${name} ${index}`);

let calls = 0;
let sink = 0;
const end = performance.now() + Number(seconds) * 1000;
while (performance.now() < end) {
  for (let i = 0; i < 1000; i++) sink ^= ours.run().length;
  calls += 1000;
}
const ns = (Number(seconds) * 1e9) / calls;
process.stdout.write(`${benchCase.label}: ${ns.toFixed(0)} ns/call (${sink & 0})\n`);
