/**
 * Removes site chrome from article text with general rules, paragraph by paragraph:
 * - phrases that pages use for furniture (share/subscribe/ad-blocker pleas, "The post
 *   … appeared first on …", chat-widget greetings, "views are the writer's" disclaimers);
 * - short lines without sentence structure (menus, buttons, section labels, bylines);
 * - lines that repeat the site's own name.
 * Also normalizes quotes and whitespace so that later offsets are stable.
 */
const CHROME_PATTERNS: RegExp[] = [
  /^(related|recommended|trending|popular|more)( articles?| stories| posts| news)?:?$/i,
  /^(sponsored( content)?|advertisement|ad|promoted)$/i,
  /^(back to top|skip to (main )?content|scroll to top|read more|continue reading|load more|show comments?)\b/i,
  /^(share|tweet|email|print)( this( article| story)?)?( on \w+)?$/i,
  /^(subscribe|sign up|log ?in|register|follow us)\b.{0,80}$/i,
  /\bad ?block(er)?s? (detected|enabled)\b/i,
  /\b(disabl(e|ing)|turn(ing)? off|whitelist(ing)?) (your |the )?ad ?blockers?\b/i,
  /^the post .{3,300} appeared first on .{2,120}$/i,
  /\bhow (can|may) i (help|assist) you\b/i,
  /\b(does|do) not (always |necessarily )?(share|reflect|support|represent|endorse)\b.{0,60}\b(views|opinions)\b/i,
  /\b(views|opinions) expressed\b.{0,80}\b(are|is) (those|that) of the (writer|author)s?\b/i,
  /^(all rights reserved|copyright|©)/i,
  /\b(cookies?|privacy policy|terms of (use|service))\b.{0,80}\b(accept|agree|consent|continue)\b/i,
];

const TERMINAL = /[.!?…"')\]]$/;
const MAX_LABEL_WORDS = 14;

export interface CleanOptions {
  /** The site's name, when known: lines made of it are dropped. */
  source?: string | null;
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/[\u2013\u2014]/g, (d) => (d === '\u2013' ? '-' : '—'))
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ');
}

export function isChrome(line: string, source?: string | null): boolean {
  const l = line.trim().replace(/^"\s*/, '').replace(/\s*"$/, '');
  if (!l) return true;
  if (CHROME_PATTERNS.some((p) => p.test(l))) return true;
  if (source && l.toLowerCase() === source.toLowerCase()) return true;
  const words = l.split(/\s+/).length;
  // A line that does not end a sentence and is short is a label: menu, button, heading, byline.
  if (!TERMINAL.test(l) && words <= MAX_LABEL_WORDS) return true;
  return false;
}

export function cleanText(text: string, options: CleanOptions = {}): string {
  return normalizeText(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !isChrome(l, options.source))
    .join('\n\n');
}
