/** Shared pieces of person-name matching, used by the person and resolution components. */
const PARTICLES = 'bin|bint|ibn|al|el|de|da|do|van|von|der|den|le|la|du|di|dos|das';
// "O'Brien", and Polynesian or Arabic names with a glottal stop inside ("Mata'afa"), but not a possessive "'s".
// "F.W. de Klerk", "P.W. Botha": joined initials open a name (not "U.S." or "U.N.", which name a country or a body).
const NAME_TOKEN = `(?:(?!U\\.[SKN]\\.|E\\.U\\.)\\p{Lu}\\.\\p{Lu}\\.(?:\\p{Lu}\\.)?(?=\\s+\\p{L})|\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{L}+|'\\p{Lu}\\p{L}*|'(?!s\\b)\\p{Ll}{2,})*\\.?)`;
/** One to five capitalized tokens, with name particles between them ("Mohammed bin Salman", "Tamim bin Hamad Al Thani"). */
const PREFIXED_TOKEN = `(?:al|el|ad|ash|bin|ibn|abu)-${NAME_TOKEN}`;
export const NAME = `${NAME_TOKEN}(?:\\s+(?:(?:${PARTICLES})\\s+){0,2}${NAME_TOKEN}|\\s+${PREFIXED_TOKEN}){0,4}`;

export const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);
/** Capitalized words that start sentences or headings but never start a name. */
export const NOT_NAME_START = new Set(
  'The A An This That These Those He She It They We I You His Her Its Their Our In On At For With From By As But And Or If When While After Before During Since Until Although Though However Meanwhile Yet So Also Then Still Some Many Most All Both Each Every Several Such No Not Mr Mrs Ms Dr Today Yesterday Tomorrow Last Next Earlier Later According Speaking Asked Under Over Despite Among Between Against Amid Without Within Where What Who Why How Washington'.split(' '),
);
/** Words that end a run of capitalized tokens: what follows is not part of a name. */
export const NOT_NAME_TOKEN = new Set([
  ...MONTHS_AND_DAYS,
  ...'Department Ministry Office Council Agency Party Army Navy Union News Times Post Journal Daily Street Avenue Square River Sea Strait Island Islands Summit Conference Forum House Senate Congress Parliament Assembly Government Administration Committee Commission Court Republic Kingdom States Nations Federation Organization Treaty Accord Agreement Policy Doctrine Initiative Plan Program Programme Deal Act Road Belt Palace Castle Cathedral Chapel Airport Hotel Stadium Force Forces Garden Gardens Hall Museum Valley Mountains Desert Peninsula Canyon East West'.split(' '),
]);

/** What people outside office are named by ("Jimmy Lai, the jailed Hong Kong publisher"): an occupation, not a post. */
export const PRIVATE_ROLES = 'journalist|reporter|activist|dissident|publisher|blogger|lawyer|businessman|businesswoman|tycoon|novelist|writer|scholar|academic|professor|cleric|teacher|player|athlete|footballer|singer|actor|actress|artist|filmmaker|dealer|student|researcher|engineer|pilot|nurse|politician';

/** A common noun for a person's occupation right before a capitalized run marks it as a name ("the journalist Roman Protasevich"). */
export const ROLE_NOUN_BEFORE = new RegExp(
  `\\b(?:${PRIVATE_ROLES}|correspondent|opposition leader|opposition figure|opposition candidate|candidate|rapper|musician|artist|commander|negotiator|envoy|hostage|prisoner|detainee|pilot|athlete|marine|soldier|veteran|officer|aide|adviser|advisor|spokesman|spokeswoman|chief|boss|founder|counterpart)(?:,\\s*|\\s+)$`,
  'i',
);

export function tokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}
