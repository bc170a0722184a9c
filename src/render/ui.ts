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
