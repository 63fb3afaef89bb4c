// Form fields that hold a phone number (issue 3, Build 1): type="tel", autocomplete="tel" or
// "tel-national", or a label, placeholder, name or id that says Phone, Mobile, Teléfono… Their
// control sits beside the field and follows its value; the value itself is only ever read.
import { displayTarget } from '../shared/phone.ts';
import { findTargetsInText, isPhoneFieldLabel, targetFromFieldValue } from '../shared/detect/index.ts';
import type { Target } from './seams.ts';

// `type` reflects unknown and missing values as "text"; search, email, number… never hold a phone
// number the agent would transfer to.
const FIELD_TYPES = new Set(['text', 'tel']);
const PHONE_AUTOCOMPLETE = new Set(['tel', 'tel-national']);
// A label is a few words; the label regex need not read a paragraph that happens to wrap an input.
const MAX_LABEL_LENGTH = 100;

/** The target a field's current value stands for, if the field holds phone numbers. */
export function fieldTargets(input: HTMLInputElement, value: string, country: string): Target[] {
  if (!FIELD_TYPES.has(input.type)) return [];
  const options = { defaultCountry: country };
  // The value goes first: most fields are empty or hold no number, and reading labels costs more.
  const rawId = targetFromFieldValue(value, options);
  if (!rawId || !isPhoneField(input)) return [];
  const extension = findTargetsInText(value, options).find((target) => target.rawId === rawId)?.extension;
  return [{ rawId, display: displayTarget(rawId), ...(extension ? { extension } : {}) }];
}

export function isPhoneField(input: HTMLInputElement): boolean {
  if (input.type === 'tel') return true;
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((token) => PHONE_AUTOCOMPLETE.has(token))) return true;
  return labelsOf(input).some((label) => isPhoneFieldLabel(label.slice(0, MAX_LABEL_LENGTH)));
}

/** Everything that names the field: aria-labelledby, aria-label, <label>s, placeholder, name, id. */
function labelsOf(input: HTMLInputElement): string[] {
  // Only connected fields are evaluated, so the root is the document or a shadow root.
  const root = input.getRootNode() as Document | ShadowRoot;
  const labelledBy = (input.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter((id) => id.length > 0)
    .map((id) => root.getElementById(id)?.textContent ?? '');
  const labels = [...(input.labels ?? [])].map((label) => label.textContent ?? '');
  return [...labelledBy, input.getAttribute('aria-label') ?? '', ...labels, input.placeholder, input.name, input.id];
}
