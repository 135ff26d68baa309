import { isMessageKey, type Translate } from "@/lib/i18n/messages";

/**
 * What a claim's revision did, in the reader's language. Actions are stored
 * as the use-cases name them ("status.published", "restore.42",
 * "link.denies"); one not known here yet is shown as stored rather than
 * hidden. `shownAt` says when each revision was made, by id, as the history
 * shows it: a restore names the version it brought back by that time.
 */
export function revisionActionLabel(action: string, t: Translate, shownAt: ReadonlyMap<string, string>): string {
  const [verb, detail] = action.split(".", 2);
  switch (verb) {
    case "create":
      return t("editor.history.created");
    case "update":
    case "verdict":
    case "delete":
    case "undelete":
    case "unlink":
      return t(`editor.history.action.${verb}`);
    case "status": {
      const status = `editor.status.${detail}`;
      return isMessageKey(status) ? t("editor.history.action.status", { status: t(status) }) : action;
    }
    case "restore": {
      const when = detail && shownAt.get(detail);
      return when ? t("editor.history.action.restoreOf", { when }) : t("editor.history.action.restore");
    }
    case "link": {
      if (!detail) return t("editor.history.action.link");
      const type = `link.${detail}`;
      return isMessageKey(type) ? t("editor.history.action.linkTyped", { type: t(type) }) : action;
    }
    default:
      return action;
  }
}
