// Why a site cannot be added, in the UI language.
import { t } from '../platform/i18n.ts';
import { siteLabel, type NewSiteCheck } from '../shared/sites.ts';

type Problem = Extract<NewSiteCheck, { ok: false }>;

export function describeSiteProblem(problem: Problem): string {
  switch (problem.problem) {
    case 'preset':
      return t('sites_problem_preset', t(`sites_preset_${problem.preset}`));
    case 'duplicate':
      return t('sites_problem_duplicate', siteLabel(problem.existing));
    case 'empty':
    case 'scheme':
    case 'allSites':
    case 'credentials':
    case 'host':
    case 'wildcard':
    case 'ipRange':
      return t(`sites_problem_${problem.problem}`);
  }
}

export function describeFailure(error: unknown): string {
  return t('sites_failed', error instanceof Error ? error.message : String(error));
}
