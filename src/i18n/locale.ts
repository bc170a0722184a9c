import type { Locale } from "../kata/manifest.ts";
import { en } from "./en.ts";
import type { Messages } from "./messages.ts";
import { zhCN } from "./zh-cn.ts";

export const catalogues = { en, "zh-CN": zhCN } satisfies Record<Locale, Messages>;

/**
 * The learner's language: `--lang` first, then LC_ALL, LC_MESSAGES and LANG as POSIX orders
 * them; any Chinese locale (zh_CN.UTF-8, zh_TW, zh-Hans) reads Chinese, everything else English.
 */
export function pickLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const wanted = flag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return /^zh\b|^zh[-_]/i.test(wanted) ? "zh-CN" : "en";
}
