// Keeps the content script registered on exactly the added sites Chrome lets us run on (issue 3,
// point 5): one registration per site, so adding or removing one never touches the others. The
// browser sits behind `SiteScripting`, so the reconciliation tests without chrome.*.

type RegisteredContentScript = chrome.scripting.RegisteredContentScript;

/** Our registrations are told apart from any other by this prefix; the pattern follows it. */
export const SITE_SCRIPT_PREFIX = 'acs-transfer-site:';

export interface SiteScripting {
  readSites(): Promise<string[]>;
  isGranted(pattern: string): Promise<boolean>;
  registered(): Promise<RegisteredContentScript[]>;
  register(scripts: RegisteredContentScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Starts the content script in the open tabs of a site where it is not running yet. */
  injectIntoOpenTabs(pattern: string): Promise<void>;
}

export interface ScriptSource {
  /** The self-contained content script (it must not import modules: see background/site-edge.ts). */
  js: string[];
  /** `matchOriginAsFallback` exists from Chrome 119; the manifest allows 116. */
  originFallback: boolean;
}

export interface RegistrationPlan {
  unregister: string[];
  register: RegisteredContentScript[];
}

/**
 * The registration that gives a site what the manifest gives the presets: every frame, about:blank
 * included, from document_start (the content script decorates while the page is parsed).
 */
export function registrationFor(pattern: string, source: ScriptSource): RegisteredContentScript {
  return {
    id: `${SITE_SCRIPT_PREFIX}${pattern}`,
    matches: [pattern],
    js: [...source.js],
    allFrames: true,
    ...(source.originFallback ? { matchOriginAsFallback: true } : {}),
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * What to change so that our registrations are `wanted`, one per pattern. A registration for an
 * older build (other script files, or another time to run) is replaced: its files no longer exist
 * after an update.
 */
export function planRegistrations(
  wanted: readonly string[],
  registered: readonly RegisteredContentScript[],
  source: ScriptSource,
): RegistrationPlan {
  const desired = new Map(wanted.map((pattern) => [`${SITE_SCRIPT_PREFIX}${pattern}`, registrationFor(pattern, source)]));
  const current = registered.filter((script) => script.id.startsWith(SITE_SCRIPT_PREFIX));
  const upToDate = new Set(
    current
      .filter((script) => {
        const target = desired.get(script.id);
        return (
          target !== undefined &&
          sameList(script.matches, target.matches ?? []) &&
          sameList(script.js, source.js) &&
          script.runAt === target.runAt
        );
      })
      .map((script) => script.id),
  );
  return {
    unregister: current.filter((script) => !upToDate.has(script.id)).map((script) => script.id),
    register: [...desired.values()].filter((script) => !upToDate.has(script.id)),
  };
}

/**
 * Brings the registrations in step with the stored sites and the granted permissions. With
 * `injectIntoOpenTabs`, a site that just became active also starts in its open tabs, so the agent
 * need not reload the CRM.
 */
export async function reconcileSites(
  scripting: SiteScripting,
  source: ScriptSource,
  { injectIntoOpenTabs }: { injectIntoOpenTabs: boolean },
): Promise<void> {
  const sites = await scripting.readSites();
  const granted = await Promise.all(sites.map((site) => scripting.isGranted(site)));
  const wanted = sites.filter((_, index) => granted[index]);
  const plan = planRegistrations(wanted, await scripting.registered(), source);
  if (plan.unregister.length > 0) await scripting.unregister(plan.unregister);
  if (plan.register.length > 0) await scripting.register(plan.register);
  if (!injectIntoOpenTabs) return;
  const started = plan.register.flatMap((script) => script.matches ?? []);
  await Promise.all(started.map((pattern) => scripting.injectIntoOpenTabs(pattern)));
}
