/**
 * A country hint when nobody stated one: the email domain's country code top-level domain, or the
 * phone number's calling code. Always a guess (Participant.cultureGuessed), never a statement.
 */
import { normaliseCountry } from '../core/culture/country.ts';

// Country-code domains used worldwide as generic ones ("startup.io", "cloud.ai") say nothing.
const GENERIC_CCTLDS = new Set('ai io co me tv fm ly to cc ws gg sh so im am la nu tk vc gl ag'.split(' '));
const TLD_ALIASES: Record<string, string> = { uk: 'GB', su: 'RU', рф: 'RU', бел: 'BY', укр: 'UA', қаз: 'KZ' };

export interface CountryGuess {
  country: string;
  /** What the guess rests on, for the note shown to the user: ".ru domain", "+49 phone number". */
  basis: string;
}

export function countryFromEmail(email: string): CountryGuess | undefined {
  const domain = email.trim().toLowerCase().split('@')[1];
  const tld = domain?.split('.').at(-1);
  if (!tld || GENERIC_CCTLDS.has(tld)) return undefined;
  const country = TLD_ALIASES[tld] ?? (tld.length === 2 ? normaliseCountry(tld) : undefined);
  return country ? { country, basis: `.${tld} email domain` } : undefined;
}

// ITU calling codes; shared codes (+1, +7) go to the larger country, which the note makes visible.
const CALLING_CODES: Record<string, string> = Object.fromEntries(
  '1=US 7=RU 20=EG 27=ZA 30=GR 31=NL 32=BE 33=FR 34=ES 36=HU 39=IT 40=RO 41=CH 43=AT 44=GB 45=DK 46=SE 47=NO 48=PL 49=DE 51=PE 52=MX 54=AR 55=BR 56=CL 57=CO 60=MY 61=AU 62=ID 63=PH 64=NZ 65=SG 66=TH 81=JP 82=KR 84=VN 86=CN 90=TR 91=IN 92=PK 234=NG 254=KE 351=PT 353=IE 358=FI 370=LT 371=LV 372=EE 374=AM 375=BY 380=UA 420=CZ 421=SK 852=HK 886=TW 966=SA 971=AE 972=IL 995=GE 998=UZ'
    .split(' ')
    .map((pair) => pair.split('=') as [string, string]),
);

/** "+49 170 1234567" -> DE. Only international numbers (with + or 00) carry a calling code. */
export function countryFromPhone(phone: string): CountryGuess | undefined {
  const compact = phone.replace(/[\s().\-\u00a0\u202a-\u202e]/g, '');
  const digits = /^(?:\+|00)(\d{6,15})$/.exec(compact)?.[1];
  if (!digits) return undefined;
  // Kazakhstan shares +7 with Russia: its numbers start +76 and +77.
  if (/^7[67]/.test(digits)) return { country: 'KZ', basis: '+7 7xx phone number' };
  for (const length of [3, 2, 1]) {
    const country = CALLING_CODES[digits.slice(0, length)];
    if (country) return { country, basis: `+${digits.slice(0, length)} phone number` };
  }
  return undefined;
}
