// The one place libphonenumber-js is loaded (issue 11): its core functions with the /max metadata,
// which arrives as a JSON string and is parsed on first use. As an object literal (what
// `libphonenumber-js/max` imports) V8 builds the whole ~157 KB object while the script starts, in
// every frame the content script runs in, whether or not the frame ever shows a number; parsing the
// string costs about as much as that once, and only in frames with candidate text.
import {
  findPhoneNumbersInText as findInText,
  isSupportedCountry as isSupported,
  parsePhoneNumberFromString as parseFromString,
  type CountryCode,
  type MetadataJson,
  type NumberFound,
  type PhoneNumber,
} from 'libphonenumber-js/core';
// A path, not the package name: the package's exports map the name to a JavaScript module.
import metadataText from '../../node_modules/libphonenumber-js/metadata.max.json?raw';

export type { CountryCode, NumberFound, PhoneNumber } from 'libphonenumber-js/core';

type ParseOptions = { defaultCountry?: CountryCode; extract?: boolean };

let metadata: MetadataJson | undefined;

function phoneMetadata(): MetadataJson {
  metadata ??= JSON.parse(metadataText) as MetadataJson;
  return metadata;
}

export function parsePhoneNumberFromString(text: string, options: CountryCode | ParseOptions = {}): PhoneNumber | undefined {
  return parseFromString(text, options, phoneMetadata());
}

export function findPhoneNumbersInText(text: string, options: { defaultCountry?: CountryCode }): NumberFound[] {
  return findInText(text, options, phoneMetadata());
}

export function isSupportedCountry(code: string): code is CountryCode {
  return isSupported(code as CountryCode, phoneMetadata());
}
