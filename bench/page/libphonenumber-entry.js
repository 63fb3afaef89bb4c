// Entry of the libphonenumber bundle injected into pages for the per-node baseline.
export { findPhoneNumbersInText } from 'libphonenumber-js/max';
