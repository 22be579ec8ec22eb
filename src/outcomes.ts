import type { OutcomeGroup } from './types.js';
import type { SentenceRecord } from './passages.js';
import { LIST_ITEM, MONTH_NAME } from './text.js';

/** A sentence that states a result of the talks: what was agreed, what was not, what comes next. */
export interface OutcomeFact {
  sentenceId: number;
  group: OutcomeGroup;
  /** How strongly the sentence reads as a result; higher first. */
  weight: number;
}

// "A judge has not yet ruled", "the board has yet to vote": no decision yet, and one still to come.
const PENDING = /^\W*(also |still )?pending (was|were|is|are)\b|\b(has|have|had|is|are|was|were) not yet (been )?(ruled|decided|voted|approved|agreed|signed|ratified|settled|reached|resolved|written|drafted|finali[sz]ed|set)\b|\b(has|have|had) yet to (rule|decide|vote|approve|agree|sign|ratify|settle|reach|resolve|raise|secure|find|obtain)\b|\b(is|are|remains?) (still )?pending\b|\b(is|are) (still )?being (negotiated|discussed|worked out)\b/i;

// What a side asks for or puts on the table now; two of them in one sentence are a gap still open.
const SIDE_WANTS =
  '(wants?|seeks?|is seeking|are seeking|is asking for|are asking for|is offering|are offering|has offered|have offered|is demanding|are demanding|proposed|is proposing|are proposing|(last|latest|final) (proposal|offer) called for)';

// The nouns for the text agreed.
const DEAL_NOUN = '(deal|agreement|accord|settlement|contract|plan|budget|bill|law|measure|ordinance|package|compromise|pact|treaty|framework|ruling|resolution|declaration|communiqu[eé]|decree|text|recommendation|protocol|memorandum)';

// The language of results in news: deals and votes, refusals and failures, deferrals and next steps.
const NOT_AGREED = [
  /\b(failed|fail|fails) to\b/i,
  // A motion that lost its vote: "failed 6 to 7", "was defeated by a vote of 5-4".
  /\b(failed|fails|was defeated|were defeated|lost)( by a vote of| by)? \d+( votes)?(-| to )\d+\b/i,
  /\b(did|does|do|would|will|could|has|have|had) not\b(?! yet\b)[^.]{0,40}\b(agree|include|contain|provide for|commit|reach|set|rule|accept|allow|let|permit|resolve|stay|bind|cover|apply to|extend to|require|oblige|address|guarantee|admit)/i,
  // A settlement's usual reserve: "without admitting wrongdoing", "no admission of liability".
  /\bwithout (admitting|accepting) (any )?(liability|wrongdoing|fault|guilt|responsibility)\b|\bno admission of\b/i,
  /\b(did|does|do|would|will|could) not (name|specify|guarantee|commit to) (a|an|any|the)\b/i,
  // "The text does not say how the missing will be traced" marks a gap in the deal; "he did not say
  // how that would be enforced" only what a speaker left out.
  // "Halcourt has not said whether it would go to court" leaves a choice open as well.
  /(?<!\b(he|she|they|i|we) )\b((did|does|do|would|will) not say|(has|have) not (said|decided) whether)\b/i,
  /\b(neither|none of)\b[^.;]{0,40}\b(has|have|had|did|would|will|was|were)( yet)? (agreed|accepted|signed|committed|approved)\b/i,
  // "Guaranteed minimum prices … were not part of the agreement."
  /\b(was|were|is|are) not (part of|included in|covered by|in) the (deal|agreement|accord|settlement|contract|text|package|bill|treaty)\b/i,
  // "Nor did the company agree to …" carries on a list of what was refused.
  /^\W*nor (did|does|do|would|will|could|has|have|was|were|is|are)\b/i,
  // "declined to comment" reports no result; "refused to discuss a list" does.
  /\b(refused|refuses|rejected|rejects|turned down|turns down|declined|declines|vetoed|blocked|dropped (a|an|their|the) (provision|clause|requirement|proposal|demand|claim|request|call|bid|insistence)|dropped its|stopped short)\b(?! to (say|comment|elaborate|be (named|identified)))(?<!declined|declines)|\bdeclined to (?!say|comment|discuss|elaborate|answer|give|be (named|identified))/i,
  /\bno (agreement|deal|date|breakthrough|ceasefire|decision|consensus|timetable|mechanism)\b/i,
  /\b(without (an? )?(agreement|deal|ceasefire))\b/i,
  // "voted against", "12 against"; not "the counts against him", nor "approval without dissent".
  /(?<!\b(without|no) )\b(remained? far apart|unresolved|stalled|collapsed|broke down|dissent(ing|ed)?|abstentions?)\b|\b(vot(e|ed|es|ing)|ruled|decided|came out|argued|lobbied|campaigned|sided)( \w+ly)? against\b|\b\d+ against\b/i,
  // "The total falls far short of the $5bn the group had called for": less than was sought.
  // Not a view of the outcome: "said the outcome fell short of what the trade needed".
  /\b(falls?|fell|falling) (far |well |way |some |just |a long way )?short of (the |its |their |an? )?([$€£]?\d|([\w-]+ ){0,3}(target|goal|demand|ask|request|sum|amount|figure|total)s?\b)/i,
  // "That gap has not been closed", "class size … remain in dispute".
  /\b(gap|gulf|differences?|divide|split)s?( (between|over|on) [^,;.]{0,40}?)? (has|have|had|was|were|is|are) (not|never|yet to be) (been )?(closed|bridged|narrowed|resolved|settled)\b|\b(remains?|remained|stays?|is still|are still) (in dispute|disputed|contested|undecided|unsettled)\b/i,
  // "The settlement sends no money directly to users": a term that gives nothing.
  new RegExp(`\\b${DEAL_NOUN}\\b[^.;]{0,40}\\b(sends|gives|pays|provides|offers|includes|contains|makes) no\\b`, 'i'),
  /\bnot (agreed|been agreed|resolved|settled|granted)\b|\bnothing (has |had )?(yet )?(been |was )?(agreed|decided|settled|signed|finali[sz]ed)\b/i,
  // Drafts lose clauses: "was struck from the final text", "dropped from the bill" (not "cut from 50 to 46"),
  // "was dropped in the final round of talks" (not "charges were dropped").
  /\b(struck|removed|dropped|deleted|stripped|excised|taken out|left out|omitted) ((the|a|an|its|their|this|that) ([\w-]+ ){0,3}?)?(from|out of)\b(?!\s*[$€£\d])|\b(left|kept) out of (the|this|its|their|an?|\w+['’]s)\b|\b(was|were|had been|has been) (dropped|struck out|cut|shelved) (in|during|at) (the )?([\w-]+ ){0,3}?(talks|negotiations|bargaining|round|session)\b/i,
  // "The deal also says nothing about compensation": a gap in the text.
  // "The union gave up its demand that …", "a transfer deal was drafted but never signed".
  /\b(gave up|give up|gives up|abandoned|withdrew) (its|their|a|an|the|his|her) ([\w-]+ ){0,2}?(demand|claim|call|proposal|bid|request|insistence|push)\b|\bnever (signed|agreed|ratified|approved|finali[sz]ed|implemented)\b/i,
  /\b(says|say|said) nothing (about|on|of)\b|\b(is|are|was|were|remains?) silent (on|about)\b/i,
  // "did not survive the night", not the warning "would not survive if ...".
  /\b(did|does|do) not survive\b/i,
  // "Neither side would disclose the final number", "Financial terms were not disclosed": a term kept back.
  /\bneither (side|party|company|firm|group|government|team)\b[^.;]{0,20}\b(would|will|did|could) (disclose|reveal|say|specify)\b|\b(were|was|have|has)( not|n['’]t)( been)? (disclosed|made public)\b/i,
  /\bwalked out of (the )?(talks|negotiations|meeting|session|hearing)\b/i,
  // "The package leaves two pieces unsold", "the union still does not know how the money will be counted".
  // "… leaves shut the smaller crossing", "leaves open the future of the plant" put the word first.
  /\bleaves? ([\w-]+ ){0,6}?(unsold|unresolved|open|undecided|unanswered|unsettled)\b|\bleaves? (shut|closed|untouched|unresolved|unanswered|open) (the|a|an|its|their)\b|\bstill (does|do|did) not know\b/i,
  // Two sides still apart: "The league proposed capping escrow at 14 per cent, while the players want 6".
  new RegExp(`\\b${SIDE_WANTS}\\b(?:[^.;]|\\.(?=\\d)){0,120}(;|\\b(while|whereas|but)\\b)(?:[^.;]|\\.(?=\\d)){0,80}\\b${SIDE_WANTS}\\b`, 'i'),
  PENDING,
];
// "must then ratify", "will formally sign": a step to come, with a word of manner or order between.
const ADVERB = '(?:still |now |first |also |then |\\w+ly )';
const NEXT = [
  /\bwill (take up|revisit|reconsider|review|return to|consider)\b|\bwill be (taken up|revisited|reconsidered|discussed|negotiated|considered|decided|settled) (at|in|by|during|when|next)\b|\b(again|once more) (at|in|on|next)\b|\bat its (next|\w+ \d{1,2}) meeting\b|\b(tabled|shelved)\b/i,
  new RegExp(`\\b(takes? effect|come into force|comes into force|enters? into force|(?:must|has to|have to|needs to|need to) ${ADVERB}?be (ratified|approved|signed|endorsed|put to (a |an )?(vote|ballots?|referendum))|must ${ADVERB}?(ratify|approve|endorse|vote on))\\b`, 'i'),
  new RegExp(`\\b(will|would|shall|is to|are to|plans? to|agreed to) ${ADVERB}?(on \\p{Lu}\\p{Ll}+ )?(meet|resume|reopen|report|return|continue|vote|appeal|reconvene|decide|review|hold|be sworn|take effect|expire|begin|start|sign|ratify|approve|introduce|table|suspend)\\b`, 'iu'),
  // "The agreement clears the way for the assembly to sit on Monday".
  /\b(clears?|cleared|paves?|paved|opens?|opened) the way for\b/i,
  // "next year's election" only dates a noun; "next year" on its own is when something happens.
  /\b(meet again|next (week|month|year|round|session)(?!['’]s\b)|later this (week|month|year)|within \d+ (days|weeks|months)|by (the end of )?\d{4})\b/i,
  // A sum "set aside" for something is a term, not a matter put off.
  // Not what a strike put off: "112,000 appointments were postponed during the stoppage".
  /\b(postponed(?! (during|because|due to|amid|as a result)\b)|deferred|adjourned|left to|referred to|put off|(?<!(\d|million|billion)[^.;]{0,25})set aside|scheduled|expected to|is due|are due|will appeal|plans to appeal)\b|\brefer(s|red)? (it|them|the [\w-]+) to\b|\b(is|are) set for\b|\b(has|have) opened an? (investigation|inquiry|probe)\b/i,
  // A month is ahead only in a sentence that looks ahead: not "logged 214 violations in August".
  new RegExp(`^(?=.*\\b(will|would|shall|is to|are to|expected|due|scheduled|set (to|for)|plans? to|planned|intends?|aims? to|must|should|deadline)\\b)(?!.*\\b(had|was|were|did)\\b).*\\b(in|by|until) ${MONTH_NAME}`, 'i'),
  // "The vessel is now not expected before spring 2027", "the deal would then go before the executive
  // … for ratification", "the strike day has been maintained": what is still to come.
  /\b(is|are) (now |still )?(not )?expected (before|until|by|in|next|later)\b|\b(will|would) (then |first |now )?go (before|to) (the|a|an)\b/i,
  /\bfor (its |their )?(ratification|approval|endorsement|sign-off)\b/i,
  /\b(will|would) (still )?go ahead\b|\b(has|have) (\w+ )?been maintained\b/i,
  // "The ratification vote will take place Oct. 21 and 22", "a hearing has been provisionally set down for 9 December".
  /\b(will|is to|are to) take place\b|\b(has|have) been (provisionally |tentatively )?(set down|scheduled|slated|pencill?ed in|listed) for\b/i,
  // "The deal still needs the sign-off of the board".
  /\b(needs|need|requires|require|awaits|await) (the |a |an )?([\w-]+ )?(sign-off|approval|ratification|endorsement|consent|green light|blessing)\b/i,
  // "The ballot opens on Monday and closes at noon on Friday", "Cascadia has 60 days to recalculate the rate".
  // "… gave them 30 days to submit final dismissal papers".
  /\b(opens|closes|begins|starts|resumes|expires) (on|at|in|next)\b|\b(?:(has|have) (been given )?|(?:gave|gives|granted|grants) (?:them|him|her|the [\w-]+|both sides|each side) )(\d+|two|three|four|five|six|seven|ten|thirty|sixty|ninety) (days|weeks|months) to\b/i,
  // "The working group reports by 30 September": an editorial tells the next step in the present.
  new RegExp(`\\b(reports|meets|reconvenes) (back )?(by|on|before) (\\d{1,2} )?${MONTH_NAME}`, 'i'),
  // "The committees must now write 12 full-year spending bills before the new deadline".
  /\bmust (now |still |then |first |also )?(write|draft|pass|submit|complete|finish|produce|deliver|present|prepare|report)\b/i,
  // "… would ask for an extraordinary challenge committee to review the decision".
  /\b(will|would|plans? to|intends? to) (ask for|seek|request|apply for) (a|an|the) ([\w-]+ ){0,3}?(review|appeal|rehearing|injunction|stay|hearing|recount|committee|panel)\b/i,
  // "The pension question was handed to a joint study committee": put off to a body that reports later.
  /\b(handed|passed|sent|delegated|entrusted) (over )?to (a|an|the) ([\w-]+ ){0,3}?(committee|panel|working group|task force|commission)\b/i,
  // "… will be the subject of further talks".
  /\bsubject (of|to) (further|more|fresh|continued|separate|new) (talks|negotiations|discussions|consultations)\b/i,
  // A side that goes to court next: "said the union would file a lawsuit", "vowed to sue".
  /\b(will|would|plans? to|intends? to|vowed to|threatened to|is to|are to) (file|bring|lodge) (a |an )?([\w-]+ )?(lawsuit|suit|appeal|challenge|complaint|grievance|objections?|petition|motion)\b|\b(will|would|plans? to|intends? to|vowed to|threatened to) (sue|go to court|take (it|them|\w+) to court)\b/i,
  PENDING,
];
// The terms of the text that was agreed, told as what it does: "The deal, struck after 19 hours of
// bargaining, sets minimum staffing ratios", "The spending plan gives the police an extra $12 million".
const PROVISION_VERB =
  '(sets|gives|keeps|holds|caps|provides|includes|requires|raises|cuts|lowers|reduces|increases|creates|establishes|extends|bars|bans|limits|allows|lets|permits|obliges|entitles|grants|restores|freezes|funds|adds|eliminates|guarantees|protects|covers|phases out|sets aside|runs|lasts|doubles|halves|divides|splits|allocates|assigns|works out to|amounts to|totals|compensates|pays|awards|commits|transfers|returns|earmarks|reserves|waives|forgives|introduces|replaces|removes|settles|ends|carries|contains|pushes|moves|shifts)';
// "The five-year deal would give workers raises": the same verbs after a modal, in their plain form.
const PROVISION_VERB_PLAIN = PROVISION_VERB.replace(/\b(\w+?)(ies|(?<=sh|ch|ss|x)es|s)\b/g, (_, stem: string, ending: string) => (ending === 'ies' ? `${stem}y` : stem));
// The parties may follow the noun: "The agreement between the company and the union, reached …, requires".
// A clause may lead in: "To make up for lost instruction, the agreement adds five days".
const TERMS = new RegExp(`^\\W*([^,;]{0,60},\\s*)?(the|this|that|its|their) ([\\w$%.,'’-]+ ){0,3}?${DEAL_NOUN}( (between|with|among|for|on|over) [^,;]{0,80})?(,[^;]{0,240}?,)? (?:(also |still |now )?${PROVISION_VERB}|(?:will|would) (?:also )?${PROVISION_VERB_PLAIN})\\b`, 'i');

// "It keeps a $1.1 billion increase in school aid", "And crucially it includes a £120million release
// clause": right after a term, a pronoun for the text, with a figure in the term.
const PRONOUN_TERMS = new RegExp(`^\\W*(?:(?:and|but|crucially|also|now)\\s+)*(?:it|they) (also |still |now )?${PROVISION_VERB}\\b(?=.*(?:[$€£¥]\\s?\\d|\\d\\s?%|\\b\\d[\\d,.]*\\s?(?:million|billion|per ?cent|percent)\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:[\\w-]+ ){0,2}(?:days|weeks|months|years|hours|jobs|posts|staff|workers|officers|nurses|teachers|hectares|acres|tonnes|tons|kilometres|kilometers|miles|barrels)\\b))`, 'i');

// What the agreed text costs or is worth: "the deal will cost about $4.1 billion over its term".
const DEAL_COST = new RegExp(
  // An aside may stand between: "The three-year deal, announced on 27 January by the consortium, will cost €11.8 million".
  `\\b${DEAL_NOUN}(,[^;]{0,240}?,)? (will |would |could |is expected to |is estimated to |is projected to )?(cost|costs|is worth|was worth|is valued at|was valued at)\\b`,
  'i',
);
// A central bank's policy decision: "cut its benchmark interest rate by a quarter point", "held rates steady".
// A tax rate a budget holds is one of its terms, read like the others, not a decision of its own.
// Not the aim "voted to cut its rate" or "is expected to raise rates": those read elsewhere, or as next.
const RATE_DECISION =
  /(?<!\bto )\b(cut|cuts|raised|raises|lowered|lowers|reduced|reduces|hiked|hikes|held|holds|kept|keeps|left|leaves|increased|increases|trimmed|trims|slashed|slashes) ((its|their|the) )?(([\w-]+ ){0,2}?(interest|benchmark|policy|key|lending|base|discount|deposit|overnight|repo) rates?|rates)\b/i;
// The tally of a vote: "a 6-3 vote on its rate-setting committee", "by a 5 to 4 majority".
const TALLY = /\b\d+ ?(-|–|to) ?\d+ (vote|decision|ruling|majority|verdict)\b/i;
// A market that moved on the result: "The mark fell 0.7 percent within minutes of the announcement".
// A move not tied to the result in the sentence ("Shares fell 3 percent in morning trading") is background.
const MARKET_MOVE = '(fell|rose|jumped|dropped|climbed|slid|tumbled|surged|rallied|gained|lost|sank|soared|plunged|slumped)( by)?( about| nearly| almost| more than| as much as)? [$€£]?\\d';
const ON_THE_RESULT = '(after|on|following|within (seconds|minutes|hours) of|in (response|reaction) to) (the )?(announcement|news|decision|deal|agreement|vote|ruling|verdict|move|cut|hike)\\b';
// The words between may hold a decimal point ("0.7 percent") or an initial's stop ("the U.S. dollar").
const WITHIN_SENTENCE = '([^.;]|\\.(?=\\d)|\\b[A-Z]\\.){0,80}?';
const MARKET_REACTION = new RegExp(`\\b${MARKET_MOVE}${WITHIN_SENTENCE}\\b${ON_THE_RESULT}|\\b${ON_THE_RESULT}${WITHIN_SENTENCE}\\b${MARKET_MOVE}`, 'i');

// "Under the treaty, X will …": the sentence, and those after it in its paragraph, tell the terms.
const UNDER_THE_TERMS = new RegExp(`^\\W*(under|as part of|in) (the|a|an) (terms of the |new |final |tentative |separate )?(${DEAL_NOUN}|terms|text|award|judgment|judgement|verdict|rules|regulation|resolution|truce|ceasefire|roadmap|offer|proposal|arrangement|carve-up|decree|memorandum|MoU|structure|formula|scheme|pay scale)\\b`, 'i');
// What a term binds a side to: "Korvelia must release at least 35 cubic metres", "tenants will pay the balance".
const OBLIGATION = /\b(will|must|shall|would|may|can)( not| also| still| then| only)? (be \w+|\w+)\b/i;

// An agreement said in so many words: "agreed", "reached tentative agreement on", "struck a deal".
const AGREEMENT_REACHED =
  /\b(agreed|agree to|agreement (to|on|that)|(reached|struck|signed|sealed|clinched|locked in|secured|inked|finali[sz]ed|concluded) (an?|the|its|their) ([\w-]+ ){0,5}?(deal|agreement|accord|settlement|compromise|truce|ceasefire|pact|contract|treaty|understanding)|resulting in an? (agreement|deal)|(concluded|completed|wrapped up|finali[sz]ed) (the )?(negotiations|talks) (on|over|for)\b)\b/i;
/** What saying the agreement in so many words adds to a sentence's weight, over a term or a step. */
const AGREEMENT_BONUS = 0.5;

// The terms of the text (TERMS) count as agreed too; they are read apart, since "it" may go on with them.
const AGREED = [
  DEAL_COST,
  RATE_DECISION,
  TALLY,
  MARKET_REACTION,
  /\bvoted\b[^.]{0,40}?\bto (?!be\b)\w+/i,
  UNDER_THE_TERMS,
  /\b(will|would|shall) (only |no longer )?be (entitled|required|obliged|allowed|permitted|able) to\b/i,
  // "The deal will lift the council's budget from €410 million to €520 million".
  /\bwill( also)? (lift|boost|increase|expand|reduce|lower)\b[^.;]{0,80}\bfrom [$€£]?\d/i,
  /\b(will|would) (also |now )?be (frozen|suspended|lifted|extended|halted|paused|monitored|overseen|enforced|funded|paid|replaced|built|released|transferred|guaranteed|opened|reopened|established|created|set up|exempt|exempted|limited|restricted|capped|confined|spread|staggered)\b/i,
  // What a side owes under the text: "The remaining R1.1 billion must be repaid in 36 monthly instalments".
  /\b(must|shall|will) (also )?be (repaid|paid back|paid off|written off|refunded|reimbursed)\b/i,
  // "The council would also make an upfront payment of R60 million".
  /\b(will|would|must|is to|are to) (also )?make (an? |the |its |their )?([\w-]+ )?(payment|repayment|contribution|deposit|transfer)s?\b/i,
  // A condition set on the deal: "The most significant requires Fieldmast to offer space on all of its new sites".
  /\b(requires|required|obliges|obliged|compels|forces) (\p{Lu}[\p{L}-]+|the [\w-]+|both [\w-]+|each [\w-]+|it|them) (\S+ ){0,3}?to (?!be\b)\w+/iu,
  // "would keep the library open" is a term; "would keep pressing the issue" is a side that fights on,
  // and "will hold assemblies next week" a step to come.
  // An adverb may come between: "the company would also raise its contribution".
  /\b(will|would|is to|are to)( (also|still|now|then|further))? (keep(?! (pressing|pushing|fighting|working|trying|talking|negotiating|lobbying|arguing|campaigning)\b)|receive|get(?! (to|back|on|over|worse|better|through|into|out|away|round|around|together|ready|used|involved|started)\b)|retain|provide|pay|fund|run|replace|transfer|guarantee|cover|raise|cut|bar|allow|hold(?! (an? |the |its |their )?([\w-]+ )?(meetings?|votes?|ballots?|referendums?|assembl(y|ies)|talks|sessions?|hearings?|elections?|consultations?|town halls?|briefings?)\b)|give|forgive|waive|refund|reimburse|repair|cap|share|split|drop|withdraw|dismiss|last|double|triple|halve|hand back|reinstate)\b/i,
  // "will lift the suspension of its export permit", not "would lift annual output".
  /\b(will|would|is to|are to) (also )?lift (the|a|an|its|their) ([\w-]+ ){0,2}?(suspension|ban|bans|sanctions?|embargo|blockade|restrictions?|curfew|freeze|moratorium|siege)\b/i,
  // "Salaries will rise by 5.8 per cent" or "rise 3.9 percent", "an in-principle deal under which …", "the tribunal pronounced its final award".
  /\b(will|would) (rise|increase|grow|fall|drop|go up|go down|shrink|expand|climb|decline|double|triple) ((by|to|from) )?[$€£]?\d/i,
  // An explainer tells the terms as they now stand: "The price rises to $138", "has been cut from 12 gigalitres to 7".
  /\b(rises|falls|increases|drops|goes up|goes down|climbs) (by|to|from) [$€£]?\d|\b(has|have) been (cut|raised|reduced|lowered|increased|trimmed|capped|lifted|set) (by|to|from|at) [$€£]?\d/i,
  /\bunder (an?|the) ([\w-]+ ){0,3}?(deal|agreement|accord|settlement|contract|award|ruling|pact)\b/i,
  /\b(pronounced|delivered|issued|handed down) (its|their|the|a) (final )?(award|ruling|verdict|judgment|judgement|decision)\b/i,
  // "Travel bans … will remain in place until the elections are held", "The 15% floor stays in place".
  /\b(will|would|is to|are to|shall) (remain|stay) in (place|force|effect)\b|\b(stays|remains|remained) in (place|force)\b/i,
  /\b(proposed|offered) (that|to)\b/i,
  // "The deal will see bondholders accept a 37% cut": what the text brings about, with its figure.
  /\b(will|would) (also )?see\b(?=[^.;]*(\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\b))/i,
  // "reached a tentative seven-year collective bargaining agreement": the deal noun may come after a few modifiers.
  AGREEMENT_REACHED,
  // A dispute that ends is a result: "ending a 94-day lockout", "the standoff ended without bloodshed".
  // Not "talks aimed at ending the strike" or "prepared to end the war": those are goals.
  /\b(?<!\b(at|toward|towards|on|for|about) )(ended|ending|ends|lifted|lifting|called off|suspended|suspends|suspending|suspend) (a|an|the|its|their) ([\w-]+ ){0,3}?(industrial action|standoff|strike|lockout|siege|shutdown|walkout|boycott|blockade|dispute|occupation|impasse|stalemate)\b/i,
  /\b(standoff|strike|lockout|siege|shutdown|walkout|boycott|blockade|dispute|occupation|impasse|stalemate)\b[^.;]{0,80}?\b(ended|ends|was over|came to an end|was lifted|was called off)\b/i,
  // Courts and police: pleas, verdicts, sentences, charges, surrenders ("has not been charged" is no result).
  /\b(pleaded|pleads|pled) (guilty|not guilty|no contest)\b|\bfound ([\w-]+ ){0,3}?(guilty|not guilty|liable)\b|(?<!\bnot )\b(was|were|been) (convicted|acquitted|sentenced|charged|indicted)\b/i,
  /\b(surrendered|gave (himself|herself|themselves) up|walked out (free|of (jail|prison|custody))|(walked|came|stepped) out with (his|her|their) hands (up|raised)|taken into custody)\b/i,
  // "must still be approved" is a step to come, not an approval; nor is "released once the deal is ratified".
  // "… would comment on whether the board seats had been settled" asks, it does not report.
  /(?<!\bwhether\b[^.;]{0,60})(?<!\b(not|never) (yet )?)(?<!\b(must|will|would|to|shall|should|could|may|might)( (still|now|first|also|then))? be )(?<!\b(once|if|unless|until|when|after|before)\b[^,.;]{0,40}\b(is|are|has been|have been|gets|get) )(?<!\b(the|a|an|its|their|his|her|once|if|unless|until|when) )\b(approved|approves|adopted|adopts|signed(?! up\b)|signs(?! up\b)|ratified|passed(?! (to|on|over|along|through)\b)|accepted|accepts|endorsed|settled|cleared)\b/i,
  /\bvoted (by )?(\d+|\w+)( votes?)? to (\d+|\w+)\b|\b\d+ (votes? )?(in favou?r|to \d+)\b|\b\d+ votes? to \d+\b|\b\d+ ?(%|per ?cent|percent) in favou?r\b/i,
  // How long the text holds and what one side gains by it: "The license … runs for three years",
  // "Helixor also secured a right of first negotiation".
  /\b(runs|lasts|will run|will last) for (\w+ ){1,2}(years|months)\b|\b(secured|obtained|won|gains|gets) (a|an|the) (right|option)s? (of|to)\b/i,
  // "Compulsory redundancies are ruled out until 2031", "rates were left unchanged".
  // "Their combined catch is capped at 42,500 tonnes a year".
  /\b(is|are) (capped|limited|fixed|pegged) at\b/i,
  /\b(is|are|was|were) ruled out (until|through|before|for)\b|\b(is|are|was|were) (left|kept|held) unchanged\b|\b(stays|remains|will (stay|remain)) unchanged\b/i,
  // "The new slope … will apply to cargoes delivered from April 1", "The new wage will come into effect from December 1".
  /\b(will|is to|are to) (only )?(apply|take effect|come into (effect|force)) (to|from|on|in|at)\b/i,
  // "fixed the state advised price of sugarcane at ₹395 per quintal".
  /\b(fixed|pegged)\b[^.;]{0,80}?\bat\s+(?:[$€£₹৳¥]|Rs\.?\s?|Tk\s?)\d/i,
  // "The board announced Tk 16,400 as the new monthly minimum wage".
  /\b(announced|set|fixed|declared|approved)\s+(?:\p{Lu}\p{L}{0,3}\s?|[$€£₹৳¥])?\d[\d,.]*(?:\s?(?:million|billion|crore|lakh))?\s+as\s+(?:the|a|an)\s+(?:new|revised|final)\b/iu,
  /(?<!\bnot (yet )?)\b(granted|grants|ordered|orders|ruled(?! (as|for|over|since|the country)\b)|rules that|upheld|overturned|awarded)\b/i,
  // "The deal guarantees …", not "the job guarantees were a condition": the noun is no term.
  /\b(guarantees(?! (were|was|are|is|had|have)\b)|guaranteed|undert(?:ook|akes|aken) to|pledged|pledges(?! (were|was|are|is|had|have)\b)|committed|commits|promised to|splits|creates|calls for|establishes|sets up|will freeze|won an? (binding|commitment|pledge|guarantee)|binding target)\b/i,
  // Not a document: "shortly after it was released", "released a statement".
  /(?<!\b(it|this|that|which) (was|were|is|has been|had been) )\b(released(?! (a|an|its|their|the) ([\w-]+ )?(statement|report|photo|photograph|video|text|details|figures|data|results|letter|list|findings))|freed|were handed|exchanged|exchange of|swap(ped)?|prisoner swap|handed over)\b/i,
  // A regulator or a plaintiff lets the case go: "the PMA is closing its investigation".
  /\b(clos(e|es|ed|ing)|drop(s|ped|ping)?|end(s|ed|ing)?|withdr(ew|aws|awing)) (its|their|the|a|all) ([\w-]+ ){0,2}?(investigation|probe|inquiry|lawsuit|suit|claims?|complaint|case)\b/i,
];

// "Vellmark's board had insisted on at least €44 a share": a side's position, what it held out for;
// it weighs half a result, since a deal may yet have met it, and only where nothing else is told.
const POSITION = /\b(had|has|have) (insisted on|demanded|held out for)\b|\b(pushed|pressed|lobbied) for\b/i;
const POSITION_WEIGHT = 0.5;
// "Patients … will have those claims reprocessed as in-network": what the text has done for a side;
// read only where nothing else is, since "counties that fail to pay will have their funds withheld" is a threat.
const HAVE_DONE = /\bwill (now |also )?have (their|those|the|its|his|her|these) ([\w-]+ ){0,2}?[\w-]+(ed|en)\b/i;
// "… will set out its strategy at a capital markets day on June 24": a dated step to come, read
// only where no other sign of one is, so a step already read does not count twice.
const DATED_STEP = new RegExp(`^(?=.*\\b(will|is to|are to|plans? to|intends? to)\\b)(?!.*\\b(had|was|were|did)\\b).*\\bon ${MONTH_NAME} ?\\d{1,2}\\b`, 'i');

// "Arbitration began in April after talks collapsed": how the process started, not how it ended.
const BACKSTORY = /\b(began|begun|started|opened|launched|called in|set up|appointed|went to)\b[^.;,]{0,40}?\b(after|when|following|once)\b[^,;]*/i;

// "Not everything was settled." says nothing itself; the sentence after it tells what was not.
// "Not everything made it into the final package." too.
const NOT_SETTLED_LEAD = /^\W*(but )?not (everything|all|every issue|all issues) ((was|were|has been|had been|is|could be) (agreed|settled|resolved)|([\w'’ -]{0,40} )?(made|makes) it into the( final)? \w+)\W*$/i;

// An explainer's headings, asked as questions, say what the paragraph under them tells.
const HEADINGS: [OutcomeGroup, RegExp][] = [
  ['not agreed', /^\W*what (?:was|were|has been|have been|is|are|remains?)(?: still)? (?:left out|left unresolved|left for later|not agreed|not settled|not included|unresolved|undecided|missing|still open)\b|^\W*what (?:wasn['’]t|isn['’]t|hasn['’]t been|weren['’]t|didn['’]t (?:the|it) [\w-]+) (?:agreed|settled|resolved|included|decided|cover|include)\b/i],
  ['next', /^\W*what (?:happens|comes) (?:next|now)\b|^\W*what(?:['’]s| is) next\b|^\W*when (?:does|will|do) (?:it|they|the [\w-]+) (?:take effect|start|begin|come into force)\b/i],
  ['agreed', /^\W*what (?:has been|have been|was|were|is|are) (?:agreed|decided|settled)\b|^\W*what(?:['’]s| is| are) in (?:the|it)\b|^\W*what does (?:it|the [\w-]+) (?:do|say|include|mean|cover|change)\b/i],
];

// "Members voted 2,214 to 186 in October to authorize a strike", "voted to unionize in 2023": how the fight began.
const FIGHT_VOTE = /\bvoted\b[^.;]{0,60}?\bto (unioni[sz]e|strike|walk out|authori[sz]e (a |an )?([\w-]+ )?(strike|walkout|industrial action|lockout)|(call|stage|hold|launch|begin|start) (a |an )?([\w-]+ )?(strike|walkout|boycott|lockout))\b/i;

// "Analysts said the deal would cut running costs", "economist Dr X said automation would cut …": an onlooker's forecast, not a term.
// "The minister, whose ministry brokered the talks after they broke down in November, said …": an
// aside on a person tells their past, not what the talks left unsettled.
const PERSON_ASIDE = /,\s+(?:who|whose)\b[^,;“”"]*,/g;
// "… presented a revenue plan projecting that collection rates will rise from 61% to 85%": a forecast, not a term.
const FORECAST = /\b(?:projecting|forecasting|predicting|estimating)\s+(?:that\s+)?[^.;]{0,60}\bwill\b/i;
// "It will be recalled that the union declared the strike after …": the story's background, in Nigerian English.
// "News24 previously reported that …" too.
// A fact check states the claim it tests ("Claim: X has signed away its waters"): no result of the talks.
const CHECKED_CLAIM = /^\W*(?:the )?(?:viral )?claims?\s*:/i;
const RECALLED = /^\W*it (?:will|would|may) be recalled that\b|^\W*(?:[\p{Lu}][\p{L}\p{N}.&-]*\s+){1,3}(?:previously|earlier) reported\b|^\W*as (?:previously|earlier) reported\b/iu;
// "In this Q&A, Carbon Brief unpacks what was agreed": the story says what it holds, no result.
const STORY_ITSELF = /^\W*in this (?:[\p{L}&-]+ )?(?:q&a|explainer|article|piece|story|analysis|guide|factbox|briefing|newsletter|report|live blog)\b/iu;
const ONLOOKER_VIEW = /^\W*(?:[\p{L}-]+ ){0,3}?(analysts?|economists?|experts?|observers?|commentators?|strategists?)\b[^.;]{0,60}?\b(said|says|say|predicted|predict|estimated|reckons?|believes?)\b/iu;

const NO_AGREEMENT = /\b(did|could) not (reach|agree|strike|sign|conclude|finali[sz]e)\b|\bfailed to (reach|agree|strike|conclude)\b|\bno (agreement|deal) (was|has been) reached\b/i;

// "If ratified, it will run through 2037": a result that hangs on a condition weighs less than one that happened.
const CONDITION = /^\W*(if|unless)\b[^,;]{0,80},\s*/i;
const CONDITIONAL_PENALTY = 0.5;

const matches = (patterns: RegExp[], text: string) => patterns.filter((pattern) => pattern.test(text)).length;

/**
 * Reads each sentence for results. A sentence can carry more than one kind; it is filed under
 * the strongest, with "not agreed" winning over "agreed" ("failed to agree" is not an agreement).
 * Sentences inside quotation marks only are left to /quote.
 */
export function extractOutcomes(sentences: SentenceRecord[]): OutcomeFact[] {
  const facts: OutcomeFact[] = [];
  let open = false;
  let previous: SentenceRecord | undefined;
  // Whether the sentences being read continue a statement of terms: its paragraph, or its list.
  let inTerms = false;
  let inList = false;
  // How many sentences ago a term of the text was told, which "it" may go on with a sentence or two later.
  let sinceTerms = Infinity;
  // Whether the sentence before announced that some things were not settled.
  let leadIn = false;
  // What an explainer's heading says the paragraph under it tells ("What was left out?").
  let headed: OutcomeGroup | undefined;
  let underHeading: OutcomeGroup | undefined;
  for (const sentence of sentences) {
    const newParagraph = previous?.article !== sentence.article || previous.paragraph !== sentence.paragraph;
    // A quotation that runs past a sentence is closed, at the latest, by the end of its paragraph.
    if (newParagraph) {
      open = inTerms = leadIn = false;
      underHeading = headed;
      headed = undefined;
    }
    const item = LIST_ITEM.test(sentence.text);
    if (!item) inList = false;
    previous = sentence;
    const unquoted = outsideQuotes(sentence.text, open);
    open = unquoted.open;
    const text = unquoted.text;
    // A list of terms follows its lead-in: "The summary lists the following headline terms:".
    const listLeadIn = !item && TERMS_LEAD_IN.test(text);
    if (listLeadIn) inList = true;
    // A heading that asks ("What has been agreed?") introduces results; it is none itself.
    const afterLead = leadIn;
    leadIn = NOT_SETTLED_LEAD.test(text);
    headed = HEADINGS.find(([, heading]) => heading.test(text))?.[0] ?? headed;
    // Nor is the line that announces a list of terms ("Here are the main points of the agreement:").
    if (leadIn || listLeadIn || text.trim().length < 20 || whollyQuoted(sentence.text) || /\?\s*$/.test(text)) continue;
    // The condition itself ("If ratified,") is no result; only what hangs on it is read.
    const condition = CONDITION.exec(text)?.[0] ?? '';
    const result = text.slice(condition.length);
    if (FIGHT_VOTE.test(result) || ONLOOKER_VIEW.test(result) || FORECAST.test(result) || RECALLED.test(result) || CHECKED_CLAIM.test(text) || STORY_ITSELF.test(text)) continue;
    if (UNDER_THE_TERMS.test(result)) inTerms = true;
    let notAgreed = matches(NOT_AGREED, result.replace(BACKSTORY, '').replace(PERSON_ASIDE, ',')) + (afterLead || underHeading === 'not agreed' ? 1 : 0);
    const steps = matches(NEXT, result);
    // A step with its date ("Members will vote … on March 27") is the next step readers look for.
    const next = steps + (DATED_STEP.test(result) ? 1 : 0) + (underHeading === 'next' ? 1 : 0);
    const terms = TERMS.test(result);
    const pronounTerms: boolean = sinceTerms <= 2 && PRONOUN_TERMS.test(result);
    const continuesTerms = (inTerms && OBLIGATION.test(result)) || (inList && item) || pronounTerms;
    // "X had pushed for a guaranteed price under the deal": what a side asked for is no term, up to the clause's end.
    const stance = POSITION.exec(result);
    const granted = stance ? result.slice(0, stance.index) + result.slice(stance.index).replace(/^[^;]*?(?=;|,? but\b|$)/, ' ') : result;
    let agreed = matches(AGREED, granted) + (terms ? 1 : 0) + (continuesTerms ? 1 : 0) + (underHeading === 'agreed' ? 1 : 0);
    // A side's position is read only where the sentence tells nothing else.
    if (notAgreed + next + agreed === 0) {
      if (POSITION.test(result)) notAgreed = POSITION_WEIGHT;
      else if (HAVE_DONE.test(result)) agreed = 1;
    }
    sinceTerms = terms || pronounTerms ? 1 : sinceTerms + 1;
    if (notAgreed + next + agreed === 0) continue;
    // "The parties did not reach agreement on …" reports none, whatever words of agreement it holds.
    const group: OutcomeGroup = (notAgreed > 0 && notAgreed >= agreed) || NO_AGREEMENT.test(result) ? 'not agreed' : agreed > 0 && agreed >= next ? 'agreed' : next > 0 ? 'next' : 'agreed';
    // News puts results first: earlier paragraphs weigh more.
    const position = 1 / (1 + 0.15 * (sentence.paragraph - 1)) + (sentence.index === 0 ? 0.2 : 0);
    const conditional = condition ? CONDITIONAL_PENALTY : 0;
    // Saying in so many words that a deal was or was not reached weighs more than a term or a side's stance.
    const said = (group === 'agreed' && AGREEMENT_REACHED.test(result)) || (group === 'not agreed' && NO_AGREEMENT.test(result)) ? AGREEMENT_BONUS : 0;
    facts.push({ sentenceId: sentence.id, group, weight: notAgreed + next + agreed + position + said - conditional });
  }
  return facts;
}

// A line that opens a list of what the text holds: "What's in the deal:", "The agreement includes:".
// A heading asks it: "What's in the deal?".
const TERMS_LEAD_IN = new RegExp(`\\b(${DEAL_NOUN}|terms|provisions|includes?|following|main points|key points|highlights)\\b[^.]*:\\s*$|^\\W*what(?:['’]s| is| are) in the ([\\w-]+ )?${DEAL_NOUN}\\?\\s*$`, 'i');

/** Whether a sentence is someone's words from end to end: theirs for /quote, not a result. */
const whollyQuoted = (text: string) => !/\p{L}/u.test(text.replace(/[“"][^”"]*(?:[”"]|$)/g, ''));

/** Quoted words shorter than this are read as part of the reporter's sentence: the deal "recognizes" them. */
const SHORT_QUOTE = 60;

/**
 * The words of a sentence outside quotation marks, given whether a quotation was already open
 * when it began, and whether one is still open at its end. A quotation that runs over sentences
 * ("Our scientists will keep working. That was never on the table.") is the speaker's, not the
 * reporter's, however short its part in this sentence; a short one within the sentence is kept.
 */
export function outsideQuotes(sentence: string, openAtStart: boolean): { text: string; open: boolean } {
  let text = '';
  let open = openAtStart;
  // Whether the open quotation began in an earlier sentence.
  let carried = openAtStart;
  let start = 0;
  for (let at = 0; at < sentence.length; at++) {
    const mark = sentence[at];
    if (!open && (mark === '“' || mark === '"')) {
      text += sentence.slice(start, at);
      open = true;
      start = at;
    } else if (open && (mark === '”' || mark === '"')) {
      const quoted = sentence.slice(start, at + 1);
      // A quote that opens the sentence and ends on its comma ("“…,” she said") is the speaker's whole say, however short.
      const spoken = sentence.slice(0, start).trim() === '' && /[,!?]["”]$/.test(quoted);
      text += !carried && !spoken && quoted.length <= SHORT_QUOTE ? quoted : ' ';
      open = false;
      carried = false;
      start = at + 1;
    }
  }
  if (!open) text += sentence.slice(start);
  return { text, open };
}
