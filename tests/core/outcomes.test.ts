import { describe, expect, it } from 'vitest';
import { extractOutcomes } from '../../src/outcomes.js';
import type { SentenceRecord } from '../../src/passages.js';
import { answer } from '../../src/answer.js';
import { knowledgeOfStory } from './helpers.js';

/** Each text as the lone sentence of its own paragraph of one article. */
const sentences = (...texts: string[]): SentenceRecord[] =>
  texts.map((text, id) => ({ id, article: 'story', paragraph: id + 1, index: 0, text }));

/** The texts as the sentences of paragraphs: each inner list one paragraph. */
const paragraphs = (...texts: string[][]): SentenceRecord[] =>
  texts.flatMap((paragraph, p) => paragraph.map((text, index) => ({ article: 'story', paragraph: p + 1, index, text }))).map((s, id) => ({ id, ...s }));

/** The result group read for one sentence, or undefined when it reads as no result. */
const groupOf = (text: string) => extractOutcomes(sentences(text))[0]?.group;

describe('outcomes, on how courts and police report results', () => {
  it('weighs a next step that gives its date above an undated one just before it', () => {
    const [undated, dated] = extractOutcomes(
      sentences('The mayor is expected to attend the count at the union hall.', 'Members will vote by secret ballot at three union halls on March 27 and 28.'),
    );
    expect([undated.group, dated.group]).toEqual(['next', 'next']);
    expect(dated.weight).toBeGreaterThan(undated.weight);
  });
  it('weighs a step dated with a short month ("Nov. 22") as one dated in full', () => {
    const weightOf = (text: string) => extractOutcomes(sentences(text))[0].weight;
    const short = weightOf('Members will now decide its fate in a ratification vote on Nov. 22.');
    expect(short).toBe(weightOf('Members will now decide its fate in a ratification vote on November 22.'));
    expect(short).toBeGreaterThan(weightOf('Members will now decide its fate in a ratification vote soon.'));
    expect(groupOf('The working group reports back by Sept. 30.')).toBe('next');
  });
  it('reads what a side pushed for as its stance, not as a term, whatever words of the deal the demand holds', () => {
    expect(groupOf('Kamora had pushed for a guaranteed minimum price for cobalt sold under the deal, after prices fell.')).toBe('not agreed');
    expect(groupOf('The union pushed for a shorter week; the deal guarantees a 4% raise.')).toBe('agreed');
  });
  it('reads a clause dropped in the talks as not agreed, and charges dropped as no such thing', () => {
    expect(groupOf('The bill cleared the Senate in June but was dropped in the final round of talks.')).toBe('not agreed');
    expect(groupOf('Prosecutors agreed that the remaining charges were dropped in exchange for the plea.')).toBe('agreed');
  });
  it('reads a total short of the sum sought as not agreed, but no one\'s view that it fell short', () => {
    expect(groupOf('The total falls far short of the $5bn initial capitalisation that the poorest countries had called for.')).toBe('not agreed');
    expect(groupOf('The council chair said the outcome fell short of what the trade needed but was better than nothing.')).not.toBe('not agreed');
  });
  it('reads no result where the story says what it holds ("In this Q&A, … unpacks what was agreed")', () =>
    expect(groupOf('In this Q&A, Carbon Brief unpacks what was agreed, who pledged what and what happens next.')).toBeUndefined());
  it('reads no result in the line that announces a list of terms', () =>
    expect(extractOutcomes(sentences('Here are the main points of the agreement, based on the text released by both governments:', '* Veldmark will cut its tariff to zero from July 1.')).map((fact) => fact.sentenceId)).toEqual([1]));
  it('reads what a resolution or its text does as agreed', () => {
    expect(groupOf("The text extends the three-member commission's mandate until October 2026.")).toBe('agreed');
    expect(groupOf('The resolution establishes a monitoring mission of 40 observers.')).toBe('agreed');
  });
  it('reads a plea', () => expect(groupOf('The former treasurer pleaded guilty on Monday in state court to two counts of theft.')).toBe('agreed'));
  it('reads a verdict and a charge', () => {
    expect(groupOf('After two days of deliberation, the jury found the builder not guilty of manslaughter.')).toBe('agreed');
    expect(groupOf('The driver was charged Thursday morning with three counts of reckless endangerment.')).toBe('agreed');
  });
  it('reads a surrender', () => expect(groupOf('The gunman came out with his hands up just before dawn, officers said.')).toBe('agreed'));
  it('does not read a charge that was not brought', () => expect(groupOf('His business partner has not been charged in the case.')).toBeUndefined());
});

describe('outcomes, on deals and disputes that end', () => {
  it('reads a deal whose noun comes after modifiers', () =>
    expect(groupOf('The nurses union and the hospital group reached a tentative three-year contract settlement early Friday.')).toBe('agreed'));
  it('reads a lockout, strike or standoff that ends', () => {
    expect(groupOf('Management reopened the mill on Monday, ending a 41-day lockout of its machinists.')).toBe('agreed');
    expect(groupOf('The standoff at the farmhouse ended peacefully shortly before midnight.')).toBe('agreed');
  });
  it('does not read an end that is only sought', () =>
    expect(groupOf('Mediators from the capital arrived for talks aimed at ending the strike.')).toBeUndefined());
});

describe('outcomes, on what a text lost', () => {
  it('reads a clause struck or dropped from a draft', () => {
    expect(groupOf('A cap on overtime pay was struck from the final bill before the vote.')).toBe('not agreed');
    expect(groupOf('The housing provision was quietly dropped from the package overnight.')).toBe('not agreed');
  });
  it('reads proposals that did not survive and a side that walked out', () => {
    expect(groupOf('Two of the amendments did not survive the committee stage.')).toBe('not agreed');
    expect(groupOf('The delegation walked out of the talks on Thursday afternoon.')).toBe('not agreed');
  });
  it('does not read a figure that dropped from one number to another', () =>
    expect(groupOf('Attendance at the fair dropped from 40,000 visitors to about 25,000.')).toBeUndefined());
});

describe('outcomes, on the word "against"', () => {
  it('reads a vote against as not agreed', () => expect(groupOf('Four members of the board voted against the plan on Monday.')).toBe('not agreed'));
  it('files a deal that drops the charges against a man as agreed', () =>
    expect(groupOf('Under the agreement, the state will drop the remaining charges against him.')).toBe('agreed'));
});

describe('outcomes, on results that hang on a condition', () => {
  const weightOf = (text: string) => extractOutcomes(sentences(text))[0].weight;
  it('weighs "if ratified, ..." below the same result stated outright', () =>
    expect(weightOf('If ratified, the contract will run through the 2031 season.')).toBeLessThan(weightOf('The contract will run through the 2031 season.')));
  it('does not read the approval a result waits for as an approval', () =>
    expect(groupOf('Work on the new bridge can start once the treaty is ratified.')).toBeUndefined());
});

describe('outcomes, on the terms of what was agreed', () => {
  it('reads a deal told as what it does, even past an aside', () => {
    expect(groupOf('The agreement, reached after a night of talks at the ministry, caps class sizes at 28 pupils.')).toBe('agreed');
    expect(groupOf('The new contract keeps the night shift premium at 12 percent.')).toBe('agreed');
  });
  it('reads what a deal will see the parties do, with its figure', () =>
    expect(groupOf('The agreement, announced on Wednesday, will see holders of the bonds accept a 37% cut in their claims.')).toBe('agreed'));
  it('does not read what merely happens to a deal', () => expect(groupOf('The plan faces a court challenge from two landlords.')).toBeUndefined());
  it('does not read a sign-up or a vow to keep pushing as a result', () => {
    expect(groupOf('More than 80 residents signed up to speak at the hearing.')).toBeUndefined();
    expect(groupOf('The company said it would keep pressing for a longer patent term.')).toBeUndefined();
  });
});

describe('outcomes, on terms told after "under the deal" and in lists', () => {
  const groups = (records: SentenceRecord[]) => Object.fromEntries(extractOutcomes(records).map((fact) => [fact.sentenceId, fact.group]));
  it('reads what a side must do after "Under the treaty", in the same paragraph only', () => {
    const facts = groups(
      paragraphs(
        ['Under the treaty, the upstream state will be entitled to 54% of the flow.', 'In dry years, it must release at least 35 cubic metres a second.'],
        ['Farmers say they must plant by the end of the month.'],
      ),
    );
    expect(facts).toEqual({ 0: 'agreed', 1: 'agreed' });
  });
  it('reads the items of a list of terms, and not those of other lists', () => {
    const facts = groups(
      paragraphs(
        ['The summary sent to members lists the following headline terms:'],
        ['- A 7% increase in minimum pay in the first year', '- Consent before a studio can create a digital replica'],
        ['Actors on the picket line named their favourite films:'],
        ['- A western shot in the desert in the summer of 1998'],
      ),
    );
    expect(facts).toEqual({ 1: 'agreed', 2: 'agreed' });
  });
  it('reads a deal whose parties follow its noun, and one led in by a clause', () => {
    expect(groupOf('The agreement between the owner and the tenants, reached after six weeks of talks, requires new boilers in all three buildings.')).toBe('agreed');
    expect(groupOf('To make up for lost instruction, the agreement adds five days to the school calendar.')).toBe('agreed');
  });
  it('reads "nothing has been agreed", "nor did …" and a suit still pending as not agreed', () => {
    expect(groupOf('Negotiations are set to begin Wednesday, but nothing has been agreed on price.')).toBe('not agreed');
    expect(groupOf("Nor did the company agree to the union's demand for a right of first refusal.")).toBe('not agreed');
    expect(groupOf('The suit is still pending in the county court.')).toBe('not agreed');
  });
  it('reads "it" going on with the terms only right after a term', () => {
    expect(groups(paragraphs(['The budget cuts $40 million from the universities.', 'It keeps a $1.1 billion increase in school aid.']))).toEqual({ 0: 'agreed', 1: 'agreed' });
    expect(groupOf('It keeps a $1.1 billion increase in school aid.')).toBeUndefined();
  });
  it('reads what a text lets, and how long it runs', () => {
    expect(groupOf('The settlement also lets each school share up to $19.8 million a year with its athletes.')).toBe('agreed');
    expect(groupOf("The 24-year-old's bumper contract runs until June 2031.")).toBe('agreed');
  });
  it('reads what was left out or not accepted as not agreed, but not a name withheld', () => {
    expect(groupOf("Guaranteed minimum prices, the union's central demand, were not part of the agreement.")).toBe('not agreed');
    expect(groupOf('The government has not accepted the demand for a one-time waiver of farm loans.')).toBe('not agreed');
    expect(groupOf('The access rules were pushed into an annex that has not yet been written.')).toBe('not agreed');
    expect(groupOf('Donor governments offered support through an existing facility and would not name a figure.')).toBe('not agreed');
    expect(groupOf('A police captain, who did not give his name, told members the department was stretched.')).toBeUndefined();
  });
  it('reads a share in favour, a guarantee "ruled out until", rates left unchanged and posts divided as agreed', () => {
    expect(groupOf('Members voted 81 per cent in favour of the settlement in an online ballot.')).toBe('agreed');
    expect(groupOf('Compulsory redundancies are ruled out until Dec. 31, 2031.')).toBe('agreed');
    expect(groupOf("Rates for the free tier were left unchanged, at 10.5% of advertising revenue.")).toBe('agreed');
    expect(groupOf('The framework, a 46-page text, divides the 14 posts in the next cabinet.')).toBe('agreed');
  });
  it('reads what a text does not cover or left out as not agreed, and a referral, a date set or an inquiry opened as next', () => {
    expect(groupOf('The agreement does not cover nurses working in aged care.')).toBe('not agreed');
    expect(groupOf('A proposed allowance was left out of the deal.')).toBe('not agreed');
    expect(groupOf('The two sides will refer it to a joint working group.')).toBe('next');
    expect(groupOf("A hearing on confirmation of the plan is set for Feb. 10.")).toBe('next');
    expect(groupOf("The ship's flag registry has opened an investigation into the hijacking.")).toBe('next');
  });
  it('reads objections to be filed as next', () => expect(groupOf('The company said it would file objections with the labor board.')).toBe('next'));
  it('reads an approval still to come as next', () =>
    expect(groupOf('The agreement must now be approved by the National Assembly.')).toBe('next'));
  it('leaves a sentence that is wholly a quotation to /quote, however short', () =>
    expect(groupOf('“What we have signed is fair to both.”')).toBeUndefined());
});

describe('outcomes, on what is still undecided or comes next', () => {
  it('reads a motion that lost its vote as not agreed', () => expect(groupOf('A motion to delay the vote failed 6 to 7.')).toBe('not agreed'));
  it('reads a decision not yet made as not agreed', () => {
    expect(groupOf('A judge has not yet ruled on the request to block the merger.')).toBe('not agreed');
    expect(groupOf('The full board has yet to vote on the proposal.')).toBe('not agreed');
  });
  it('weighs a pending decision above a bare result at the same place', () => {
    const [pending, ruled] = extractOutcomes(sentences('A judge has not yet ruled on the request to block the merger.', 'A judge ruled on the request to block the merger.'));
    expect(pending.weight - ruled.weight).toBeGreaterThan(0.5);
  });
  it('reads a step to come with a word of manner or order before its verb', () => {
    expect(groupOf('Ministers will formally sign the side agreement at a ceremony in Paris on June 23.')).toBe('next');
    expect(groupOf('Each country must then ratify it or write it into domestic law.')).toBe('next');
  });
  it('reads two sides still apart on a term as not agreed', () => {
    expect(groupOf('The league proposed capping escrow at 14 per cent, while the players want a ceiling of 6 per cent.')).toBe('not agreed');
    expect(groupOf('The league wants to freeze the cap at $82.5-million for two seasons; the union’s last proposal called for it to rise to $88-million.')).toBe('not agreed');
  });
  it('reads a step the deal opens the way to, and one dated by its weekday', () => {
    expect(groupOf('The agreement clears the way for the assembly to sit on Monday 17 February.')).toBe('next');
    expect(groupOf('The secretary of state will on Thursday introduce a bill at Westminster to amend the act.')).toBe('next');
  });
  it('weighs an agreement said in so many words above a term told as a duty', () => {
    const [refund, reached] = extractOutcomes(
      paragraphs(['Teams will refund tickets for the cancelled games, the league said.'], ['The two sides reached tentative agreement on several secondary issues, including pensions.']),
    );
    expect(reached.group).toBe('agreed');
    expect(reached.weight).toBeGreaterThan(refund.weight);
  });
  it('reads no heading that asks as a result, and reads what "will also be opened" as agreed', () => {
    expect(groupOf('What has been agreed?')).toBeUndefined();
    expect(groupOf('What is still unresolved after the talks?')).toBeUndefined();
    expect(groupOf('Four humanitarian corridors will also be opened, including the main road to the north.')).toBe('agreed');
  });
  it('reads a rule that stays in place as a term kept', () => {
    expect(groupOf('The 15% floor stays in place for companies with annual revenue above 750 million euros.')).toBe('agreed');
  });
  it('reads a side that will go to court', () => {
    expect(groupOf("The landlords' association said it would file a lawsuit to stop the rent rules.")).toBe('next');
    expect(groupOf('The fishing cooperatives vowed to sue over the new quotas.')).toBe('next');
  });
});

describe('outcomes, on quotations that run over sentences', () => {
  it('leaves every sentence of a quotation to /quote', () =>
    expect(extractOutcomes(paragraphs(['"The union will receive nothing it asked for.', 'We are not done," she said.']))).toEqual([]));
  it('ends an unclosed quotation with its paragraph', () => {
    const facts = extractOutcomes(paragraphs(['"We are going to keep fighting.'], ['The council approved the budget on Tuesday night.']));
    expect(facts.map((fact) => fact.sentenceId)).toEqual([1]);
  });
  it('keeps reading a short quotation within the reporter\'s sentence', () =>
    expect(groupOf('The mayor said the deal “changes nothing,” but the council approved it on Tuesday.')).toBe('agreed'));
});

/** The knowledge of one article made of the given paragraphs. */
const knowledgeOf = (paragraphs: string[]) => knowledgeOfStory(paragraphs, 'Council settles budget');

describe('outcome answer, on which results it lists', () => {
  it('spreads its citations over paragraphs rather than listing one paragraph three times', () => {
    const knowledge = knowledgeOf([
      'The council approved the new budget on Tuesday night. It adopted a rule on parking fees. Members endorsed a plan for the harbour.',
      'The mayor signed the order the same evening.',
      'The council ratified the transit contract.',
      "The board accepted the auditor's findings.",
      'The court upheld the earlier zoning decision.',
      'The state awarded the port a new grant.',
      'The union endorsed the proposal.',
      'The agency cleared the merger of the two utilities.',
    ]);
    const paragraphs = answer(knowledge, 'outcome', '').citations.map((citation) => citation.paragraph);
    expect(new Set(paragraphs)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });
});

describe('outcomes, on a central bank decision', () => {
  it('reads a rate cut or hold as the decision', () => {
    expect(groupOf('The central bank cut its benchmark interest rate by a quarter of a point on Thursday.')).toBe('agreed');
    expect(groupOf('The reserve bank held rates steady for a third straight meeting.')).toBe('agreed');
  });
  it('does not read a cut that is only expected, or a tax rate restated', () => {
    expect(groupOf('Economists expect the bank to cut its key rate again in June.')).toBe('next');
    expect(groupOf('It holds the property tax rate at $1.18 per $100 of assessed value.')).toBeUndefined();
  });
  it('reads the tally of a vote', () => expect(groupOf('A 7-2 vote on the board exposed sharp divisions over the pace of cuts.')).toBe('agreed'));
  it('reads a market move tied to the announcement, not one that is only reported', () => {
    expect(groupOf('The krona fell 0.9 percent against the U.S. dollar within minutes of the announcement.')).toBe('agreed');
    expect(groupOf('Shares of the insurer fell 2.1 percent in morning trading before recovering.')).toBeUndefined();
    expect(groupOf('The talks fell apart soon after the announcement.')).toBeUndefined();
  });
  it('does not read a past month or a dated noun as a next step', () => {
    expect(groupOf('The governor said hiring had slowed faster than the bank had expected in February.')).toBeUndefined();
    expect(groupOf('City inspectors logged 214 open code violations at the complex in August, records show.')).toBeUndefined();
    expect(groupOf('He has faced pressure from his own party ahead of next year’s election.')).toBeUndefined();
    expect(groupOf('The bank will publish its first review of the tariffs in July.')).toBe('next');
  });
});

describe('outcomes, on the terms and cost of a contract', () => {
  it('reads a contract that was reached', () =>
    expect(groupOf('The carrier and its pilots reached a tentative five-year contract late Monday.')).toBe('agreed'));
  it('reads a term with an adverb before its verb', () =>
    expect(groupOf('The company would also raise its pension contribution to 9 percent of pay.')).toBe('agreed'));
  it('reads what the deal costs', () =>
    expect(groupOf('The hospital estimates that the agreement will cost about $80 million over three years.')).toBe('agreed'));
});

describe('outcomes, on rights deals and suspended strikes', () => {
  it('reads a deal locked in or secured, with "the" before it', () => {
    expect(groupOf('The rugby union has locked in the biggest sponsorship deal in its history, worth $80 million over five years.')).toBe('agreed');
    expect(groupOf('The port operator secured a ten-year lease agreement with the city council on Friday.')).toBe('agreed');
  });
  it('reads what a text does "under the carve-up" or "under the arrangement"', () =>
    expect(groupOf('Under the carve-up, the public broadcaster will show every home final.')).toBe('agreed'));
  it('reads a strike that is suspended, not one that is only debated', () => {
    expect(groupOf('The pilots’ association has suspended its 12-day strike, directing members to resume duties on Monday.')).toBe('agreed');
    expect(groupOf('Delegates met to debate whether to resume the strike.')).toBeUndefined();
  });
  it('reads how long a term lasts', () => expect(groupOf('The reduction will last nine months, through the end of March.')).toBe('agreed'));
  it('reads what a text does not require, leaves open or still negotiates', () => {
    expect(groupOf('The settlement does not require the city to rebuild the bridge, an option debated for years.')).toBe('not agreed');
    expect(groupOf('The package also leaves two pieces of the puzzle unsold.')).toBe('not agreed');
    expect(groupOf('The guild says it still does not know how the new money will be counted.')).toBe('not agreed');
    expect(groupOf('Streaming rights for overseas markets are being negotiated separately.')).toBe('not agreed');
  });
  it('reads an approval the deal still needs as next', () =>
    expect(groupOf('The deal still needs the sign-off of the league board, which meets in Perth on May 4.')).toBe('next'));
  it('reads a sum set aside as no deferral', () => {
    expect(groupOf('She said $40 million had been set aside for school buses in remote towns.')).not.toBe('next');
    expect(groupOf('The question of pensions was set aside until the autumn.')).toBe('next');
  });
});

describe('outcomes, on terms told as lists, by pronoun and in the future of "is to"', () => {
  it('reads "it also gives …" after a term, with a count rather than a sum', () => {
    const facts = extractOutcomes(
      paragraphs(['The agreement gives workers raises totaling 24% over five years.'], ['It also gives conductors four paid sick days a year for the first time.']),
    );
    expect(facts.map((fact) => fact.group)).toEqual(['agreed', 'agreed']);
  });
  it('reads the items after "Here are the main points:" and after a "What\'s in the deal?" heading', () => {
    const listed = (leadIn: string) =>
      extractOutcomes(paragraphs([leadIn, '- The UK share of mackerel rises from 28% to 33% over three years'])).filter((fact) => fact.sentenceId === 1).length;
    expect(listed('Here are the main points, according to a summary published by the department:')).toBe(1);
    expect(listed('What’s in the deal?')).toBe(1);
  });
  it('reads what members "are to receive", and a ratification or ballot still to come', () => {
    expect(groupOf('Some 385,000 public servants are to receive pay increases totalling 9.5 per cent over 30 months.')).toBe('agreed');
    expect(groupOf('Members of both unions must ratify the agreement before it takes hold.')).toBe('next');
    expect(groupOf('The talks were chaired by a conciliator, and the terms must still be put to ballots of union members.')).toBe('next');
  });
  it('reads "voted by 17 votes to three" as a tally, though one abstained', () =>
    expect(groupOf('The committee voted by 17 votes to three on Tuesday to recommend acceptance, with one abstention.')).toBe('agreed'));
});

describe('outcomes, on the wider language of results', () => {
  it('reads a demand dropped and a door left shut as not agreed', () => {
    expect(groupOf('The plaintiffs have dropped their demand that the company allow rival app stores.')).toBe('not agreed');
    expect(groupOf('But the agreement leaves shut the smaller crossing, 140km to the north.')).toBe('not agreed');
    expect(groupOf('What the commission would not do was let the hospital close its emergency room.')).toBe('not agreed');
  });
  it('reads what neither side agreed, and a gap in the text, but not what a speaker left unsaid', () => {
    expect(groupOf('Neither faction has agreed to pull heavy weapons back from the front line.')).toBe('not agreed');
    expect(groupOf('The text does not say how the 1,300 people still missing will be traced.')).toBe('not agreed');
    expect(groupOf('The minister welcomed the plan, although he did not say how it would work.')).toBeUndefined();
  });
  it('reads what a deal will see, with a figure spelled out', () =>
    expect(groupOf('Bondholders will also see the maturities of their new bonds extended by an average of eight years.')).toBe('agreed'));
  it('reads a matter left to further talks as next', () =>
    expect(groupOf('A demand that the ore be processed at home will be the subject of further talks.')).toBe('next'));
  it('reads a term that doubles a sum or keeps a measure in place as agreed', () => {
    expect(groupOf('The tour will double its annual contribution to $36 million.')).toBe('agreed');
    expect(groupOf('Travel bans on 14 senior officials will remain in place until the elections are held.')).toBe('agreed');
  });
});

describe('outcomes, on terms, awards and deadlines written mid-sentence', () => {
  it('reads terms under a deal, a text or an award, and a rise by a figure', () => {
    expect(groupOf('Drivers will be offered pay rises of 17 per cent over four years under an in-principle deal.')).toBe('agreed');
    expect(groupOf('Under the text, capitals will set up a solidarity pool of at least 24,000 relocations a year.')).toBe('agreed');
    expect(groupOf('Salaries on the national scale will rise by 5.8 per cent, backdated to August.')).toBe('agreed');
    expect(groupOf('Of the total, base pay will rise 3.9 percent, with regular pay hikes accounting for the rest, according to the company.')).toBe('agreed');
    expect(groupOf('The tribunal on Tuesday pronounced its final award in the 17-year-old dispute.')).toBe('agreed');
  });
  it('reads a dropped provision as not agreed', () =>
    expect(groupOf('To get the deal over the line, the presidency dropped a provision that would have allowed sanctions.')).toBe('not agreed'));
  it('reads a ballot that closes, a deadline in days and a review to be sought as next', () => {
    expect(groupOf('The ballot opens on Monday and closes at noon on Friday 3 April.')).toBe('next');
    expect(groupOf('Cascadia has 60 days to recalculate the rate, according to the decision.')).toBe('next');
    expect(groupOf('The negotiator said his government would ask for an extraordinary challenge committee to review the decision.')).toBe('next');
  });
});

describe('outcomes, in the shapes of a fourteenth batch of styles', () => {
  it('reads a defeat by votes, a text that contains no penalty and a strike day maintained', () => {
    expect(groupOf('An amendment that would have paused the award for six months was defeated by 22 votes to 13.')).toBe('not agreed');
    expect(groupOf('It does not, however, contain any penalty linked to the late arrival of the ferry.')).toBe('not agreed');
    expect(groupOf('The strike day of March 19, called by three unions, has therefore been maintained.')).toBe('next');
  });
  it('reads terms under a judgment, an exemption and what a deal works out to', () => {
    expect(groupOf('Under the judgment, Marovia receives about 11,600 square kilometers of the sea in dispute.')).toBe('agreed');
    expect(groupOf('Azmara, whose output has slumped, will be exempt from the cut.')).toBe('agreed');
    expect(groupOf('The five-year deal, which covers 88 matches across formats, works out to Rs 72.5 crore per match.')).toBe('agreed');
  });
  it('reads a ratification still to come, a date not expected before, and a text going before a body', () => {
    expect(groupOf('The TV agreement still has to be ratified at a special general meeting on January 17.')).toBe('next');
    expect(groupOf('The new vessel was due in service in 2024 and is now not expected before spring 2027.')).toBe('next');
    expect(groupOf('She said the agreement would go before the central executive on Saturday, and then to a conference for ratification.')).toBe('next');
  });
});

describe('outcomes, in the shapes of a fifteenth batch of styles', () => {
  it('reads the terms of a deal whose noun carries a long aside, and a change from one figure to another', () => {
    expect(groupOf('The agreement, reached early Saturday after a 19-hour session with a mediator, Ana Ruiz, a retired judge, sets the minimum salary at $90,100.')).toBe('agreed');
    expect(groupOf('The season, long a point of pride in the city, will shrink from 52 weeks to 48.')).toBe('agreed');
  });
  it('reads a question handed to a committee as put off, and an approval without dissent as none refused', () => {
    expect(groupOf('The pension question was handed to a joint study committee of four players and four board members.')).toBe('next');
    expect(groupOf('The board is expected to approve the contract formally on Wednesday, and its chair expects approval without dissent.')).toBe('next');
  });
  it('reads terms under a separate memorandum, what a side will be able to do, and a budget lifted from one sum to another', () => {
    expect(groupOf('Under a separate memorandum on labour, the two sides will issue up to 7,500 work visas a year.')).toBe('agreed');
    expect(groupOf('From January, institutions will be able to charge no more than 25% of a grant for overheads.')).toBe('agreed');
    expect(groupOf("The deal, signed on 10 March by the ministry, the council and two university bodies, will lift the council's budget from €410 million to €520 million.")).toBe('agreed');
  });
  it('reads items taken up at a later round, and assemblies to be held, as steps to come', () => {
    expect(groupOf('Both items will be taken up at the fifth round, to be held in Beijing.')).toBe('next');
    expect(groupOf('The unions will hold assemblies in all offices next week to explain the terms to the staff.')).toBe('next');
  });
  it('does not read how the process began as a failure', () =>
    expect(groupOf('Arbitration began in April after talks on the airport business plan collapsed.')).toBeUndefined());
  it('files the sentence after "Not everything was settled." as not agreed, and the lead-in as nothing', () => {
    const facts = extractOutcomes(
      paragraphs(['Not everything was settled.', 'The most contentious question, whether to freeze the pension plan, goes to a joint study of the two boards.']),
    );
    expect(facts.map((fact) => [fact.sentenceId, fact.group])).toEqual([[1, 'not agreed']]);
  });
  it("files the paragraph under an explainer's heading by what the heading asks, and the heading as nothing", () => {
    const facts = extractOutcomes(
      paragraphs(
        ['What has been agreed?'],
        ['The utility will release 41 gigalitres to growers over the season.'],
        ['What was left out?'],
        ['Whether growers may carry water over into the next season was put to a review.'],
        ['What happens next?'],
        ['Council members will be briefed at meetings in two towns.'],
      ),
    );
    expect(facts.map((fact) => [fact.sentenceId, fact.group])).toEqual([
      [1, 'agreed'],
      [3, 'not agreed'],
      [5, 'next'],
    ]);
  });
  it('reads a term told in the present ("rises to $138", "has been cut from 12 gigalitres") as agreed, and what the deal says nothing about as not agreed', () => {
    expect(groupOf('The price rises to $138 per megalitre, up from $96 last season.')).toBe('agreed');
    expect(groupOf('The river flow has been cut from 12 gigalitres to 7 gigalitres.')).toBe('agreed');
    expect(groupOf('The deal also says nothing about compensation for growers who lose their trees.')).toBe('not agreed');
  });
  it('reads a demand given up and a text never signed as not agreed, a vote to strike as no result, and names passed on as no approval', () => {
    expect(groupOf('The union gave up its demand that the university cover the $550-a-year fee charged to students on visas.')).toBe('not agreed');
    expect(groupOf('A separate agreement on the transfer of remains was drafted in February but never signed, the diplomats said.')).toBe('not agreed');
    expect(groupOf('Members voted 2,214 to 186 in October to authorize a strike after talks stalled over pay.')).toBeUndefined();
    expect(groupOf('She said the names had been passed to the mediators last week.')).toBeUndefined();
  });
  it('reads a condition that requires a side to act, and what will be limited, as agreed; town halls to come as next', () => {
    expect(groupOf('The most significant requires Fieldmast to offer space on all of its new sites to other operators.')).toBe('agreed');
    expect(groupOf('Spectrum pooling will be limited to the low-frequency bands, which carry signals over long distances.')).toBe('agreed');
    expect(groupOf('The committee would hold town halls on Tuesday and Wednesday evening to walk members through the terms.')).toBe('next');
  });
  it('files the sentence after "Not everything the guild went in for made it into the deal." as not agreed', () => {
    const facts = extractOutcomes(paragraphs(['Not everything the guild went in for made it into the deal.', 'Limits on self-taped auditions were handed to a joint study.']));
    expect(facts.map((fact) => [fact.sentenceId, fact.group])).toEqual([[1, 'not agreed']]);
  });
  it("reads concluded negotiations as agreed, a demand left out of yesterday's agreement as not agreed, and an onlooker's forecast as no result", () => {
    expect(groupOf('The European Union and Maranta on Friday concluded negotiations on a new five-year fisheries protocol.')).toBe('agreed');
    expect(groupOf("One of the union's main demands, however, was left out of yesterday's agreement.")).toBe('not agreed');
    expect(groupOf('Independent maritime economist Dr Terrence Ollivier said automation would cut vessel turnaround times.')).toBeUndefined();
    expect(groupOf('Analysts said the deal would cut running costs for both companies.')).toBeUndefined();
  });
  it('reads what a side held out for as not agreed, a dated step to come as next, and a question of whether or a noun "guarantees" as no result', () => {
    expect(groupOf("Vellmark's board had insisted on at least €44 a share, arguing that the offer undervalued it.")).toBe('not agreed');
    expect(groupOf('Vellmark will set out a stand-alone strategy at a capital markets day in Rotterdam on June 24.')).toBe('next');
    expect(groupOf('Neither side would comment on whether the board seats had been settled.')).toBeUndefined();
    expect(groupOf('The chair wrote on Friday setting out that the job guarantees were a condition of any recommendation.')).toBeUndefined();
  });
  it("reads a demand turned down, a settlement's reserve and a clause taken from the text as not agreed, a closed investigation as agreed, and a step that waits on approval as no result", () => {
    expect(groupOf('Its demand for free staff parking was turned down, although the trust says it will look at parking again in September.')).toBe('not agreed');
    expect(groupOf('Grandview Crest did not admit liability for the damage.')).toBe('not agreed');
    expect(groupOf('The chain paid the fine without admitting wrongdoing.')).toBe('not agreed');
    expect(groupOf('In exchange, the regulator is closing its investigation without a formal finding.')).toBe('agreed');
    expect(groupOf('Rather than hold up the whole deal, the parties removed the clause from the signed text.')).toBe('not agreed');
    expect(groupOf('The winger posted a photograph of the signed agreement shortly after it was released.')).toBeUndefined();
    expect(groupOf('The union released a statement thanking its members.')).toBeUndefined();
  });
  it('reads a term past a long aside, one the text "carries", and a permit to be lifted; not the background a story recalls, nor one who "has ruled as" president', () => {
    const [extends_, carries] = extractOutcomes(
      sentences(
        "The agreement, hammered out over four days of talks in the speaker's office and in late-night phone calls with Senate Majority Leader Marguerite Szalai (D-N.M.) and Senate Minority Leader Curtis Bramhall (R-Ky.), extends current funding through Dec. 18.",
        'It also carries $9.2 billion in emergency disaster aid for communities hit by wildfires.',
      ),
    );
    expect([extends_?.group, carries?.group]).toEqual(['agreed', 'agreed']);
    expect(groupOf("In return, the authorities will lift the suspension of the company's export permit.")).toBe('agreed');
    expect(groupOf('It will be recalled that the union declared the strike after the Federal Government failed to implement a 2013 agreement.')).toBeUndefined();
    expect(groupOf('Kourandi, where the army seized power in 2022 and General Kiemtore has since ruled as transitional president, is the third producer.')).toBeUndefined();
  });
  it('reads a committee given 60 days to report and bills that "must now" be written as next, and a person\'s past in an aside as no failure of the talks', () => {
    expect(groupOf('A technical committee of both parties has been given 60 days to submit a report.')).toBe('next');
    expect(groupOf('The committees must now write 12 full-year spending bills before the new deadline.')).toBe('next');
    expect(
      groupOf('The Minister of Labour, Mrs Chioma Ezeokafor, whose ministry brokered the talks after they broke down in November, said both sides had shown good faith and will meet again in June.'),
    ).toBe('next');
  });
  it('reads a term told by a verb of payment and the "It also allows …" that goes on with it', () => {
    const [compensates, allows] = extractOutcomes(
      sentences(
        'The agreement with the nation, about 400 kilometres north of the city, compensates the community for roughly 9,300 hectares of land.',
        'It also allows the nation to select up to 21,500 hectares of Crown land.',
      ),
    );
    expect([compensates?.group, allows?.group]).toEqual(['agreed', 'agreed']);
    expect(groupOf('The engineer estimated that strengthening works would take about 14 weeks once approved.')).toBeUndefined();
  });
  it('reads what is owed and to be paid as terms, a tally in votes as a vote passed, "did not reach agreement" and "also pending was" as not agreed; not a forecast nor what a paper reported before', () => {
    expect(groupOf('The remaining R1.1 billion must be repaid by the municipality in 36 monthly instalments.')).toBe('agreed');
    expect(groupOf('The manager said the council would also make an upfront payment of R60 million by 15 August.')).toBe('agreed');
    expect(groupOf('The council approved the draft agreement by 38 votes to 19, with four abstentions.')).toBe('agreed');
    expect(groupOf('The lifting of the blockade was approved by the assembly, with 312 votes in favor and 47 against.')).toBe('agreed');
    expect(groupOf('The parties did not reach agreement on the request that the company pay annual compensation.')).toBe('not agreed');
    expect(groupOf('Also pending was the withdrawal of the criminal complaints against 14 comuneros.')).toBe('not agreed');
    expect(groupOf('Halcourt has not said whether it would actually go to court.')).toBe('not agreed');
    expect(groupOf('The vote does not finalize the deal, but it clears the way for the attorney to draft an agreement.')).toBe('next');
    expect(groupOf('The company also undertook to hire 120 workers from the community over the next six months.')).toBe('agreed');
    expect(groupOf('The finance chief presented a plan projecting that collection rates will rise from 61% to 85% by June.')).toBeUndefined();
    expect(groupOf('News24 previously reported that the utility served a notice to cut supply after arrears passed R3 billion.')).toBeUndefined();
  });
  it('reads a cost told past a long aside and a term kept back as results, and what a side "will have" done for it only where nothing else is said', () => {
    expect(
      groupOf('The three-year deal, announced on 27 January by the National Licensing Consortium (NLC), which negotiates for 64 universities, will cost €11.8 million a year.'),
    ).toBe('agreed');
    expect(groupOf('Neither side would disclose the final number Tuesday.')).toBe('not agreed');
    expect(groupOf('Financial terms of the settlement were not disclosed.')).toBe('not agreed');
    expect(groupOf('That means patients who were billed at out-of-network rates for care in January will have those claims reprocessed as in-network.')).toBe('agreed');
    const [threat] = extractOutcomes(sentences('Counties that fail to honour the schedule will have their funds withheld.'));
    expect(threat?.group).not.toBe('agreed');
  });
  it('reads terms after a modal, a price set "as the new" rate, what will apply from a date and what stays unchanged as agreed; a gap not closed, what stays in dispute and money yet to be raised as not agreed', () => {
    const facts = extractOutcomes(
      paragraphs(
        ['The four-year deal, covering 2026 to 2030, would give nurses raises totalling 14 per cent.', 'The previous contract expired in March.'],
        ['It also includes a one-time bonus of $800 for every full-time nurse.'],
      ),
    );
    // The "It" two sentences on still goes on with the deal's terms.
    expect(facts.map((fact) => [fact.sentenceId, fact.group])).toEqual([
      [0, 'agreed'],
      [2, 'agreed'],
    ]);
    expect(groupOf('The wages council yesterday announced Tk 14,200 as the new monthly minimum wage for tannery workers.')).toBe('agreed');
    expect(groupOf('The lower tariff will apply to cargoes loaded from July 1.')).toBe('agreed');
    expect(groupOf('The fixed charge of 40 cents per tonne stays unchanged, the sources said.')).toBe('agreed');
    expect(groupOf('Under the new structure, the base pay will be Tk 8,100.')).toBe('agreed');
    expect(groupOf('That gap between the two offers has not been closed.')).toBe('not agreed');
    expect(groupOf('Staffing ratios and overtime caps remain in dispute at the nurses table.')).toBe('not agreed');
    expect(groupOf('The co-operative has yet to raise the money for the purchase.')).toBe('not agreed');
  });
  it('reads a term that gives nothing and a demand not granted as not agreed, a price fixed at a figure as agreed, and what a side pushed for as its position', () => {
    expect(groupOf('Yes, but: The settlement sends no money directly to riders.')).toBe('not agreed');
    expect(groupOf("He stressed that the drivers' main demand – the scrapping of the rule – was not granted.")).toBe('not agreed');
    expect(groupOf('The state government on Thursday fixed the advised price of cane for the season at ₹402 per quintal.')).toBe('agreed');
    expect(groupOf('Mill owners pushed for a staggered schedule stretching to June 2027.')).toBe('not agreed');
  });
  it('reads a vote that will take place and a hearing set down for a date as next, and deductions spread over months as agreed', () => {
    expect(groupOf('The ratification vote will take place Oct. 21 and 22 in the student centre.')).toBe('next');
    expect(groupOf('An arbitration hearing has been provisionally set down for 9 and 10 December.')).toBe('next');
    expect(groupOf('Deductions for the strike days will be spread over six months instead of one payslip.')).toBe('agreed');
  });
  it('reads what a Labour Court recommendation provides for as agreed, and days a judge gave the parties as next', () => {
    expect(groupOf('The recommendation provides for a pay increase of 9.5% over three years, backdated to 1 March.')).toBe('agreed');
    expect(groupOf('The companies filed a joint motion on Monday, and Judge Soraya Amarante gave them 30 days to submit final dismissal papers.')).toBe('next');
  });
  it('reads "leaves open the future of" as not agreed, and a short quote a sentence opens on as its speaker\'s say, not a result', () => {
    expect(groupOf("The agreement leaves open the future of Talwerk's assembly plant in Lauterbrück.")).toBe('not agreed');
    expect(groupOf('"The federal government will not let Lauterbrück fall," Sollmann told reporters, adding that she would meet the management next week.')).toBe('next');
  });
  it('reads a cap, a protocol\'s terms and talks to reopen, and sets aside the claim a fact check tests', () => {
    expect(groupOf('Under the protocol, no more than 18 trawlers may hold licences, and their combined catch is capped at 42,500 tonnes a year.')).toBe('agreed');
    expect(groupOf('The combined catch is capped at 42,500 tonnes a year.')).toBe('agreed');
    expect(groupOf('The new protocol shifts the fleet to 20 nautical miles offshore.')).toBe('agreed');
    expect(groupOf('Under a side letter, the two sides will reopen talks on the subsidy no later than Jan. 12, 2026.')).toBe('next');
    expect(groupOf('Claim: Bassara has signed away its fishing waters to Norvalia for 25 years in exchange for one million euros.')).toBeUndefined();
    // What a side will get under the text is a term; what it will get to do, or how things will get, is not.
    expect(groupOf('* Veldmark buyers will get first refusal on up to 30,000 tonnes a year of cobalt hydroxide.')).toBe('agreed');
    expect(groupOf('Prices will get worse before they improve, traders said.')).toBeUndefined();
  });
  it('reads how long a licence runs, a right one side secured and a step told in the present', () => {
    expect(groupOf('The license is non-exclusive and runs for three years starting July 1, Ramirez said.')).toBe('agreed');
    expect(groupOf('Helixor also secured a right of first negotiation should Sotto decide to sell.')).toBe('agreed');
    expect(groupOf('The working group reports by 30 September.')).toBe('next');
    // What the strike put off is its cost, not a step to come.
    expect(groupOf('About 38,000 operations were postponed during the stoppage.')).toBeUndefined();
    expect(groupOf('The vote was postponed to March.')).toBe('next');
  });
  it('weighs "could not agree" above a side that would not accept a figure', () => {
    const [stance, failed] = extractOutcomes(
      sentences('The federations said they would not accept anything below Tk 20,000.', 'The board could not agree on the rate of annual increment.'),
    );
    expect([stance?.group, failed?.group]).toEqual(['not agreed', 'not agreed']);
    expect(failed.weight).toBeGreaterThan(stance.weight);
  });
});

describe('outcome answers', () => {
  it('list what comes next even when the terms outweigh it', () => {
    const terms = Array.from({ length: 9 }, (_, k) => `Under the deal, the company will pay ${k + 2}% more to group ${k + 1} and will fund ${k + 3} new posts.`);
    const knowledge = knowledgeOfStory([...terms, 'The agreement goes to the board next month.']);
    const groups = answer(knowledge, 'outcome', '').citations.map((citation) => citation.group);
    expect(groups).toContain('next');
    expect(groups.filter((group) => group === 'agreed').length).toBeGreaterThan(3);
  });
});
