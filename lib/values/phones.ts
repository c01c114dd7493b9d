/** Phone numbers in the form a field wants, through libphonenumber-js. */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Phone } from '../profile/schema';

export interface PhoneFormats {
  e164: string;
  /** Nationally formatted, e.g. "(201) 555-0123" or "6341 2126". */
  national: string;
  /** Digits only of the national number. */
  nationalDigits: string;
  international: string;
  /** "+852" */
  countryCode: string;
  /** "852" */
  countryCodeDigits: string;
  country?: string;
  extension?: string;
}

/** Parse a stored phone (its E.164 when present, else the raw text). Undefined when unparseable. */
export function phoneFormats(phone: Phone | string, defaultCountry?: string): PhoneFormats | undefined {
  const text = typeof phone === 'string' ? phone : (phone.e164 ?? phone.raw);
  const parsed = parsePhoneNumberFromString(text, defaultCountry as CountryCode | undefined);
  if (!parsed) return undefined;
  return {
    e164: parsed.number,
    national: parsed.formatNational(),
    nationalDigits: parsed.nationalNumber,
    international: parsed.formatInternational(),
    countryCode: `+${parsed.countryCallingCode}`,
    countryCodeDigits: parsed.countryCallingCode,
    ...(parsed.country ? { country: parsed.country } : {}),
    ...(parsed.ext ? { extension: parsed.ext } : {}),
  };
}
