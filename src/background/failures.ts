// Worker paths that no view waits on (menu clicks, shortcuts, the settings push, page-state
// broadcasts and snapshot side effects, install steps, the session's start and watch, site registrations) have no one to answer. Each runs through `report`, which catches any
// rejection, logs it and tells the agent in a notification (issue 10, point 6): nothing fails silently.
import { t, type MessageKey } from '../platform/i18n.ts';
import type { Notice } from './notify.ts';

export type WorkerTask = 'menu' | 'shortcut' | 'settingsPush' | 'pageState' | 'install' | 'session' | 'sites';

const TASK_TEXT: Record<WorkerTask, MessageKey> = {
  menu: 'bg_failedMenu',
  shortcut: 'bg_failedShortcut',
  settingsPush: 'bg_failedSettingsPush',
  pageState: 'bg_failedPageState',
  install: 'bg_failedInstall',
  session: 'bg_failedSession',
  sites: 'bg_failedSites',
};

export interface FailureSink {
  show(notice: Notice): Promise<void>;
  log(message: string): void;
}

export type Report = (task: WorkerTask, work: () => Promise<unknown>) => Promise<void>;

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** Runs `work`; a rejection is logged and notified, and never escapes as an unhandled one. */
export function failureReporter(sink: FailureSink): Report {
  return async (task, work) => {
    try {
      await work();
    } catch (error) {
      const reason = reasonOf(error);
      sink.log(`${task} failed: ${reason}`);
      await sink
        .show({ id: `acs-transfer:failure:${task}`, title: t('bg_failedTitle'), message: t(TASK_TEXT[task], reason) })
        .catch((shown: unknown) => sink.log(`Notification not shown: ${reasonOf(shown)}`));
    }
  };
}
