import { en } from "../i18n/en.ts";
import type { Messages } from "../i18n/messages.ts";
import { type Paint, plain } from "./paint.ts";

/** What every renderer needs: colours and the learner's language. */
export interface Ui {
  readonly paint: Paint;
  readonly m: Messages;
}

/** No colours, English: for tests, JSON and files. */
export const plainUi: Ui = { paint: plain, m: en };

/**
 * A label and its text: English puts a space after "Hint:", Chinese writes nothing after a
 * full-width colon ("提示：文本"), as Chinese typesetting does.
 */
export function labelled(label: string, text: string, paintLabel = (s: string) => s): string {
  // A Chinese label may be padded to align with the one above it ("你的：  "): no space added.
  return `${paintLabel(label)}${/[：，。] *$/.test(label) ? "" : " "}${text}`;
}
