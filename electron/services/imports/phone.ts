// Phone numbers as other tools write them ("tel:+1-418-656-9254;ext=102", "+44 (0)161 496 0000",
// "0161 496 0000 x12"), written the way Bridgework shows them: British numbers as dialled in
// Britain, others with their country code, and an extension as " ext. 102".
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** The number in Bridgework's form, or the text as it was if it is not a phone number. */
export function importedPhone(text: string): string {
  const parsed = parsePhoneNumberFromString(text.replace(/\(0\)/, ''), 'GB');
  if (!parsed?.isPossible()) return text;
  const number = parsed.countryCallingCode === '44' ? parsed.formatNational() : parsed.formatInternational();
  const withoutExtension = number.replace(/\s*(?:ext\.|x)\s*\d+$/, '');
  return parsed.ext ? `${withoutExtension} ext. ${parsed.ext}` : withoutExtension;
}
