// The two lists of targets the transfer panel offers: what the current tab shows, and what the
// agent used lately. A command that the engine took adds its target to the recent list.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PartySnapshot, RawId } from '../shared/engine.ts';
import { displayTarget } from '../shared/phone.ts';
import { commandTarget, loadRecentTargets, rememberTarget, type PickTarget } from './recent-targets.ts';
import type { ReadWriteArea } from '../shared/storage-item.ts';
import type { Send } from './send.ts';

/** Where the lists come from; main.tsx wires these to chrome.tabs and chrome.storage.local. */
export interface TargetSources {
  /** The active tab's targets; [] when it shows none or cannot answer. */
  listPageTargets(): Promise<PickTarget[]>;
  storage: ReadWriteArea;
}

export interface PickLists {
  page: PickTarget[];
  recent: PickTarget[];
}

/** The lists without the given parties: the caller is no target for their own transfer. */
export function withoutParties(lists: PickLists, parties: readonly PartySnapshot[]): PickLists {
  const isParty = (target: PickTarget) => parties.some((party) => party.rawId === target.rawId);
  return { page: lists.page.filter((t) => !isParty(t)), recent: lists.recent.filter((t) => !isParty(t)) };
}

/** The page's own label for a target beats the one remembered, which beats the bare number. */
function labelFor(rawId: RawId, lists: PickLists): string {
  const known = [...lists.page, ...lists.recent].find((target) => target.rawId === rawId);
  return known?.display ?? displayTarget(rawId);
}

export function usePickLists(sources: TargetSources): PickLists & { remember: (rawId: RawId) => void } {
  const [lists, setLists] = useState<PickLists>({ page: [], recent: [] });
  useEffect(() => {
    let isOpen = true;
    const update = (change: Partial<PickLists>) => {
      if (isOpen) setLists((old) => ({ ...old, ...change }));
    };
    void sources.listPageTargets().then((page) => update({ page }));
    void loadRecentTargets(sources.storage).then((recent) => update({ recent }));
    return () => {
      isOpen = false;
    };
  }, [sources]);
  const remember = useCallback(
    (rawId: RawId) => {
      const target = { rawId, display: labelFor(rawId, lists) };
      void rememberTarget(sources.storage, target).then((recent) => setLists((old) => ({ ...old, recent })));
    },
    [sources, lists],
  );
  return { ...lists, remember };
}

/** `send`, adding the target of every transfer, consult or call the engine accepted to the recent list. */
export function useRememberingSend(send: Send, remember: (rawId: RawId) => void): Send {
  return useCallback<Send>(
    async (command) => {
      const reply = await send(command);
      const target = commandTarget(command);
      if (reply.ok && target) remember(target);
      return reply;
    },
    [send, remember],
  );
}
