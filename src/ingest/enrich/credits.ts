/**
 * Picture and wire credits inside article text ("Gleb Garanich/Reuters", "(AFP via Getty Images)", "KYIV (Reuters)
 * -", "Photograph: Reuters"): agencies named there are credits, not subjects, while "Reuters reported" still names
 * an organization. Credits are blanked with spaces of the same length so offsets stay true.
 */

/** Picture agencies and wire services as they are written in credits. */
const AGENCY = String.raw`(?:Getty(?:\s+Images)?|Reuters|REUTERS|AFP|AP|Associated\s+Press|EPA(?:-EFE)?|PA(?:\s+(?:Media|Wire|Images))?|`
  + String.raw`Shutterstock|Alamy|Rex(?:\s+Features)?|REX|Xinhua|Anadolu(?:\s+Agency)?|TASS|RIA(?:\s+Novosti)?|EFE|ANSA|dpa|DPA|`
  + String.raw`UPI|WENN|Splash(?:\s+News)?|Bloomberg|SIPA|Sipa(?:\s+USA)?|NurPhoto|Sputnik|iStock(?:photo)?|Pool|POOL|ZUMA(?:\s+Wire)?)`;
const CAP_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`;
/** A photographer before the agency: up to four capitalized words or initials ("Gleb Garanich", "Ed J. Jones"). */
const CREDIT_NAME = String.raw`${CAP_WORD}(?:\s+${CAP_WORD}){0,3}`;
/** What follows the agency after a slash: a capitalized word and up to three more ("Social media", "File Photo"). */
const CREDIT_TAIL = String.raw`${CAP_WORD}(?:\s+[\p{L}][\p{L}'’-]*){0,3}`;

const CREDIT_PATTERNS: RegExp[] = [
  // (Photo by X/AFP via Getty Images), (Reuters), (AP Photo/X), (Picture: X)
  new RegExp(String.raw`\(\s*(?:(?:photo|picture|image|video|credit)s?\s*(?:by\b|:)[^)\n]*|${AGENCY}(?:\s+Photo)?(?:\s*(?:/|via\b)[^)\n]*)?)\s*\)`, 'giu'),
  // (Oleg Urusov/ Roscosmos Press Service photo via AP), (Jane Doe/Getty Images)
  new RegExp(String.raw`\([^()\n]{0,120}?(?:/|\bvia|\bphoto)\s*${AGENCY}\s*\)`, 'gu'),
  // X/Reuters, Reuters/X, AFP via Getty Images, REUTERS/X/File
  new RegExp(String.raw`(?:${CREDIT_NAME}\s*/\s*)+${AGENCY}(?:\s*/\s*${CREDIT_TAIL})*\b`, 'gu'),
  new RegExp(String.raw`\b${AGENCY}(?:\s+Photo)?(?:\s*/\s*${CREDIT_TAIL})+`, 'gu'),
  new RegExp(String.raw`\b${AGENCY}\s+via\s+${AGENCY}\b`, 'gu'),
  // "… in Kyiv. Photograph: Reuters" / "Credit: Getty" closing a line
  new RegExp(String.raw`(?<=^|[.!?)]\s{0,3})(?:picture|photo|photograph|image|credit)s?\s*:\s*[^\n.!?]{1,60}\.?[ \t]*$`, 'gimu'),
];

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The text with every picture or wire credit replaced by spaces (same length, same line breaks). */
export function blankCredits(text: string): string {
  let out = text;
  for (const re of CREDIT_PATTERNS) out = out.replace(re, blank);
  return out;
}
