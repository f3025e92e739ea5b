import type { EventType } from '../domain/ontology';
import type { Sentence } from './article-doc';
import type { GazetteerMatch } from './gazetteer';

/**
 * Event phrasings a fixed verb list cannot enumerate, as patterns over a sentence:
 * each match stands for its first word as the event's verb, so the events component
 * finds actors and targets around it as for any verb.
 */

/**
 * "called the attacks reckless", "described the move as a provocation": a verdict of
 * censure on what stands between is a criticism of whoever is named there.
 */
const CENSURE =
  /\b(?:call(?:ed|s|ing)|describ(?:ed|ing)|labell?(?:ed|ing)|brand(?:ed|ing))\s+(?!(?:on|for|upon|off|in|back|up)\b)(?:[\p{L}\d'’-]+,?\s+){0,10}?(?:as\s+)?(?:an?\s+)?(?:(?:major|serious|grave|flagrant|clear|blatant|gross|deliberate|open|new|huge|great|big)\s+)?(?:(?:an?\s+)?(?:instrument|tool|weapon)\s+of|unfair|unreasonable|disrespectful|disappointment|theft|robbery|disproportionate|incomprehensible|excessive|counterproductive|reckless|irresponsible|unacceptable|provocative|dangerous|illegal|unlawful|illegitimate|absurd|ridiculous|hypocritical|disgraceful|insane|intolerable|inexcusable|unforgivable|destabili[sz]ing|unjustified|outrageous|deplorable|despicable|shameful|regrettable|baseless|unfounded|hostile|aggressive|inflammatory|destructive|unfriendly|anti-national|violation|provocation|mistake|betrayal|insult|disgrace|farce|sham|act of aggression|authoritarian act|stab in the back|treason|preposterous|ludicrous|fabricated|groundless|unwarranted|reward for terror(?:ism)?|surrender to terror(?:ism)?|devastating|alarming|(?:publicity|political)\s+stunt|stunt|charade|witch hunt|smear campaign|propaganda|apartheid|short-sighted|shortsighted|hasty|rash|fascists?|Nazis?|Nazi remnants|thugs|genocidal|barbaric|murderous|racist|criminal|unsafe|unprofessional|insulting|dishonest|deceitful|treacherous|arrogant|shameless|outdated|obsolete|anachronistic|invasion|humiliation)\b/giu;
/** "gave the junta one week to reinstate the president": a deadline to act is a demand. */
const ULTIMATUM = /\bga(?:ve|ves)\s+(?!(?:up|in|way|back)\b)(?:[\p{L}'’,-]+\s+){1,10}?(?:one|two|three|four|five|seven|ten|\d+|a|an)\s+(?:hours?|days?|weeks?|months?)\s+to\s+\p{Ll}/giu;
/** "announced $7.9 billion in military aid for Ukraine", "pledged full support for Russia": giving aid or backing is support. */
const AID_FOR =
  /\b(?:announced|pledged|promised|approved|unveiled|offered|expressed|voiced)\s+(?:(?:a|an|its|his|her|their|new|additional|further|full|fresh|strong|unwavering|continued|continuing|more|greater|\p{Lu}\p{Ll}+(?:['’]s)?)\s+)*(?:[$€£]?[\d.,]+\s*(?:billion|million)?\s*(?:dollars|euros|tonnes|tons|metric\s+tons)?\s+(?:in|of)\s+)?(?:(?:new|additional|further)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:aid|assistance|support|backing|help|growth\s+plan|investment\s+plan|recovery\s+plan|(?<=\b(?:promised|pledged|offered)\s+(?:(?:more|new|further|additional|greater)\s+)(?:\p{Lu}\p{Ll}+\s+)?)investment(?=\s+in\b))(?:\s+(?:for|to|worth|in|with)\b|(?=[.,;]|\s+and\b|\s+on\s+\p{Lu}\p{Ll}+day\b))/giu;
/** An amount written in words up to ninety-nine, as sums are ("sixty billion dollars", "thirty-three billion"). */
const AMOUNT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
/** "announced a package of one billion euros for Lebanon", "pledged 45 million dollars to help …": a sum given is support. */
const SUM_FOR = new RegExp(
  String.raw`\b(?:announced|pledged|promised|unveiled|offered|committed)\s+(?:(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?package\s+(?:of|worth)\s+)?(?:[$€£]?[\d.,]+|${AMOUNT_WORD})\s+(?:billion|million)(?:\s+(?:dollars|euros|pounds))?\s+(?:in\s+(?:financing|aid|loans|credits|assistance|funding|investment)\s+)?(?=for\s+(?:the\s+)?\p{Lu}|to\s+help\b|to\s+(?:new\s+)?(?:investments?|projects|development|infrastructure)\s+in\s+\p{Lu})`,
  'giu',
);
/**
 * "awarded President Joe Biden the Grand Cross of the Order of Merit", "conferred the Order of the Nile, Egypt's highest
 * honour, on Modi": an honour handed over in person is a meeting; the whole phrase up to the one honoured is the verb.
 */
const HONOUR = String.raw`(?:Order|Medal|Cross|Prize|Collar|Star|honour|honor|award|decoration)`;
const AWARDED = new RegExp(String.raw`\b(?:awarded|presented)\s+(?=(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}?(?:the|its|his|her|a|an)\s+(?:[\p{L}'’-]+\s+){0,6}?${HONOUR}\b)`, 'gu');
const CONFERRED_ON = new RegExp(String.raw`\b(?:conferred|bestowed)\s+(?:the|its|his|her|a|an)\s+(?:[\p{L}'’-]+\s+){0,6}?${HONOUR}\b[^;.]{0,80}?\s(?:on|upon)\s+`, 'gu');
/** "held nearly three hours of talks", "held two days of talks", "held wide-ranging talks": talks held are a meeting (two sides are still needed). */
const HELD_TALKS = /\bheld\s+(?:(?:nearly|almost|more\s+than|about|over|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+|days?|hours?|rounds?|of|lengthy|long|closed-door|private|direct|face-to-face|separate|bilateral|one-on-one|informal|formal|brief|their|first|(?!(?:no|not|never|off|out|up|back|on|in|to|with|for|the|his|her|its)\b)[\p{Ll}-]+,?)\s+){1,5}talks\b/giu;
/** "ended two days of talks in Almaty", "began three rounds of talks": a stretch of talks begun or ended was held. */
const TALKS_SPAN = /\b(?:ended|ending|concluded|concluding|wrapped\s+up|wrapping\s+up|completed|began|opened|started)\s+(?:(?:nearly|almost|more\s+than|about|over|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:days?|hours?|rounds?)\s+of\s+(?:[\p{L}-]+\s+){0,2}talks\b/giu;
/**
 * "held their first face-to-face meeting", "had a forty-minute conversation with Pope Francis": a meeting or
 * conversation held is a meeting (two sides are still needed).
 */
// "ended their first summit off Malta": a summit or talks the two sides ended, opened or concluded were held.
// The look back runs only where one of those verbs stands, which is what keeps the pattern cheap.
const HELD_MEETING = /\b(?:held|had|(?:ended|concluded|opened|closed|wrapped\s+up)(?<=\b(?:and|both|two|leaders|presidents|ministers|sides)\b[^.;]{0,80}?\s(?:ended|concluded|opened|closed|wrapped\s+up)))\s+(?:a|an|their|his|her)\s+(?:(?!(?:phone|telephone|video|virtual|online)\b)[\p{L}-]+\s+){0,4}?(?:meeting|conversation|discussion|talks|summit|dialogue)\b/giu;
/** "had spoken to President Trump by telephone": a conversation by phone is a call. */
const SPOKE_BY_PHONE = /\b(?:spoke|spoken|talked)\s+(?:to|with)\s+(?!(?:reporters|journalists|the\s+press)\b)(?:[\p{L}.'’-]+\s+){1,6}?by\s+(?:tele)?phone\b/gu;
/** "held a phone call", "had a telephone conversation": a call, not a meeting. */
const HELD_CALL = /\b(?:held|had)\s+(?:a|an|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:phone|telephone|video)\s+(?:call|conversation|conference)\b/giu;
/** "joined King Abdullah in a three-way call with President Trump": joining a call with others is calling them. */
const JOINED_CALL = /\bjoined\s+(?=(?:the\s+)?\p{Lu})[^,;.]{0,60}?\s+in\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?call\s+with\b/gu;
/** "gave a joint news conference", "had a working dinner": being together for the press or a meal is a meeting (two sides are still needed). */
const TOGETHER = /\b(?:gave|held|addressed)\s+a\s+joint\s+(?:news|press)\s+conference\b|\b(?:had|shared)\s+(?:a\s+)?(?:(?:working|private|state|long|late)\s+)?(?:dinner|lunch|breakfast)\b(?!\s+with)|\bshook\s+hands\b(?!\s+with)/giu;
/** "Starmer and Trump sat down at Chequers on Thursday for talks": sitting down for talks together is a meeting. */
const SAT_DOWN_FOR = /\bsat\s+down\s+(?:(?:at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(?:on\s+\p{Lu}\p{Ll}+\s+)?for\s+(?:talks|a\s+meeting|lunch|dinner|a\s+working\s+(?:lunch|dinner))\b/gu;
/** "travelled to Kyiv on Monday for talks with President Zelensky": talks one travels for are a meeting. */
/** "travelled to Tokyo on Monday to meet Kishida", "was in New Delhi to meet Modi": a trip made to meet someone. */
const TRAVEL_TO_MEET =
  /(?<=\b(?:travell?ed|flew|arrived|went|came|headed|stepped|crossed|drove|walked|rode|sailed|was|were)\b(?:(?!\b(?:due|expected|scheduled|set|planning|planned|going|hoping|hoped|will|would)\b)[^.;]){0,90}?)\bto\s+meet\s+(?:with\s+)?(?=\p{Lu}|(?:the|his|her)\s+\p{Lu})/gu;
/** "joined Kishida for talks", "joined the president for dinner": joining someone for talks or a meal is meeting them. */
const JOINED_FOR = /\bjoined\s+(?=(?:the\s+)?\p{Lu})[^,;.]{0,60}?\s+for\s+(?:talks|a\s+meeting|(?:a\s+)?(?:working\s+)?(?:lunch|dinner|breakfast))\b/gu;
/** "the two spoke on the sidelines", "talked face to face": a conversation in person. */
const SPOKE_IN_PERSON = /\b(?:spoke|talked|conferred|chatted)\s+(?:briefly\s+|privately\s+)?(?=on\s+the\s+sidelines|in\s+person|face[- ]to[- ]face)/giu;
/** "Meeting in Tokyo on Monday, Modi and Kishida agreed …": an opening participle of meeting, its subjects after the comma. */
const MEETING_OPENER = /^(?:Meeting|Talking)\s+(?:in|at|on)\s+/gu;
/** "Modi, meeting Kishida in Tokyo, raised trade": a participle of meeting with a person after it. */
const MEETING_PARTICIPLE = /(?<=,\s)meeting\s+(?:with\s+)?(?=(?:the|his|her)\s+\p{Lu}|\p{Lu}|(?:in|at)\s+(?:the\s+)?\p{Lu})/gu;
/**
 * "spent two hours with Kishida", "walked through Kyiv with Zelensky", "travelled together to Hiroshima", "talked for an hour", "chatted over tea":
 * time spent together in person (two sides are still needed; a call is not).
 */
const TIME_TOGETHER =
  /\bspent\s+(?:[\p{L}-]+\s+){1,4}?with\s+(?=(?:the\s+|his\s+|her\s+)?\p{Lu})|\b(?:walked|strolled|toured)\s+(?:[\p{L}-]+\s+){1,6}?with\s+(?=(?:the\s+|his\s+|her\s+)?\p{Lu})|\b(?:travell?ed|flew|went|walked|toured|strolled|rode|drove|appeared|appearing)\s+together\b|\b(?:talked|chatted|conversed)\s+(?:for\s+(?:an?|one|two|three|several|\d+|nearly|more\s+than|about|over)\s+(?:[\p{L}-]+\s+){0,2}?(?:hours?|minutes?)|over\s+(?:tea|coffee|dinner|lunch|breakfast))\b(?!\s+(?:by|on\s+the|over\s+the)\s+(?:phone|telephone|video))/giu;
const TRAVEL_FOR_TALKS = /(?<=\b(?:travell?ed|flew|arrived|went|came|headed|was|were|visit|trip)\b[^.;]{0,60}?)\bfor\s+(?:talks|a meeting|meetings|consultations|(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+)?summit|(?:a\s+)?(?:working\s+|private\s+|state\s+)?(?:dinner|lunch|breakfast))\s+with\b/giu;
/** "invited Egypt and Sudan to work with Ethiopia": an invitation to act is a request (not one to a place or an event). */
const INVITED_TO = /\binvit(?:ed|es)\s+(?:[\p{L}.'’-]+\s+){1,6}?to\s+(?!(?:the|a|an|his|her|their|its|attend|visit|hold|come|meet|join|travel|go)\b|(?:make|pay)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}visit\b)\p{Ll}+/gu;
/**
 * "told Brazil and Colombia not to meddle", "told him that Washington must stop interfering": telling someone
 * what to do, or what must stop, is a demand.
 */
const TOLD_TO = /\btold\s+(?!(?:reporters|journalists|lawmakers|parliament|the\s+press)\b)(?:(?!(?:that|he|she|they|it|we|I)\b)[\p{L}.'’-]+\s+){1,6}?(?:not\s+)?to\s+\p{Ll}/gu;
// "told Kishida that the two countries should manage their differences": what both sides should do is a proposal, not a demand.
const TOLD_MUST =
  /\btold\s+(?!(?:reporters|journalists|lawmakers|parliament|the\s+press|a\s+news|state\s+media|an?\s+interviewer)\b)(?:[\p{L}.'’-]+\s+){1,6}?that\s+(?!(?:the\s+two|both|we|our)\b)(?:(?!and\b)[\p{L}.'’-]+\s+){1,4}?(?:must|should|ought\s+to|needed\s+to|had\s+to)\s+(?:not\s+|no\s+longer\s+)?\p{Ll}/gu;
/** "had reached a trade agreement with Vietnam": an agreement reached, whatever kind. */
const REACHED_AGREEMENT = /\breached\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|deal|accord)\b/giu;
/** "expressed her serious concern about", "voiced deep concerns over": concern raised about something is a discussion of it. */
const CONCERN = /\b(?:expressed|voiced|raised|conveyed)\s+(?:(?:his|her|their|its|deep|serious|grave|strong|growing|particular)\s+){1,3}concerns?\s+(?:to\s+[^,;]{1,70}?\s+)?(?:about|over|at)\b|\btold\s+(?=(?:[\p{L}.'’-]+\s+){1,6}?of\s+(?:his|her|their|its)\s+(?:(?:deep|serious|grave|strong|growing)\s+)?concerns?\s+(?:about|over)\b)/giu;
/**
 * "ordered a 25 percent tariff on all Colombian goods", "imposed visa restrictions on its officials": a penalty laid
 * on someone is a sanction, whatever words stand between the verb and the penalty.
 */
const PENALTY =
  /\b(?:imposed|imposes|imposing|ordered|orders|announced|slapped|levied|levies|adopted|approved)\s+(?:(?:a|an|new|fresh|further|sweeping|matching|retaliatory|reciprocal|additional|higher|steep|heavy|punitive|its|his|her|their|package|round|set|of|\d+(?:\.\d+)?|percent|per|cent|%)\s+){0,5}(?:[\p{Ll}-]+\s+)?(?:(?:package|round|set)\s+of\s+)?(?:tariffs?|sanctions|duties|levies|visa\s+restrictions|visa\s+bans?|travel\s+bans?|export\s+controls|embargo(?:es)?)\s+(?:on|against)\b/giu;
/**
 * "The two sides also committed to work on a youth scheme": a commitment made is an agreement; one kept
 * ("remains committed to", "is fully committed to") is a stance, not a new act.
 */
const COMMITTED = /(?<!\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed|fully|deeply|firmly|strongly|still)\s+)\bcommitted\s+(?:themselves\s+|itself\s+)?to\s+(?=\p{Ll})/gu;
/**
 * "Bukele, sitting beside President Trump in the Oval Office, said …": two people seated side by side have met
 * (standing beside someone at a parade is attending it together, not meeting).
 */
const SIDE_BY_SIDE = /\b(?:sitting|seated|sat)\s+(?:beside|next\s+to|alongside)\s+(?=(?:(?:the|his|her)\s+)?\p{Lu})/gu;
/** "agreed …, according to a statement issued after their talks in the Great Hall": the talks of the ones who agreed. */
const THEIR_TALKS = /\b(?:after|during|at|following|before|ahead\s+of)\s+their\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|summit)\b/giu;
/** "made the announcement at a joint news conference with Secretary of State Rubio": appearing together is meeting. */
const JOINT_PRESS = /\b(?:at|during|in)\s+a\s+joint\s+(?:news|press)\s+conference\s+with\b/giu;
/** "Rubio, who was in Guatemala City on the fourth leg of a tour": being somewhere on a trip is visiting it. */
const ON_A_TRIP = /\b(?:was|were)\s+in\s+(?=\p{Lu})(?:[\p{L}.'’-]+\s+){1,3}(?:on|for|during)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}?(?:tour|trip|visit|leg)\b/gu;
/** "added ten US firms to its unreliable entity list": listing someone for penalties is a sanction. */
const LISTED = /\badded\s+(?:[\p{L}.'’-]+\s+){1,8}?to\s+(?:its|the|their|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:list|blacklist)\b/giu;
/**
 * "said the measures were unjustified", "said Trump's description of the kingdom was insulting": a verdict on someone's
 * act or words, told in a that-clause ("said the men were illegal immigrants" describes people, not an act).
 */
const SAID_VERDICT =
  /\b(?:said|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference))\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(?!(?:the|these|such|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:claims?|accusations?|allegations?|reports?|account|charges?)\s+(?:was|were|is|are)\b)(?:(?:the|this|these|its|their|such)\s+(?:[\p{L}-]+\s+){0,5}?|(?:(?:President|Prime\s+Minister|Minister|Chancellor)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){1,12}?)(?:was|were|is|are)\s+(?:an?\s+)?(?:(?:aggressive|brutal|excessive|reckless|dangerous|unjust)\s+and\s+)?(?:unjustified|unacceptable|illegal|unlawful|illegitimate|baseless|unfounded|disproportionate|groundless|absurd|provocative|irresponsible|hostile|unfair|unreasonable|disrespectful|insulting|offensive|humiliating|unjust|inhumane|barbaric|criminal|(?:a\s+)?bad\s+one|(?:a\s+)?(?:(?:serious|grave|big|huge|historic|strategic|terrible|major)\s+)?mistake|disappointing|(?:(?:sobering|regrettable)\s+and\s+)?(?:a\s+little\s+|deeply\s+)?depressing|(?:(?:serious|dangerous|deliberate|grave|direct|open)\s+)?provocation|(?:a\s+)?(?:breach|violation)\s+of|(?:(?:a\s+)?(?:blatant|flagrant|gross|open|clear)\s+)?(?:interference|meddling)\s+in)\b(?!\s+(?:immigrants|migrants|aliens|settlers|settlements|workers|crossings|arrivals|residents|entrants|border\s+crossers)\b)|\bsaid\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(?:the|this|these|its|their|such)\s+(?:[\p{L}-]+\s+){0,3}?(?:violated|violates|breached|breaches|contravened|contravenes|flouted|flouts)\s+(?:international\s+law|the\s+(?:[\p{L}-]+\s+){0,3}?(?:convention|charter|treaty|agreement|law|norms|rules))\b/giu;
/** "said the launch violated Security Council resolutions", "said the move broke UN resolutions": a breach of the Council's resolutions laid at someone's door. */
const SAID_BROKE_RESOLUTIONS =
  /\b(?:said|says)\s+(?:that\s+)?(?=(?:the|this|these|its|their|such)\s+(?:[\p{L}-]+\s+){0,3}?(?:violated|violates|breached|breaches|contravened|flouted|broke|breaks)\s+(?:(?:several|numerous|many|multiple)\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Security\s+Council\s+)?resolutions\b)/gu;
/**
 * "ordered 20 Czech diplomats to leave", "gave the German ambassador, Jan Kricke, 48 hours to leave", "by ordering
 * Chad's ambassador in Berlin to leave": an expulsion told as an order.
 */
const ORDERED_TO_LEAVE =
  /\b(?:ordered|ordering|told|telling)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:diplomat|envoy|ambassador|consul|attach[eé])\b[^,;.]{0,60},\s+to\s+leave\b|\b(?:ordered|told|asked)\s+(?:\p{Lu}[\p{L}-]+\s+)(?:on\s+\p{Lu}\p{Ll}+day\s+)?to\s+(?:reduce|cut|halve|shrink)\s+(?:the\s+(?:staff|size|number\s+of\s+(?:staff|diplomats))\s+(?:of|at)\s+)?(?:its|their)\s+(?:embassy|diplomatic\s+(?:staff|mission|presence))\b|\b(?:ordered|ordering|told|telling|gave|giving)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|its|their|several|all)\s+)?(?:(?:\p{Lu}[\p{L}-]+(?:['’]s)?|other)\s+)?(?:diplomats?|embassy\s+staff(?:ers)?|envoys?|ambassadors?|consuls?)(?:\s+and\s+(?:embassy\s+)?(?:staff|employees|officials|workers))?(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}.'’-]*,|\s+in\s+\p{Lu}[\p{L}-]+)?\s+(?:(?:\d+|[a-z]+-?[a-z]*)\s+(?:hours|days)\s+)?to\s+leave\b/gu;
/**
 * "said the decision would not go unanswered", "said Moscow would respond in kind", "said it had made clear that the
 * killing would have serious consequences": a reprisal announced is a warning.
 */
const SAID_REPRISAL =
  /\bsaid\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(?:(?:the|this|such|these)\s+(?:[\p{L}-]+\s+){0,3}?(?:would|will)\s+not\s+(?:go|remain)\s+unanswered|(?:it|they|\p{Lu}[\p{L}-]+)\s+(?:would|will)\s+(?:respond\s+in\s+kind|respond\s+(?:firmly|resolutely|decisively|strongly|forcefully)|retaliate|(?:take|impose|go\s+ahead\s+with)\s+(?:its\s+|their\s+)?(?:own\s+)?(?:retaliatory|reciprocal)\s+(?:measures|steps|tariffs))|(?:it|they|\p{Lu}[\p{L}-]+)\s+(?:would|will)\s+(?:not|never)\s+(?:allow|tolerate|permit)\s+(?:\p{Lu}[\p{L}-]+|anyone|any\s+country)\s+to(?=\s+\p{Ll})|[^.;]{0,100}?\b(?:would|will)\s+face\s+(?:(?:divine|harsh|severe|serious)\s+)?(?:revenge|consequences|retaliation|retribution)|[^.;]{0,100}?\b(?:would|will)\s+have\s+(?:serious|grave|severe|dire)\s+consequences|[^.;]{0,100}?\b(?:would|will)\s+be\s+a\s+red\s+line|(?:it|they|\p{Lu}[\p{L}-]+)\s+(?:would|will)\s+(?:propose\s+)?tak(?:e|ing)\s+(?:the|this|that)\s+(?:case|matter|dispute|issue)\s+to\s+(?:the\s+)?(?:World\s+Trade\s+Organization|WTO|International\s+Court\s+of\s+Justice|ICJ|courts?))\b/gu;
/** "announced with President Tebboune that …": a joint announcement made together. */
const ANNOUNCED_WITH = /\bannounced\s+(?:jointly\s+)?with\s+(?=(?:the\s+)?\p{Lu})/gu;
/** "declaring Rwanda's diplomats in Brussels persona non grata": expelling diplomats. */
const PERSONA_NON_GRATA = /\bdeclar(?:ed|es|ing)\s+(?:[\p{L}.'’-]+\s+){1,8}?persona\s+non\s+grata\b/giu;
/** "was ending its defence pact", "is suspending": a halt under way, told like one to come. */
export const HALT_UNDER_WAY = String.raw`(?:was|were|is|are)\s+(?:temporarily\s+)?(?:recalling(?=\s+(?:its|their)\s+(?:ambassador|envoy)s?\b)|ending|stopping|halting|suspending|severing|terminating|scrapping|withdrawing\s+from|quitting|cutting\s+(?:off\s+)?(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)|breaking\s+off)`;
/** "announced that the United States would stop all aid payments to Colombia", "said it was ending its defence pact": a halt announced is made. */
const ANNOUNCED_HALT = new RegExp(
  String.raw`\b(?:announced|decided|said)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:(?:it|they)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,3})(?:(?:had|has)\s+[^,;.]{1,60}?\s+and\s+)?(?:(?:would|will)\s+(?:stop|halt|suspend|end|cut\s+off|cut\s+(?=(?:diplomatic\s+)?(?:ties|relations)\b)|sever|withdraw\s+from|leave|quit|recall\s+(?:its|their)\s+(?:ambassador|envoy)s?)|${HALT_UNDER_WAY})\b`,
  'gu',
);
/** "two billion euros", "$13.5 million", "six hundred million pounds": a sum of money, in figures or in words. */
export const MONEY = String.raw`(?:(?:US|A|C)?[$€£¥]\s?[\d.,]+(?:\s+(?:million|billion))?|[\d.,]+\s+(?:million|billion)|(?:${AMOUNT_WORD}|a)\s+(?:hundred\s+)?(?:million|billion))`;
/**
 * "offered Kenya a credit line of 250 million dollars", "announced a Patriot missile battery for Ukraine", "announced
 * two billion euros of investment": aid, arms or money offered or announced is support (announced talks are not).
 */
const OFFERED_AID = new RegExp(
  String.raw`\b(?:offered|offers|announced|announces|unveiled|approved|approves)\s+(?=(?:(?:the\s+)?\p{Lu}[\p{L}-]+\s+)?(?:(?:an?|new|more|further|additional|extra|another|its|nearly|about|some|over|more\s+than|up\s+to)\s+)*(?:${MONEY}|(?:[\p{L}-]+\s+){0,3}?(?:aid|assistance|loans?|grants?|credit\s+line|line\s+of\s+credit|funding|financing|radars?|battery|batteries|weapons|arms|ammunition|vaccines|doses)\b))`,
  'gu',
);
/** "offered to help the Maldives strengthen its defences": help offered to someone named is support ("offered to help bring the sides together" is not). */
const OFFERED_HELP = /\b(?:offered|offers|pledged|pledges|promised|promises)\s+to\s+help\s+(?=(?:the\s+)?\p{Lu})/gu;
/**
 * "said Germany would help Syria rebuild", "promised that Japan will support Kenya's geothermal projects", "said Russia
 * would keep supplying Kyrgyzstan with fuel", "said Poland would lend Ukraine money", "said Russia was ready to help":
 * help a speaker says his state would give is support, by the state named (the modal is the promise, not a hedge).
 * Sending or giving counts only with something one sends as help, so "would send a delegation" is no support.
 */
const HELP_GIVEN = String.raw`(?:(?:continue\s+to|keep|also|further|fully|unconditionally|always|still|firmly|now)\s+)*(?:help|support|supporting|back|backing|assist|defend(?=\s+(?:the\s+)?\p{Lu})|(?:cooperate|co-operate|join)\s+(?:fully\s+)?(?:in\s+)?the\s+fight\s+against|fund|funding|finance|financing|stand\s+(?:by|with)|(?:set\s+up|create|establish|launch)\s+(?:a|an)\s+(?:[\p{L}\d,.-]+\s+){0,4}?fund(?=\s+(?:of|worth|to|for)\b)|cancel\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?debts?|(?:send|sending|give|giving|supply|supplying|provide|providing|lend|lending|donate|spend)\s+(?:[\p{L}\d,.-]+\s+){0,6}?(?:aid|relief|supplies|equipment|weapons|arms|ammunition|troops|officers|police|personnel|helmets|vaccines|medicines|food|grain|wheat|fuel|oil|gas|fertiliser|fertilizer|money|funds|loans?|grants?|dollars|euros|pounds|tonnes|yuan|rupees))\b`;
const SAID_STATE = String.raw`\b(?:said|says|promised|pledged|announced|added|stressed|(?:assured|told)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*|it|he|she|they|we)\s+`;
const WOULD_HELP = new RegExp(String.raw`(?<=${SAID_STATE})(?:would|will)\s+(?=${HELP_GIVEN})`, 'gu');
/** "said China would work with Washington to resolve the dispute": working with the other side to settle something is agreed. */
const WOULD_WORK_WITH = new RegExp(String.raw`(?<=${SAID_STATE})(?:would|will)\s+(?=work\s+(?:together\s+|closely\s+)?with\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+to\s+(?:resolve|settle|solve|end|tackle|address|find)\b)`, 'gu');
/**
 * "said India would upgrade its mission in Kabul and would send more earthquake relief", "said the first aircraft would
 * arrive soon and that Belgium would spend one billion euros on aid": help promised in a clause joined to the words.
 */
const WOULD_HELP_JOINED = new RegExp(
  String.raw`(?<=\b(?:said|says|promised|pledged|announced|added)\s+[^;.]{1,120}?\s+and\s+(?:that\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|it|he|she|they|we)\s+)?)(?:would|will)\s+(?=${HELP_GIVEN})`,
  'gu',
);
/** "said Russia was ready to help Azerbaijan and Armenia": the help is the verb, so that all it helps are its objects. */
const READY_TO_HELP = new RegExp(String.raw`(?<=${SAID_STATE}(?:was|is|were|are|stood|stands)\s+ready\s+to\s+)(?=${HELP_GIVEN})\p{L}+`, 'gu');
/**
 * "told lenders to freeze payments for trade with Spain", "ordered its airlines to halt flights to Israel": a state
 * telling its own to cut business with a country punishes that country; the order is no request of anyone abroad.
 */
const ORDERED_CUT =
  /\b(?:told|ordered|instructed|directed)\s+(?:(?:its|all|the|domestic|local|national)\s+)*(?:banks|lenders|companies|firms|businesses|airlines|carriers|ports|traders|exporters|importers|operators)\s+to\s+(?:freeze|halt|suspend|stop|block|cut|end)\s+(?:all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:payments|trade|imports|exports|transactions|transfers|flights|shipments|dealings|business)\b/gu;
/**
 * "said Ecuador would impose a 30 percent tariff on imports from Colombia from February": a penalty a state is said to
 * be about to impose is imposed (with "if" or "unless" after it, it is a threat, which is no penalty yet).
 */
const WOULD_IMPOSE =
  /(?<=\b(?:said|says|announced|decided)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,8})(?:would|will)\s+(?=(?:(?:impose|slap|levy)\s+(?:(?:a|an|new|fresh|further|sweeping|matching|retaliatory|reciprocal|additional|higher|steep|heavy|punitive|\d+(?:\.\d+)?|percent|per|cent|%)\s+){0,5}(?:[\p{Ll}-]+\s+)?(?:tariffs?|sanctions|duties|levies)|(?:introduce|impose|tighten)\s+(?:(?:new|further|fresh|additional|stricter|tighter)\s+)?(?:export\s+)?(?:restrictions|controls|curbs)\s+on\s+(?:exports|sales|shipments))\s+(?:on|against|of|to)\b(?![^.;]*\b(?:if|unless)\b))/gu;
/** "Colombia answered on Wednesday with a tariff of the same size on Ecuadorian goods": a penalty given back is a penalty. */
const ANSWERED_WITH_PENALTY =
  /\b(?:answered|responded|retaliated|hit\s+back)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:by\s+imposing|with)\s+(?:(?:a|an|its\s+own|matching|retaliatory|reciprocal|new)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:tariffs?|sanctions|duties|levies)\s+(?:of\s+[^,;.]{1,30}?\s+)?(?=on|against)/gu;
/** "closed all of the Dominican Republic's land, sea and air borders with Haiti": a border shut, however it is described. */
const BORDER_CLOSED =
  /\b(?:closed|closes|closing|shut|shuts|shutting|sealed|seals|sealing)\s+(?=(?:all\s+(?:of\s+)?)?(?:its|their|the)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:(?:\p{Lu}[\p{L}-]*['’]s|[\p{Ll}-]+,?|and)\s+){0,6}?(?:borders?|border\s+crossings|frontier)\s+with\s+(?:the\s+)?\p{Lu})/gu;
/** "said Paraguay would keep its ties with Taipei", "Japan would keep its sanctions in place": what a state says it keeps it reaffirms. */
const WOULD_KEEP =
  /(?<=\b(?:said|says|added|stressed|insisted)\s+(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})(?:would|will)\s+(?=(?:keep|maintain|retain|(?:keep|stick|adhere)\s+to)\s+(?:its|their|a|the)\s+(?:[\p{L}-]+\s+)?(?:sanctions|ties|relations|recognition|position|stance|policy|commitment|commitments)\b)/gu;
/** "said American sanctions against South Africa would stay in place": the speaker's own penalties kept in place are reaffirmed. */
const PENALTIES_STAY =
  /\b(?:said|says|added|stressed|insisted)\s+(?=(?:that\s+)?(?:(?:the|its|their|his|her|American|US|U\.S\.|\p{Lu}\p{Ll}+(?:an|ish|ese|i))\s+)?(?:sanctions|tariffs|restrictions|embargo)\b[^,;.]{0,50}?\b(?:would|will)\s+(?:stay|remain)\s+in\s+(?:place|force)\b)/gu;
/** "in response to the sanctions Tokyo imposed over the invasion": a penalty told through who imposed it is imposed. */
const PENALTY_IMPOSED_BY =
  /(?<=\b(?:sanctions|tariffs|duties|levies|export\s+controls)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?)(?:imposed|placed|slapped|levied)\b/gu;
/** "has called its ambassador to Russia, Alexander Graf Lambsdorff, back to Berlin": an envoy called back home is recalled. */
const CALLED_BACK =
  /\bcalled\s+(?=(?:its|their|his|her)\s+(?:country['’]s\s+)?(?:ambassadors?|envoys?|charg[eé]\s+d['’]affaires)\b[^.;]{0,80}?\bback\s+(?:to|home|for)\b)/gu;
/** "Abiy became the first Ethiopian leader to visit Eritrea in twenty years": being the first to visit is visiting. */
const FIRST_TO_VISIT = /\b(?:became|becomes|become|becoming|is|was)\s+the\s+first\s+(?:[\p{L}-]+\s+){0,4}?to\s+(?:visit|set\s+foot\s+(?:in|on))\s+(?=(?:the\s+)?\p{Lu})/gu;
/** "Iceland will suspend the operations of its embassy in Moscow from August 1": a state's step told as settled is taken. */
const WILL_CUT =
  /(?<=\b\p{Lu}[\p{L}-]*\s+)will\s+(?=(?:suspend|sever|close|shut|expel|recall|halt|freeze)\s+(?:the\s+operations\s+of\s+)?(?:its|their|all|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:embassy|embassies|consulate|consulates|ambassador|ambassadors|diplomats|relations|ties|mission|flights|trade)\b(?![^.;]*\b(?:if|unless)\b))/gu;
/**
 * "to say that Argentina will not take up the invitation to join the group", "said Serbia would not impose sanctions on
 * Russia", "said he would not sign an international agreement with Kosovo": a state said to turn down an offer, to
 * stay out of others' sanctions, or not to sign an accord refuses it.
 */
const WILL_NOT_JOIN =
  /(?:(?<=\b(?:say|says|said|saying|announced|told\s+(?:[\p{L}.'’-]+\s+){1,6}?)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:[\p{L}.'’-]+\s+){1,4})|(?<=\b(?:but|and)\s+))(?:will|would)\s+(?:not|never)\s+(?=(?:take\s+up|accept)\s+(?:the|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:invitation|offer)\b|sign\s+(?:an?|the|any|such)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|treaty|deal|accord|declaration|document)\b|join\s+(?:the\s+)?\p{Lu}|(?:impose|join)\s+(?:any\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?sanctions(?:\s+(?:on|against)\s+(?:the\s+)?\p{Lu}|(?=\s+(?:as\s+long\s+as|unless|so\s+long\s+as)\b))|apologi[sz]e\s+(?:for|to)\b|send\s+(?:any\s+)?(?:troops|soldiers|forces|weapons|arms)\b|make\s+(?:any\s+)?concessions\s+on\b|hold\s+(?:a\s+)?(?:summit|talks|meeting)\s+with\b|(?:reopen|renegotiate|revisit|give\s+up)\s+(?:an?|the|any|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|treaty|deal|accord|rebate|settlement|pact)\b)/gu;
/** "voted with Russia on Monday against a resolution", "voted for the text": a vote is a refusal or a backing of what is voted on. */
const VOTED_AGAINST =
  /\bvoted\s+(?:with\s+(?:[\p{L}.'’-]+\s+){1,4}?)?(?:on\s+\p{Lu}\p{Ll}+\s+)?against\s+(?=(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:resolution|motion|text|draft|proposal|bill|plan)\b)/gu;
const VOTED_FOR =
  /\bvoted\s+(?:with\s+(?:[\p{L}.'’-]+\s+){1,4}?)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:for|in\s+favou?r\s+of)\s+(?=(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:resolution|motion|text|draft|proposal|bill|plan)\b)/gu;
/** "making Japan his first bilateral stop as president": a country made one's stop is visited. */
const MADE_STOP =
  /\b(?:making|made|makes|make)\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:his|her|their)\s+(?:first|second|last|final|next)\s+(?:[\p{L}-]+\s+){0,2}?(?:stop|destination|trip|visit)\b)/gu;
/** "Obama arrived on Sunday with his family for a three-day visit": an arrival for a visit whose place the text told before. */
const ARRIVED_FOR_VISIT =
  /\barrived\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:(?:with|along\s+with)\s+[^.;,]{1,40}?\s+)?for\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|stay)\b)/gu;
/** "said Abe should have gone to Nanjing instead": what one should have done and did not is a reproach. */
const SHOULD_HAVE =
  /\bsaid\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+){1,4}(?:of\s+(?:the\s+)?\p{Lu}[\p{L}-]+\s+)?should\s+have\s+(?!been\b)\p{Ll})/gu;
/** "said the Dutch ambassador, who was on leave, should not return to Ankara": an envoy kept out is one sent away. */
const ENVOY_KEPT_OUT =
  /\bsaid\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:ambassador|envoy)\b[^.;]{0,60}?\s+(?:should|would|could|must|will)\s+not\s+return\b)/gu;
/** "withdrew landing permission for Cavusoglu's plane": a visitor's plane kept from landing is his entry barred. */
const LANDING_DENIED =
  /\b(?:withdrew|withdraws|withdrawn|revoked|revokes|denied|denies|refused|refuses)\s+(?:the\s+)?landing\s+(?:permission|rights|permit|clearance)\s+(?:for|to)\s+(?=(?:the\s+)?\p{Lu}|(?:the\s+)?[\p{Ll}-]+\s+\p{Lu})/gu;
/** "police escorted Family Minister Kaya to the German border": a visitor taken to the border is put out of the country. */
const ESCORTED_TO_BORDER =
  /\bescorted\s+(?=(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?\p{Lu}[^.;]{0,80}?\s+(?:to|across)\s+the\s+(?:[\p{L}-]+\s+)?border\b)/gu;
/** "said Tokyo wanted concrete action from the North": what a state says it wants from another it asks of it. */
const WANTED_FROM =
  /\bsaid\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they|(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:wanted|wants|expected|expects)\s+(?:(?:concrete|real|tangible|more|further|swift|firm|sincere)\s+)?(?:action|actions|steps|progress|answers|an\s+explanation|explanations|clarification|guarantees)\s+from\s+/gu;
/** A leader named by his title, perhaps after his country's adjective: "President Barack Obama", "Chinese Premier Li Keqiang". */
const LEADER_NAMED = (moreTitles = '') =>
  String.raw`(?:(?:US|U\.S\.|[\p{Lu}][\p{Ll}]+)\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emperor|Premier${moreTitles})\s+\p{Lu}`;
/** "visited Pearl Harbor on Tuesday with President Barack Obama": a place visited together with a leader is a meeting with him. */
const VISITED_WITH = new RegExp(
  String.raw`(?<=\b(?:visited|toured)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:together\s+)?)with\s+(?=${LEADER_NAMED()})`,
  'gu',
);
/** "Putin said Russia would gradually lift the sanctions it had imposed": a penalty to be lifted, announced, is lifted. */
const ANNOUNCED_LIFT =
  /(?<!\b(?:after|before|since|when)\s+(?:[\p{L}.'’-]+\s+){0,5})\b(?:said|announced|decided)\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they|(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:would|will)\s+(?:gradually\s+|soon\s+|also\s+|fully\s+|completely\s+|partly\s+)?(?:lift|ease|remove|scrap)\s+(?:the\s+|its\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:sanctions|ban|bans|restrictions|embargo|curbs)\b)/gu;
/** "watched the parade as the guest of President Emmanuel Macron": a leader's guest is with him. */
const GUEST_OF = new RegExp(String.raw`\bas\s+(?:the\s+)?(?:[\p{L}-]+\s+)?guests?\s+of\s+(?=${LEADER_NAMED(String.raw`|Crown\s+Prince`)})`, 'gu');
/** "the two leaders had issued a joint statement confirming …", "… endorsing five principles": what a statement issued together confirms is agreed (one "urging" is its own act). */
const JOINT_STATEMENT =
  /\b(?:issued|released)\s+(?=a\s+joint\s+(?:statement|declaration|communique)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:(?:confirming|declaring|affirming|reaffirming|committing|pledging|recogni[sz]ing|stating|saying|endorsing|backing|setting\s+out)\b))/gu;
/** "took Chinese President Xi Jinping for a pint of beer at a country pub": taking a leader out for a drink or a walk is meeting him. */
const TOOK_FOR =
  /\btook\s+(?=(?:(?:US|U\.S\.|[\p{Lu}][\p{Ll}]+)\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Premier|Crown\s+Prince)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:for|on)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:pint|drink|beer|walk|stroll|ride|tour|dinner|lunch|meal|cruise)\b)/gu;
/** "said North Korea must fully comply with the resolutions", "told reporters that Russia must stop …": what a state must do, said of it, is asked of it. */
const SAID_MUST =
  /\b(?:said|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?(?:(?:on\s+\p{Lu}\p{Ll}+|the\s+day\s+before)\s+)?(?:that\s+)?(?=(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:must|had\s+to|has\s+to)\s+(?:not\s+|fully\s+|immediately\s+|also\s+)?\p{Ll})/gu;
/** "watched the Victory Day parade … alongside President Vladimir Putin": a leader one stands or watches beside is met. */
const ALONGSIDE_LEADER = new RegExp(
  String.raw`(?<=\b(?:watched|stood|sat|appeared|walked|marched)\b[^.;]{0,80}?)\balongside\s+(?=${LEADER_NAMED()})`,
  'gu',
);
/** "said Israel had the right and the duty to act against Iranian forces": a right claimed to strike at someone is a warning. */
const CLAIMED_RIGHT =
  /\b(?:said\s+|told\s+(?:\p{Lu}[\p{L}-]+\s+){1,3})(?=(?:that\s+)?(?:it|they|(?:the\s+)?\p{Lu}[\p{L}-]+)\s+(?:had|has)\s+(?:every\s+|the\s+)right\s+(?:and\s+the\s+duty\s+)?to\s+(?:act|respond|strike|retaliate)\s+against\b)/gu;
/** "made an unannounced stop in Lahore": a stop made in a place is a visit to it. */
const STOP_IN =
  /\b(?:making|made|makes|make)\s+(?:a|an)\s+(?:(?:brief|short|surprise|unannounced|unscheduled|unexpected|quick|rare|one-day|two-day)\s+){0,2}stop(?:over)?\s+in\s+(?=(?:the\s+)?\p{Lu})/gu;
/** "the two declared that relations had returned to normal": what two sides declare together they agree on. */
const JOINTLY_DECLARED = /(?<=\b(?:the\s+two(?:\s+(?:leaders|men|sides|presidents|governments|countries))?|both\s+(?:leaders|sides|men|governments))\s+(?:also\s+|jointly\s+)?)(?:declared|proclaimed|announced)\s+(?=that\b)/gu;
/** "crossed into the Gaza Strip from Egypt": a leader crossing into a place goes there. */
// Only right after a name ("Yasser Arafat crossed into"): troops or drones crossing into a country go there otherwise.
const CROSSED_INTO = /(?<=\p{Lu}[\p{L}-]+\s+)(?:crossed|crosses)\s+(?:the\s+border\s+)?into\s+(?=(?:the\s+)?\p{Lu})/gu;
/** "Ishiba said Japan stood by the statement of remorse": standing by a statement or a pledge is reaffirming it. */
const STOOD_BY =
  /\b(?:(?:stood|stands|stand)\s+by|(?:stick|sticks|stuck)\s+(?:to|by))\s+(?=(?:the|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|pledge|commitment|commitments|apology|apologies|declaration|decision|position|promise|agreement|accord|deal|policy)\b)/gu;
/** "repeated South Africa's call for negotiations", "repeated Moscow's demand that …": a country's standing call, said again, is a request. */
const REPEATED_CALL = /\b(?:repeated|renewed|reiterated)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s+)(?:calls?\s+for|demands?\s+(?:for|that))\b/gu;
/**
 * "left the Economic Community of West African States", "decided to leave ECOWAS", "the bloc …, which Mali decided to
 * leave": leaving a named body is withdrawing from it.
 */
const BODY_NAME = String.raw`(?:the\s+(?:(?:\p{Lu}[\p{L}-]+|of|and|for)\s+){0,6}(?:Community|Union|Organi[sz]ation|Court|Council|Alliance|Pact|Agreement|Treaty|League|Forum|Commonwealth|Federation|Bank)\b|\p{Lu}{3,}\b)`;
const LEFT_BODY = new RegExp(
  String.raw`\b(?:(?:decided|voted|chose)\s+to\s+(?:leave|quit)|left|quit)\s+(?=${BODY_NAME})|(?<=${BODY_NAME}(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]+))*,\s+which\s+[^;.]{1,80}?)\b(?:decided|voted|chose)\s+to\s+(?:leave|quit)\b(?=\s+(?:in|on|last|this|after|before)\b|\s*[.,;])`,
  'gu',
);
/** "founded the Shanghai Cooperation Organisation": a body its members create together is agreed among them. */
const FOUNDED_BODY = new RegExp(String.raw`\b(?:founded|co-founded|formed|created|set\s+up)\s+(?=the\s+(?:(?:\p{Lu}[\p{L}-]+|of|and|for)\s+){0,6}(?:Community|Union|Organi[sz]ation|Alliance|Pact|League|Forum|Federation|Bank)\b)`, 'gu');
/** "after a meeting at the Miraflores palace with Richard Grenell": a meeting whose place comes before the one met. */
const MEETING_AT_WITH = /(?<=\b(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?)meeting\s+(?:at|in)\s+[^,;.]{1,40}?\s+with\s+(?=(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}|(?:his|her)\s)/gu;
/** "after talks in Tokyo with Indian Prime Minister Narendra Modi": talks held somewhere with someone. */
const TALKS_AT_WITH = /(?<=\b(?:after|during|following|before|at|in)\s+(?:(?:their|his|her|two\s+days\s+of|a\s+day\s+of)\s+)?)talks\s+(?:at|in)\s+[^,;.]{1,40}?\s+with\s+(?=(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}|(?:his|her)\s)/gu;
/** "would designate Qatar as a major non-NATO ally": naming a country an ally or partner is backing it (naming a group terrorist is not). */
const DESIGNATED_PARTNER = /\bdesignat(?:e|ed|es|ing)\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:as\s+)?an?\s+(?:major\s+non-NATO\s+ally|major\s+defen[cs]e\s+partner|(?:key|strategic)\s+partner)\b/gu;
/** "lifting the visa requirement for Georgian citizens", "lifted its ban on Japanese seafood": a bar removed restores what it stopped. */
const BAR_LIFTED =
  /(?<!\bto\s+)\blift(?:ed|s|ing)?\s+(?=(?:the|its|a|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:ban|bans|visa\s+requirements?|embargo|restrictions|suspension)\s+(?:on|for|against)\b)/gu;
/** "India withdrew its wushu team from the World University Games": pulling one's team or delegation out of a gathering. */
const TEAM_WITHDRAWN = /\bwithdr(?:ew|aws|awing)\s+(?=(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:team|teams|delegation|delegations|athletes|contingent)\s+from\b)/gu;
/** "said India reserved the right to respond to such actions": a reprisal held in reserve is a warning. */
const RESERVED_RIGHT = /\breserve[sd]?\s+(?=the\s+right\s+to\s+(?:respond|retaliate|react|take\s+(?:appropriate\s+|necessary\s+|countermeasures|counter-measures)?(?:measures|action|steps)?))/gu;
/** "said the Australian account was untrue", "said the accusations were baseless": what others said, denied. */
const SAID_DENIAL =
  /\bsaid\s+(?=(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?(?:the|these|such|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:claims?|accusations?|allegations?|reports?|account|charges?)\s+(?:was|were|is|are)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:untrue|false|baseless|groundless|unfounded|fabricated|lies|a\s+lie)\b)/gu;
/**
 * "Argentina will withdraw from the World Health Organization, the spokesman said", "Trump signed an order to take the
 * United States out of the organisation": leaving a body, told as settled or ordered, is leaving it.
 */
const WILL_LEAVE_BODY = /(?<=\b\p{Lu}[\p{L}-]*\s+)will\s+(?:withdraw|pull\s+out)\s+(?:from|of)(?=\s+(?:the\s+)?\p{Lu}(?![^.;]*\b(?:if|unless)\b))/gu;
const ORDERED_OUT =
  /(?<=\b(?:signed|issued)\s+an?\s+(?:executive\s+)?order\s+to\s+)(?:take|pull|withdraw)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:\p{Lu}[\p{L}-]*|country)\s+(?:out\s+of|from)(?=\s+(?:the\s+)?(?:\p{Lu}|(?:organi[sz]ation|agency|accord|agreement|body|court|council)\b))/gu;
/** Patterns whose whole match is the verb, so that what they name inside ("take the United States out of") is no object. */

/** "Sweden should no longer expect Turkey's support for its bid": a speaker telling another not to count on his state refuses it. */
const NOT_EXPECT_SUPPORT =
  /\bsaid\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:should|could|would|can|will)\s+(?:no\s+longer|not)\s+(?:expect|count\s+on)\s+(?:\p{Lu}[\p{L}-]*['’]s|our|his|her|its)\s+(?:support|backing|help|approval|consent)\b)/gu;
/** "ordered a halt to coal exports to Israel": a halt ordered to trade with a state suspends it. */
const ORDERED_HALT =
  /\b(?:ordered|announced|decreed)\s+(?=(?:a|an)\s+(?:immediate\s+|temporary\s+|full\s+)?(?:halt|stop|suspension)\s+(?:to|of|in)\s+(?:all\s+)?(?:[\p{L}-]+\s+){0,3}?(?:exports?|imports?|sales|shipments|supplies|deliveries|trade|flights)\b)/gu;
/** "secured Russia's agreement to a six-point plan", "won China's backing for the bid": what one obtains is the other's act. */
const OBTAINED = String.raw`\b(?:secured|won|obtained|gained|got)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})['’]s\s+(?:(?:formal|full|tacit|reluctant|public)\s+)?`;
/** A verb read by OBTAINED_AGREEMENT or OBTAINED_SUPPORT: its possessor is the one who acts. */
export const OBTAINED_VERB = new RegExp(`^${OBTAINED}`, 'u');
const OBTAINED_AGREEMENT = new RegExp(String.raw`${OBTAINED}(?:agreement|consent|approval|assent)\s+(?:to|for)\b`, 'gu');
const OBTAINED_SUPPORT = new RegExp(String.raw`${OBTAINED}(?:support|backing|endorsement)\s+(?:for|of)\b`, 'gu');
/** "brought Yushchenko and Yanukovych together for talks": bringing two sides together is meeting them. */
const BROUGHT_TOGETHER = /\bbrought\s+(?=(?:[\p{L}.'’-]+\s+){2,14}?together\b)/gu;
/** "saying Prime Minister Justin Trudeau had made false statements", "told Putin that the United States had acted in bad faith": saying someone lied or dealt in bad faith is an accusation of them. */
const SAID_LIED =
  /\b(?:said|saying|says|told\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+(?:that\s+)?(?=(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:had\s+)?(?:made\s+false\s+(?:statements|claims)|lied|was\s+lying|had\s+lied|acted\s+in\s+bad\s+faith)\b)/gu;
/** "told Jiang … that the use of force against the protesters had been wrong": a past act of another's called wrong. */
const SAID_WRONG =
  /\b(?:said|says|told)\b(?=[^.;]{0,120}?\bthat\s+(?:the|this|its|their|such)\s+[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:a|simply|clearly|morally)\s+)?wrong\b|\s+(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:was|were|is|are)\s+on\s+the\s+wrong\s+side\s+of\s+history\b)/gu;
/** "handed Pakistan a list of twenty fugitives it wanted", "gave Kabul a list of demands": a list of what one wants, handed over, asks for it. */
const HANDED_LIST = /\b(?:handed|gave|sent|submitted)\s+(?=(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:an?\s+|the\s+)?list\s+of\s+(?:[\p{L}\d-]+\s+){0,3}(?:fugitives|suspects|demands|wanted)\b)/gu;
/** "told her that India had evidence the gunmen came from Pakistan": evidence claimed against someone accuses them. */
const SAID_EVIDENCE =
  /\b(?:said|says|told\s+(?:[\p{L}.'’-]+\s+){1,3}?)(?:that\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:had|has|have)\s+(?:(?:clear|strong|solid|credible|firm|concrete)\s+)?(?:evidence|proof)\s+(?:that\s+)?(?=(?:the|its|their|\p{Lu})[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,4}?(?:came|come|comes|was|were|had|has|have|is|are|carried|planned|ordered|trained|sent|backed|supplied|used)\b)/gu;
/** "Obama and Hu promised on Tuesday to work together on climate change": a shared undertaking to cooperate is agreed. */
/** "promised to keep a moratorium on missile tests": a promise to keep what already holds reaffirms it. */
const PROMISED_KEEP =
  /\b(?:promised|pledged|vowed)\s+(?=to\s+(?:keep|maintain|extend|honou?r|uphold|observe)\s+(?:a|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:moratorium|freeze|ceasefire|truce|commitments?|pledge|promises?)\b)/gu;
const PROMISED_TOGETHER =
  /\b(?:pledged|promised|vowed|undertook)\s+(?=(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:to|that\s+(?:both|the\s+two)\s+(?:governments|sides|countries)\s+(?:would|will))\s+(?:work\s+(?:together|closely)|cooperate|deepen\s+(?:their\s+)?cooperation|step\s+up\s+(?:their\s+)?cooperation)\b)/gu;
/** "watched their officials exchange the ratified texts of a land boundary agreement": leaders who see their officials sign agree. */
const WATCHED_SIGNING =
  /\b(?:watched|witnessed|oversaw)\s+(?=(?:their|the|as\s+their)\s+(?:[\p{L}-]+\s+){0,2}?(?:officials|ministers|negotiators|envoys|delegations)\s+(?:sign|exchange|exchanged|signed)\s+(?:[\p{L}-]+\s+){0,6}?(?:agreements?|accords?|treaty|treaties|memorand[au]m?|deals?|documents|instruments|texts)\b)/gu;
/** "said Syria and Lebanon would open embassies in each other's capitals": missions two states will open are agreed. */
const WOULD_OPEN_EMBASSIES = /\b(?:would|will)\s+(?=(?:re)?open\s+(?:embassies|diplomatic\s+missions)\s+in\s+each\s+other['’]s\s+capitals|exchange\s+ambassadors\b)/gu;
/** "said all options remained open on Venezuela": force not ruled out is a warning. */
const ALL_OPTIONS = /\b(?:said|says)\s+(?:that\s+)?(?=all\s+options\s+(?:remained|remain|were|are|would\s+remain)\s+(?:open|on\s+the\s+table)\b)/gu;
/** "The two leaders set up commissions to deal with trade": joint bodies two sides set up are agreed. */
const SET_UP_BODIES = /\b(?:set\s+up|created|established|formed)\s+(?=(?:a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?(?:joint\s+|bilateral\s+|new\s+)?(?:commissions|committees|working\s+groups|joint\s+(?:commission|committee|working\s+group))\s+(?:to|on|for)\b)/gu;
/** "insisted that debt relief in the form of a write-off was out of the question": a step ruled out is refused. */
const OUT_OF_QUESTION = /\b(?:said|says|insisted|stressed|added|made\s+clear)\s+(?:that\s+)?(?=(?:[\p{L}\d'’,-]+\s+){1,10}?(?:was|were|is|are|would\s+be|remained|remains)\s+out\s+of\s+the\s+question\b)/gu;
/** "called the deal a beacon of hope", "hailed the accord as a breakthrough": praise for a deal or a step backs it. */
const CALLED_PRAISE =
  /\b(?:called|calling|described|describing|hailed|hailing)\s+(?=(?:the|this|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:as\s+)?(?:an?\s+)?(?:(?:important|real|genuine|significant|major|big)\s+)?(?:beacon\s+of\s+hope|breakthrough|milestone|landmark|turning\s+point|historic\s+(?:step|achievement|day|moment|event|deal|agreement)|epoch-making)\b)/gu;
/** "used the visit to repeat Moscow's opposition to American plans": opposition stated to something is a refusal of it. */
const OPPOSITION_STATED =
  /\b(?:repeat|repeated|repeats|repeating|reiterate|reiterated|reiterates|reiterating|voice|voiced|voices|voicing|express|expressed|expresses|expressing|restate|restated|restating|underlined|stressed|made\s+clear)\s+(?=(?:(?:his|her|its|their|the|\p{Lu}[\p{L}.-]*['’]s)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:(?:strong|firm|continued|fierce|resolute|long-standing|longstanding)\s+)?opposition\s+to\b)/gu;
/** "repeated his objection to the expansion of NATO": an objection stated is criticism (the Scholz–Putin article). */
const OBJECTION_STATED = new RegExp(OPPOSITION_STATED.source.replace('opposition\\s+to', 'objections?\\s+to'), 'gu');
/** "accepted the documents of accession from the foreign ministers of Poland …": a treaty's instruments handed over complete it. */
const ACCESSION_DOCUMENTS = /\b(?:accepted|received|deposited|handed\s+over|exchanged)\s+(?=(?:the\s+)?(?:documents|instruments)\s+of\s+(?:accession|ratification)\b)/gu;
/** "ended two days of talks on Sunday with a joint communique that calls disarmament …": a joint text that closes talks is agreed. */
const CLOSED_WITH_STATEMENT = /\bwith\s+(?=a\s+joint\s+(?:statement|communique|communiqué|declaration)\s+(?:that|in\s+which|calling|saying|declaring|pledging|committing)\b)/gu;
/** "put their names on Friday night to two documents": to put one's name to a text is to sign it. */
const PUT_NAMES_TO = /\bput\s+(?:their|his|her)\s+(?:names|name|signatures|signature)(?=\s+(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+(?:\s+(?:night|morning|evening|afternoon))?\s+)?to\s+(?:a|an|the|two|three|four|both|several|\d+)\b)/gu;
/** "failed on Thursday to reach an agreement on China's entry": what two sides failed to agree on, they discussed. */
// Not a reason told after "because" or a past perfect ("because the two governments had failed to agree").
const FAILED_TO_AGREE = /(?<!\b(?:because|after|since|when|while|as)\s+(?:[\p{L}'’-]+\s+){1,5})(?<!\bhad\s+)\b(?:failed|fail|fails)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?=to\s+(?:reach|strike|seal|conclude|agree)\b)/gu;
/** "raised relations between their countries to a strategic partnership": relations two sides raise to a new level are agreed. */
const RAISED_TIES =
  /\b(?:raised|upgraded|elevated|lifted|raise|raises|upgrade|upgrades|elevate|elevates)\s+(?=(?:the\s+|their\s+|bilateral\s+)?(?:relations|ties|relationship)\s+(?:between\s+(?:their|the\s+two)\s+(?:countries|nations)\s+)?to\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?(?:partnership|level|stage|partners)\b)/gu;
/** "froze Iraqi and Kuwaiti assets in the United States": assets frozen are a penalty, not ties suspended. */
const FROZE_ASSETS = /\b(?:froze|freezes|freeze|freezing)\s+(?=(?:[\p{L}'’-]+\s+){0,5}?(?:assets|accounts|funds|reserves)\b)/gu;
/** "issued a joint statement opposing American plans": a statement made against something is a refusal of it. */
const STATEMENT_OPPOSING = /\b(?:issued|adopted|released|signed)\s+(?=(?:a|an|the)\s+(?:joint\s+)?(?:statement|declaration|communique)\s+(?:opposing|rejecting)\b)/gu;
/** "said Washington bore full responsibility for the crash", "said the war … and that Russia alone was responsible for it": blame laid on a named side. */
const SAID_BLAME =
  /\b(?:said|saying|says)\s+(?:that\s+)?(?:[^.;]{0,120}?\band\s+that\s+)?(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:alone\s+(?:was|were|is|are)\s+responsible|(?:was|were|is|are)\s+(?:solely|fully|entirely|wholly|directly)\s+responsible|(?:bore|bears|bear|had|has)\s+(?:the\s+)?(?:full|sole|entire|whole|all)\s+responsibility|(?:was|were|is|are)\s+responsible\s+for\s+(?:the\s+|this\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:crash|collision|war|attacks?|killings?|deaths?|bloodshed|violence|incident|escalation|explosion|bombings?|massacres?|it)\b))/gu;
/** "Vice President Joe Biden, visiting Warsaw, said …": a visit told in a comma aside on the one who makes it. */
const VISITING_ASIDE = /(?<=\p{L}[\p{L}.'’-]*,\s+)visiting\s+(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s*,)/gu;
/** "added that Tibet and Taiwan were matters of China's core interests": a core interest named is a position restated. */
const SAID_CORE_INTEREST =
  /\b(?:said|says|added|stressed|insisted|reiterated)\s+(?=(?:that\s+)?[^.;]{0,140}?\b(?:was|were|is|are|remained|remains)\s+(?:(?:a\s+)?matters?\s+of\s+|among\s+|part\s+of\s+|at\s+the\s+(?:core|heart)\s+of\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+|its\s+|their\s+)?(?:core|vital)\s+interests?\b)/gu;
/** "announced export deals worth 45 billion dollars": deals announced with their value are deals struck. */
const ANNOUNCED_DEALS =
  /\b(?:announced|unveiled)\s+(?=(?:(?:new|several|further|more|\p{L}+-?\p{L}*)\s+){0,3}?(?:deals|agreements|contracts)\s+(?:worth|valued\s+at|totalling|totaling|of\s+more\s+than)\b)/gu;
/** "ordered an end to the military operation", "announced a halt to the air strikes": one's own fighting stopped. */
const ORDERED_END_OF_FIGHTING =
  /\b(?:ordered|announced|declared)\s+(?=(?:a|an)\s+(?:immediate\s+|unilateral\s+)?(?:end|halt|stop)\s+to\s+(?:the|its|his|their|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:military\s+operations?|offensive|strikes|air\s+strikes|airstrikes|bombing|bombardment|hostilities)\b)/gu;
/** "had made the remarks on Thursday at a dinner with Lee Jae-myung": a meal with someone is a meeting with them. */
const MEAL_WITH =
  /(?<=\b(?:at|during|over)\s+(?:a|an|the)\s+(?:private\s+|working\s+|state\s+|official\s+)?)(?:dinner|lunch|breakfast|banquet)\s+with\s+(?=(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu})/gu;
/** "fainted at a state dinner given by Prime Minister Kiichi Miyazawa": a host who gave a meal met his guest there. */
const MEAL_GIVEN_BY = /(?<=\b(?:a|an|the)\s+(?:private\s+|working\s+|state\s+|official\s+)?)(?:dinner|lunch|breakfast|banquet|reception)\s+(?:given|hosted|held|thrown)\s+by\s+(?=(?:the\s+)?(?:[\p{L}-]+\s+){0,3}\p{Lu})/gu;
/** "sent a protest note to Beijing", "handed the ambassador a protest note": a written protest is criticism. */
const PROTEST_NOTE =
  /\b(?:sent|sends|handed|hands|delivered|delivers|issued|issues)\s+(?=(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:[\p{Ll}-]+\s+){0,2}?)?(?:a|an)\s+(?:formal\s+|strong\s+|diplomatic\s+)?(?:protest\s+note|note\s+of\s+protest)\b)/gu;
/** "deported the Kenyan opposition politician Martha Karua": a named foreign figure put out of the country is expelled. */
const DEPORTED_FIGURE =
  /\bdeport(?:ed|s|ing)\s+(?=(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:politician|activist|journalist|figure|leader|lawyer|critic|dissident|diplomat)\s+\p{Lu})/gu;
/** "to bar holders of Israeli passports from entering the country": keeping a state's people out is a penalty on that state. */
const ENTRY_BARRED =
  /\b(?:bar|bars|barred|barring|ban|bans|banned|banning)\s+(?=(?:all\s+)?(?:holders\s+of\s+)?\p{Lu}[\p{L}-]+\s+(?:passports?|passport\s+holders|citizens|nationals)\s+from\s+(?:entering|travell?ing|visiting)\b)/gu;
/** "advised Israeli citizens to avoid travelling to the island nation": a travel warning to one's own people. */
const TRAVEL_WARNING =
  /\b(?:advised|advises|urged|urges|told|warned)\s+(?=(?:its|their|all)?\s*(?:\p{Lu}[\p{L}-]+\s+)?(?:citizens|nationals)\s+(?:not\s+to\s+(?:travel|go)|to\s+(?:avoid|leave|reconsider)\b))/gu;
/**
 * "would designate the gangs Los Choneros and Los Lobos as foreign terrorist organizations", "would list Iran's
 * Revolutionary Guards as a terrorist organisation": naming a group terrorist is a penalty on it.
 */
const DESIGNATED_TERRORIST =
  /\b(?:(?:would|will)\s+(?:also\s+)?)?(?:designate|designated|designates|designating|list|listed|lists|listing)\s+(?=(?:[\p{L}.'’-]+\s+){1,8}?as\s+(?:an?\s+)?(?:foreign\s+|global\s+)?terrorist\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))\b)/gu;
/**
 * "closed the Russian consulate in Poznan", "ordered the closure of the Russian consulate in Krakow", "shut its embassy in
 * Kabul": closing a state's mission, or one's own in a state, cuts ties with that state.
 */
/** What a state keeps in another: an embassy, a consulate, a diplomatic mission, a trade office. */
export const MISSION = String.raw`(?:embassy|consulate(?:\s+general)?|diplomatic\s+mission|trade\s+office)`;
const CLOSED_MISSION = new RegExp(
  String.raw`\b(?:closed|closes|closing|shut|shuts|shutting|shut\s+down|(?:ordered|ordering|announced|announcing)\s+the\s+closure\s+of)\s+(?=(?:the|a)\s+(?:\p{Lu}[\p{L}-]+\s+)?${MISSION}\b|(?:its|their|his|her)\s+(?:country['’]s\s+)?(?:embassy|consulate|diplomatic\s+mission)\s+in\s+\p{Lu})`,
  'gu',
);
/** "adopted a pandemic agreement", "adopted the convention": taking up an accord is agreeing to it (a resolution is left to what it says). */
const ADOPTED_ACCORD = /\badopt(?:ed|s)\s+(?=(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreement|treaty|accord|convention|charter|pact|framework|declaration)\b)/gu;
/** Each pattern, the type of event it reads, and a cheap test a sentence must pass first. */
/**
 * "used his speech at the conference on Saturday to accuse the United States", "took the opportunity to warn Iran":
 * an occasion used to do something is the act done.
 */
const USED_OCCASION = String.raw`\b(?:used|uses|took|seized)\s+(?:his|her|its|their|the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:speech|address|remarks|visit|trip|appearance|opportunity|occasion|platform|(?:news|press)\s+conference|interview|ceremony|summit|meeting|rally)\b[^.;]{0,80}?\bto\s+(?:also\s+)?`;
const USED_CUE = /\b(?:used|uses|took|seized)\b/;
const usedTo = (verbs: string) => new RegExp(String.raw`${USED_OCCASION}(?:${verbs})\b`, 'gu');
const USED_TO_ACCUSE = usedTo('accuse');
const USED_TO_CRITICIZE = usedTo(String.raw`critici[sz]e|condemn|denounce|attack|lambast|rebuke|berate|castigate`);
const USED_TO_WARN = usedTo('warn');
const USED_TO_URGE = usedTo(String.raw`urge|press|call\s+on|call\s+for|appeal\s+to|demand`);

/** "after a heated exchange with President Peres over Gaza", "had a testy row with Lavrov": words exchanged in anger are still talked over. */
const EXCHANGE_NOUN = String.raw`(?:exchange|argument|row|spat|quarrel|war\s+of\s+words)\s+with`;
const EXCHANGE_WITH = new RegExp(
  String.raw`\b(?:had|after|in|during|following)\s+(?:a|an|their)\s+(?:(?:heated|angry|sharp|bitter|testy|tense|blunt|public|fiery|furious|open)\s+){1,2}${EXCHANGE_NOUN}\s+(?=(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu})`,
  'gu',
);
/** "the two men had candid and constructive discussions on trade": discussions had on a subject are a discussion of it. */
const HAD_DISCUSSIONS_ON = /\b(?:had|held)\s+(?:(?:(?!(?:no|not|never|little|few)\b)[\p{Ll}-]+,?\s+(?:and\s+)?){0,4}?)(?:discussions|exchanges|exchanges\s+of\s+views)\s+(?=on|about|over|regarding)\b/gu;
/** "Obama and Gillard announced in Canberra on Wednesday that …": what two leaders announce together (the events component keeps only those). */
const ANNOUNCED_THAT_TAIL = String.raw`\s+(?:jointly\s+)?(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?(?:on\s+\p{Lu}\p{Ll}+day\s+)?that\s`;
const ANNOUNCED_TOGETHER = new RegExp(String.raw`\bannounced(?=${ANNOUNCED_THAT_TAIL})`, 'gu');
/** What follows an "announced" read by ANNOUNCED_TOGETHER, so the events component can tell it from other announcements. */
export const ANNOUNCED_THAT = new RegExp(`^${ANNOUNCED_THAT_TAIL}`, 'u');
/** "dismissed the two countries as the old Europe": a party dismissed as something is criticised, not a claim rejected. */
const DISMISSED_AS = /\bdismiss(?:ed|es|ing)\s+(?=(?:the\s+)?(?:two\s+|both\s+)?(?:\p{Lu}|countries\b|governments\b|leaders\b|him\b|her\b|them\b))[^,;.]{0,50}?\s+as\s+/gu;
/** A verb read by EXCHANGE_WITH: both sides of the row take part. */
export const EXCHANGE_VERB = new RegExp(String.raw`\b${EXCHANGE_NOUN}$`, 'u');
/** "attacked American plans to station missiles", "assailed the government's decision": words aimed at a plan or a policy. */
const ATTACKED_POLICY =
  /\b(?:attacked|attacks|assailed)\s+(?=(?:(?:the|his|her|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:plans?|policy|policies|decision|remarks|comments|statement|proposal|stance|approach|handling|move|law|bill)\b)/gu;

// The whole match is the verb: who acts stands before it, whom it concerns after it.
const WHOLE_MATCH = new Set<RegExp>([CONFERRED_ON, PUT_NAMES_TO, OBTAINED_AGREEMENT, OBTAINED_SUPPORT, EXCHANGE_WITH, TALKS_AT_WITH, WILL_LEAVE_BODY, ORDERED_OUT, STOP_IN, WANTED_FROM, USED_TO_ACCUSE, USED_TO_CRITICIZE, USED_TO_WARN, USED_TO_URGE, SAID_BLAME, SAID_MUST, SAID_EVIDENCE, SAID_LIED]);

const PATTERNS: ReadonlyArray<readonly [RegExp, EventType, RegExp]> = [
    [CENSURE, 'CRITICIZE', /\b(?:call|describ|label|brand)/i],
    [ULTIMATUM, 'REQUEST', /\bgave\b|\bgives\b/i],
    [AID_FOR, 'SUPPORT', /\b(?:aid|assistance|support|backing|help|plan|investment)\b/i],
    [SUM_FOR, 'SUPPORT', /\b(?:billion|million)\b/i],
    [HELD_TALKS, 'MEET', /\btalks\b/i],
    [TALKS_SPAN, 'MEET', /\s(?:days?|hours?|rounds?)\s+of\s/i],
    [HELD_MEETING, 'MEET', /\b(?:meeting|conversation|discussion|talks|summit|dialogue)\b/i],
    [TRAVEL_TO_MEET, 'MEET', /\bto\s+meet\b/],
    [JOINED_FOR, 'MEET', /\bjoined\b/],
    [SPOKE_IN_PERSON, 'MEET', /\b(?:spoke|talked|conferred|chatted)\b/],
    [MEETING_OPENER, 'MEET', /^(?:Meeting|Talking)\b/],
    [MEETING_PARTICIPLE, 'MEET', /,\smeeting\b/],
    [TIME_TOGETHER, 'MEET', /\b(?:spent|together|talked|chatted|conversed|walked|strolled|toured)\b/i],
    [HELD_CALL, 'CALL', /\b(?:phone|telephone|video)\b/i],
    [JOINED_CALL, 'CALL', /\bjoined\b/],
    [SPOKE_BY_PHONE, 'CALL', /\bby\s+(?:tele)?phone\b/],
    [TOGETHER, 'MEET', /\b(?:joint|dinner|lunch|breakfast|hands)\b/i],
    [TRAVEL_FOR_TALKS, 'MEET', /\bfor\s+(?:(?:an?|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:talks|meetings?|consultations|dinner|lunch|breakfast|summit)\s+with\b/iu],
    [CONCERN, 'DISCUSS', /\bconcerns?\b/i],
    [SAT_DOWN_FOR, 'MEET', /\bsat\s+down\b/],
    [TOLD_TO, 'REQUEST', /\btold\b/],
    [INVITED_TO, 'REQUEST', /\binvit/],
    [TOLD_MUST, 'REQUEST', /\btold\b/],
    [REACHED_AGREEMENT, 'AGREE', /\breached\b/i],
    [LISTED, 'SANCTION', /\blist\b|\bblacklist\b/i],
    [SAID_VERDICT, 'CRITICIZE', /\b(?:said|told)\b/],
    [SAID_REPRISAL, 'WARN', /\b(?:unanswered|in\s+kind|retaliat|reciprocal|consequences|revenge|retribution|not\s+allow|never\s+allow|not\s+tolerate|red\s+line|case\s+to|dispute\s+to|matter\s+to|respond\s+(?:firmly|resolutely|decisively|strongly|forcefully))/],
    [ANNOUNCED_WITH, 'AGREE', /\bannounced\s+(?:jointly\s+)?with\b/],
    [MEETING_AT_WITH, 'MEET', /\bmeeting\s+(?:at|in)\b/],
    [TALKS_AT_WITH, 'MEET', /\btalks\s+(?:at|in)\b/],
    [LEFT_BODY, 'SUSPEND', /\b(?:left|quit|leave)\b/],
    [PERSONA_NON_GRATA, 'SUSPEND', /\bpersona\s+non\s+grata\b/],
    [ADOPTED_ACCORD, 'AGREE', /\badopt/],
    [CLOSED_MISSION, 'SUSPEND', /\b(?:embassy|consulate|mission|trade\s+office)\b/],
    [ORDERED_TO_LEAVE, 'SUSPEND', /\bto\s+(?:leave|reduce|cut|halve|shrink)\b/],
    [REPEATED_CALL, 'REQUEST', /\b(?:calls?\s+for|demands?\s+(?:for|that))\b/],
    [OFFERED_HELP, 'SUPPORT', /\bto\s+help\b/],
    [OFFERED_AID, 'SUPPORT', /\b(?:offer|announc|unveil|approv)/],
    [WOULD_HELP, 'SUPPORT', /\b(?:would|will)\b/],
    [WOULD_WORK_WITH, 'AGREE', /\b(?:would|will)\s+work\b/],
    [WOULD_HELP_JOINED, 'SUPPORT', /\band\s+(?:that\s+)?(?:\S+\s+)?(?:would|will)\b/],
    [READY_TO_HELP, 'SUPPORT', /\bready\s+to\b/],
    [ORDERED_CUT, 'SANCTION', /\b(?:told|ordered|instructed|directed)\b/],
    [MADE_STOP, 'VISIT', /\bmak(?:e|es|ing)\b|\bmade\b/],
    [STOP_IN, 'VISIT', /\bstop(?:over)?\s+in\b/],
    [JOINTLY_DECLARED, 'AGREE', /\b(?:declared|proclaimed|announced)\s+that\b/],
    [CROSSED_INTO, 'VISIT', /\bcross(?:ed|es|ing)\s+(?:the\s+border\s+)?into\b/],
    [ALONGSIDE_LEADER, 'MEET', /\balongside\b/],
    [CLAIMED_RIGHT, 'WARN', /\bthe\s+right\b/],
    [SAID_MUST, 'REQUEST', /\b(?:must|had\s+to|has\s+to)\b/],
    [TOOK_FOR, 'MEET', /\btook\b/],
    [GUEST_OF, 'MEET', /\bguests?\s+of\b/],
    [JOINT_STATEMENT, 'AGREE', /\bjoint\s+(?:statement|declaration|communique)\b/],
    [ANNOUNCED_LIFT, 'RESTORE', /\b(?:would|will)\s+(?:gradually\s+|soon\s+|also\s+|fully\s+|completely\s+|partly\s+)?(?:lift|ease|remove|scrap)\b/],
    [VISITED_WITH, 'MEET', /\b(?:visited|toured)\b[^.]*\bwith\b/],
    [WANTED_FROM, 'REQUEST', /\b(?:wanted|wants|expected|expects)\b/],
    [ESCORTED_TO_BORDER, 'SUSPEND', /\bescorted\b/],
    [LANDING_DENIED, 'SANCTION', /\blanding\s+(?:permission|rights|permit|clearance)\b/],
    [SHOULD_HAVE, 'CRITICIZE', /\bshould\s+have\b/],
    [ENVOY_KEPT_OUT, 'SUSPEND', /\bnot\s+return\b/],
    [ARRIVED_FOR_VISIT, 'VISIT', /\barrived\b/],
    [STOOD_BY, 'REAFFIRM', /\bst(?:oo|a)nds?\s+by\b|\bstood\s+by\b|\b(?:stick|sticks|stuck)\s+(?:to|by)\b/],
    [VOTED_AGAINST, 'REJECT', /\bvoted\b/],
    [VOTED_FOR, 'SUPPORT', /\bvoted\b/],
    [WILL_NOT_JOIN, 'REJECT', /\b(?:will|would)\s+(?:not|never)\s+(?:take\s+up|accept|join|impose|sign|apologi[sz]e|send|make|hold|reopen|renegotiate|revisit|give\s+up)\b/],
    [WILL_CUT, 'SUSPEND', /\bwill\s+(?:suspend|sever|close|shut|expel|recall|halt|freeze)\b/],
    [BAR_LIFTED, 'RESTORE', /\blift/],
    [TEAM_WITHDRAWN, 'SUSPEND', /\b(?:team|teams|delegation|delegations|athletes|contingent)\s+from\b/],
    [RESERVED_RIGHT, 'WARN', /\bright\s+to\s+(?:respond|retaliate|react|take)\b/],
    [SAID_DENIAL, 'REJECT', /\b(?:untrue|false|baseless|groundless|unfounded|fabricated|lies?)\b/],
    [WILL_LEAVE_BODY, 'SUSPEND', /\bwill\s+(?:withdraw|pull\s+out)\b/],
    [ORDERED_OUT, 'SUSPEND', /\border\s+to\s+(?:take|pull|withdraw)\b/],
    [NOT_EXPECT_SUPPORT, 'REJECT', /\b(?:no\s+longer|not)\s+(?:expect|count\s+on)\b/],
    [BROUGHT_TOGETHER, 'MEET', /\btogether\b/],
    [OBTAINED_AGREEMENT, 'AGREE', /['’]s\s+(?:\p{L}+\s+)?(?:agreement|consent|approval|assent)\b/u],
    [OBTAINED_SUPPORT, 'SUPPORT', /['’]s\s+(?:\p{L}+\s+)?(?:support|backing|endorsement)\b/u],
    [SAID_LIED, 'ACCUSE', /\b(?:false\s+(?:statements|claims)|lied|lying|bad\s+faith)\b/],
    [SAID_BLAME, 'ACCUSE', /\bresponsib/],
    [SAID_WRONG, 'CRITICIZE', /\bwrong\b/],
    [HANDED_LIST, 'REQUEST', /\blist\s+of\b/],
    [FOUNDED_BODY, 'AGREE', /\b(?:founded|co-founded|formed|created|set\s+up)\s+the\b/],
    [RAISED_TIES, 'AGREE', /\b(?:relations|ties|relationship)\b/],
    [FAILED_TO_AGREE, 'DISCUSS', /\bfail(?:ed|s)?\b/],
    [FROZE_ASSETS, 'SANCTION', /\b(?:assets|accounts|funds|reserves)\b/],
    [CLOSED_WITH_STATEMENT, 'AGREE', /\bwith\s+a\s+joint\s+(?:statement|communiqu|declaration)/],
    [PUT_NAMES_TO, 'AGREE', /\bput\s+(?:their|his|her)\s+(?:names?|signatures?)\b/],
    [ACCESSION_DOCUMENTS, 'AGREE', /\b(?:documents|instruments)\s+of\s+(?:accession|ratification)\b/],
    [OPPOSITION_STATED, 'REJECT', /\bopposition\s+to\b/],
    [OBJECTION_STATED, 'CRITICIZE', /\bobjections?\s+to\b/],
    [STATEMENT_OPPOSING, 'REJECT', /\b(?:statement|declaration|communique)\s+(?:opposing|rejecting)\b/],
    [CALLED_PRAISE, 'SUPPORT', /\b(?:beacon\s+of\s+hope|breakthrough|milestone|landmark|turning\s+point|historic|epoch-making)\b/],
    [OUT_OF_QUESTION, 'REJECT', /\bout\s+of\s+the\s+question\b/],
    [SET_UP_BODIES, 'AGREE', /\b(?:commissions|committees|working\s+groups|joint\s+(?:commission|committee|working\s+group))\b/],
    [ALL_OPTIONS, 'WARN', /\ball\s+options\b/],
    [WOULD_OPEN_EMBASSIES, 'AGREE', /\b(?:each\s+other['’]s\s+capitals|exchange\s+ambassadors)\b/],
    [WATCHED_SIGNING, 'AGREE', /\b(?:watched|witnessed|oversaw)\b/],
    [PROMISED_KEEP, 'REAFFIRM', /\b(?:moratorium|freeze|ceasefire|truce|commitments?|pledge|promises?)\b/],
    [PROMISED_TOGETHER, 'AGREE', /\b(?:work\s+together|work\s+closely|cooperat)/],
    [SAID_EVIDENCE, 'ACCUSE', /\b(?:evidence|proof)\b/],
    [SAID_BROKE_RESOLUTIONS, 'ACCUSE', /\bresolutions\b/],
    [VISITING_ASIDE, 'VISIT', /,\s+visiting\s+\p{Lu}/u],
    [SAID_CORE_INTEREST, 'REAFFIRM', /\b(?:core|vital)\s+interests?\b/],
    [ANNOUNCED_DEALS, 'AGREE', /\b(?:deals|agreements|contracts)\s+(?:worth|valued|totall?ing|of\s+more)\b/],
    [ORDERED_END_OF_FIGHTING, 'SUSPEND', /\b(?:end|halt|stop)\s+to\b/],
    [ORDERED_HALT, 'SUSPEND', /\b(?:halt|stop|suspension)\s+(?:to|of|in)\b/],
    [MEAL_GIVEN_BY, 'MEET', /\b(?:dinner|lunch|breakfast|banquet|reception)\s+(?:given|hosted|held|thrown)\s+by\b/],
    [MEAL_WITH, 'MEET', /\b(?:dinner|lunch|breakfast|banquet)\s+with\b/],
    [PROTEST_NOTE, 'CRITICIZE', /\b(?:protest\s+note|note\s+of\s+protest)\b/],
    [DEPORTED_FIGURE, 'SUSPEND', /\bdeport/],
    [ENTRY_BARRED, 'SANCTION', /\bfrom\s+(?:entering|travell?ing|visiting)\b/],
    [TRAVEL_WARNING, 'WARN', /\b(?:citizens|nationals)\s+(?:not\s+to|to\s+(?:avoid|leave|reconsider))\b/],
    [DESIGNATED_TERRORIST, 'SANCTION', /\bterrorist\s+(?:organi[sz]ations?|groups?|entit)/],
    [BORDER_CLOSED, 'SUSPEND', /\b(?:borders?|border\s+crossings|frontier)\s+with\b/],
    [PENALTIES_STAY, 'REAFFIRM', /\bin\s+(?:place|force)\b/],
    [WOULD_KEEP, 'REAFFIRM', /\b(?:would|will)\s+(?:keep|maintain|retain|stick|adhere)\b/],
    [PENALTY_IMPOSED_BY, 'SANCTION', /\b(?:imposed|placed|slapped|levied)\b/],
    [CALLED_BACK, 'SUSPEND', /\bback\s+(?:to|home|for)\b/],
    [FIRST_TO_VISIT, 'VISIT', /\bfirst\b[^.]*\bto\s+(?:visit|set\s+foot)\b/],
    [WOULD_IMPOSE, 'SANCTION', /\b(?:would|will)\s+(?:impose|slap|levy|introduce|tighten)\b/],
    [ANSWERED_WITH_PENALTY, 'SANCTION', /\b(?:answered|responded|retaliated|hit\s+back)\b/],
    [ANNOUNCED_HALT, 'SUSPEND', new RegExp(String.raw`\b(?:(?:would|will)\s+(?:stop|halt|suspend|end|cut|sever|withdraw|leave|quit|recall)|${HALT_UNDER_WAY})\b`)],
    [PENALTY, 'SANCTION', /\b(?:tariffs?|sanctions|duties|levies|restrictions|bans?|controls|embargo)\b/i],
    [COMMITTED, 'AGREE', /\bcommitted\b/],
    [SIDE_BY_SIDE, 'MEET', /\b(?:beside|next to|alongside)\b/],
    [AWARDED, 'MEET', /\b(?:awarded|presented)\b/],
    [CONFERRED_ON, 'MEET', /\b(?:conferred|bestowed)\b/],
    [THEIR_TALKS, 'MEET', /\btheir\b/],
    [JOINT_PRESS, 'MEET', /\bjoint\s+(?:news|press)\s+conference\s+with\b/i],
    [ON_A_TRIP, 'VISIT', /\b(?:tour|trip|visit|leg)\b/],
    [DESIGNATED_PARTNER, 'SUPPORT', /\bdesignat/],
    [EXCHANGE_WITH, 'DISCUSS', new RegExp(String.raw`\b${EXCHANGE_NOUN}\b`)],
    [ANNOUNCED_TOGETHER, 'AGREE', /\bannounced\b/],
    [DISMISSED_AS, 'CRITICIZE', /\bdismiss/],
    [HAD_DISCUSSIONS_ON, 'DISCUSS', /\b(?:discussions|exchanges)\s+(?:of\s+views\s+)?(?:on|about|over|regarding)\b/],
    [ATTACKED_POLICY, 'CRITICIZE', /\b(?:attacked|attacks|assailed)\b/],
    [USED_TO_ACCUSE, 'ACCUSE', USED_CUE],
    [USED_TO_CRITICIZE, 'CRITICIZE', USED_CUE],
    [USED_TO_WARN, 'WARN', USED_CUE],
    [USED_TO_URGE, 'REQUEST', USED_CUE],
];

export function patternVerbs(s: Sentence): Array<GazetteerMatch<EventType>> {
  const out: Array<GazetteerMatch<EventType>> = [];
  for (const [re, value, cue] of PATTERNS) {
    // A cheap test first: most sentences have neither verb.
    if (!cue.test(s.text)) continue;
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const verb = WHOLE_MATCH.has(re) ? m[0].trimEnd() : /^\S+/.exec(m[0])![0];
      out.push({ start: s.start + m.index!, end: s.start + m.index! + verb.length, text: verb, value });
    }
  }
  // "announced that it would stop aid": a halt announced is no aid announced.
  // "told lenders to freeze payments for trade with Spain", "told the ambassador to leave": an order to cut business
  // or to go is no request.
  // Two patterns that read one verb the same way ("announced $700 million in aid") make one event.
  return out.filter(
    (m, i) =>
      (m.value !== 'SUPPORT' || !out.some((x) => x.value === 'SUSPEND' && x.start === m.start)) &&
      (m.value !== 'REQUEST' || !out.some((x) => (x.value === 'SANCTION' || x.value === 'SUSPEND') && x.start === m.start)) &&
      out.findIndex((x) => x.start === m.start && x.value === m.value) === i,
  );
}
