// The built-in sites: the CRM surfaces where agents work, as the manifest's content_scripts
// matches. Zendesk and Freshdesk presets stop at the agent interfaces (/agent/ and /a/): the rest
// of those hosts is each tenant's public help centre, which runs the tenant's own JavaScript.
// The local sites exist only in the test build (dist-test/, manifest.config.ts), which the demo
// and the end-to-end tests load; the production manifest matches no localhost.

export type PresetId = 'salesforce' | 'dynamics' | 'hubspot' | 'zendesk' | 'zoho' | 'freshdesk' | 'pipedrive' | 'local';

export interface Preset {
  id: PresetId;
  patterns: readonly string[];
}

/** In manifest order: a unit test holds this list equal to manifest.json's content_scripts matches. */
export const PRODUCTION_PRESETS: readonly Preset[] = [
  { id: 'salesforce', patterns: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] },
  { id: 'dynamics', patterns: ['https://*.dynamics.com/*'] },
  { id: 'hubspot', patterns: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  { id: 'zendesk', patterns: ['https://*.zendesk.com/agent/*'] },
  { id: 'zoho', patterns: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*'] },
  { id: 'freshdesk', patterns: ['https://*.freshdesk.com/a/*', 'https://*.myfreshworks.com/*'] },
  { id: 'pipedrive', patterns: ['https://*.pipedrive.com/*'] },
];

/** The demo CRM and the test fixtures are served from these, on any port. */
export const LOCAL_PRESET: Preset = { id: 'local', patterns: ['http://localhost/*', 'http://127.0.0.1/*'] };
