import { REFERENCE_LINE_LIMIT } from "../kata/size.ts";

/** What is wrong with a reference's size (pure): `size` as `referenceSize` counts it. */
export function sizeProblems(size: number, solutionDir: string): string[] {
  if (size <= REFERENCE_LINE_LIMIT) return [];
  return [
    `${solutionDir} has ${size} lines of code, more than ${REFERENCE_LINE_LIMIT} (docs/kata-contract.md says how they are counted): shorten the reference, or split the kata in two`,
  ];
}
