import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer.js';
import { knowledgeOfStory } from './helpers.js';

/** The quotes the story gives a speaker, as [snippet, speaker] pairs; paragraphs separated by blank lines. */
function quotesIn(paragraphs: string[], speaker: string): [string, string | undefined][] {
  return answer(knowledgeOfStory(paragraphs), 'quote', speaker).citations.map((citation) => [citation.snippet, citation.speaker]);
}

describe('quote, on the ways news attributes speech', () => {
  it('reads a speech tag that stands as its own sentence after a "?" quote', () =>
    expect(
      quotesIn(['Judge Amy Hollis heard the plea on Monday.', '"Do you understand the terms?" Hollis asked from the bench. The defendant nodded.'], 'Hollis'),
    ).toEqual([['Do you understand the terms?', 'Amy Hollis']]));

  it('gives "the sergeant said" to the person named earlier with that title, abbreviated or not', () => {
    const story = ['Sgt. Ray Dunn led the talks with the gunman.', 'Dunn spoke briefly. "We waited," the sergeant said.', 'The judge, Ines Marlow, set bail. The judge called it "a fair sum."'];
    expect(quotesIn(story, 'Dunn')).toEqual([['We waited,', 'Ray Dunn']]);
    expect(quotesIn(story, 'Marlow')).toEqual([['a fair sum.', 'Ines Marlow']]);
  });

  it('gives a pronoun to the unnamed person a sentence opens on, not to the last name', () =>
    expect(
      quotesIn(['Mayor Ann Pike spoke first. "We held," Pike said.', 'A second officer, who asked not to be named, saw it differently. "It was luck," he said.'], 'Pike'),
    ).toEqual([['We held,', 'Ann Pike']]));

  it('gives the pronoun to the one named before when a description opens on "A … man, he …"', () =>
    expect(
      quotesIn(
        [
          'The delegation was led by Nasser bin Khalifa al-Suwaidan, the deputy foreign minister. A soft-spoken man with a weakness for Victorian poetry, he gave no ground.',
          '“Our right to enrich is not a bargaining chip,” he said.',
        ],
        'al-Suwaidan',
      ),
    ).toEqual([['Our right to enrich is not a bargaining chip,', 'Nasser bin Khalifa al-Suwaidan']]));

  it('gives "he added" to the one who spoke, not to the one spoken of', () =>
    expect(
      quotesIn(['Coach Tom Lowe and forward Grant Hale met reporters.', '"He was brilliant," Lowe said of Hale. He added, "We need more of that."'], 'Lowe'),
    ).toEqual([
      ['He was brilliant,', 'Tom Lowe'],
      ['We need more of that.', 'Tom Lowe'],
    ]));

  it('gives an all-quote paragraph to the person reported speaking just before it', () => {
    const story = [
      '"It is a fair offer," said Dan Price, the company\'s chief executive.',
      'Rita Shaw, the union\'s lead negotiator, said the offer fell short.',
      '"We are not done. We will be back on Monday."',
    ];
    expect(quotesIn(story, 'Shaw')).toEqual([['We are not done. We will be back on Monday.', 'Rita Shaw']]);
    expect(quotesIn(story, 'Price')).toEqual([['It is a fair offer,', 'Dan Price']]);
  });

  it('leaves out the quotes of an unnamed speaker described with capitalised words', () =>
    expect(
      quotesIn(['"Aid is moving," said Nora Pike, the agency\'s director.', '"The roads are closed," said a Red Cross official in the city. "Nothing gets through."'], 'Pike'),
    ).toEqual([['Aid is moving,', 'Nora Pike']]));

  it('does not take reported speech after "said the" for an unnamed speaker', () =>
    expect(
      quotesIn(['Rosa Lind, known to fans as "the Hammer," said the deal was fair.', '"I am staying," she said.'], 'Lind'),
    ).toEqual([['I am staying,', 'Rosa Lind']]));

  it('gives the quote paragraphs after "X issued the following statement:" to X', () =>
    expect(
      quotesIn(
        [
          'A fund team led by Mr. Tomas Brandl, Mission Chief for Orvania, visited the capital. At the end of the visit, Mr. Brandl issued the following statement:',
          '"Staff and the authorities have reached an agreement on a new program."',
          '"Inflation has eased, but reserves remain thin."',
        ],
        'Brandl',
      ),
    ).toEqual([
      ['Staff and the authorities have reached an agreement on a new program.', 'Tomas Brandl'],
      ['Inflation has eased, but reserves remain thin.', 'Tomas Brandl'],
    ]));

  it('gives "the statement said" to the person the story says issued the statement', () => {
    const story = [
      'In a statement, the chief executive, Gregory Haskins, said the deal "recognizes our nurses." "It also protects our hospitals," the statement said.',
      'According to a letter from Gov. Alan Price, the state will pay. "We owe this to the town," the letter said.',
    ];
    expect(quotesIn(story, 'Haskins')).toEqual([
      ['recognizes our nurses.', 'Gregory Haskins'],
      ['It also protects our hospitals,', 'Gregory Haskins'],
    ]);
    expect(quotesIn(story, 'Price')).toEqual([['We owe this to the town,', 'Alan Price']]);
  });

  it('does not give "the letter said" to someone who only spoke about a letter', () =>
    expect(quotesIn(['Mayor Dana Ruiz said the union\'s letter was unfair.', '"We will not sign," the letter said.'], 'Ruiz')).toEqual([]));

  it('reads "according to X" after or before a quote as X speaking, directly or through a statement', () => {
    const story = [
      '"It\'s a disgrace," according to Omar Patel, a parent of two.',
      'The district, according to a statement from Superintendent Lisa Grant, "remains committed to talks."',
      'According to the report, the plan "will not work."',
    ];
    expect(quotesIn(story, 'Patel')).toEqual([["It's a disgrace,", 'Omar Patel']]);
    expect(quotesIn(story, 'Grant')).toEqual([['remains committed to talks.', 'Lisa Grant']]);
  });

  it('leaves out an interviewer\'s questions and gives the answers to the one asked', () => {
    const story = [
      'Sen. Ann Moss spoke to The Ledger on Monday. "I am tired," she said.',
      '"Will you run again?" "No. I am done," Moss said.',
      'The Ledger asked her about the vote. "Why did you break with your party?"',
      '"Because the bill was wrong."',
    ];
    expect(quotesIn(story, 'Moss')).toEqual([
      ['I am tired,', 'Ann Moss'],
      ['No. I am done,', 'Ann Moss'],
      ['Because the bill was wrong.', 'Ann Moss'],
    ]);
  });

  it('gives the floor to the one a reported-speech sentence describes ("The governor said …"), so "she" is her', () => {
    const story = [
      '"We moved," Governor Ines Varga told reporters.',
      'Prices fell, according to the statistics office, whose chief, Robin Adair, said food was cheaper.',
      'The governor also said hiring had slowed.',
      '"Firms are cautious," she said.',
    ];
    expect(quotesIn(story, 'Varga')).toEqual([
      ['We moved,', 'Ines Varga'],
      ['Firms are cautious,', 'Ines Varga'],
    ]);
    expect(quotesIn(story, 'Adair')).toEqual([]);
  });

  it('gives "the envoy said" to the envoy, though a pronoun stands in the clause before', () => {
    const story = [
      'The United Nations envoy, Petru Vasile, met both delegations on Monday.',
      'His deputy, Ana Cho, will travel to the capital this week.',
      'Pressed on whether he had set a deadline, the envoy said that deadlines "are for people who are not being shelled."',
    ];
    expect(quotesIn(story, 'Vasile')).toEqual([['are for people who are not being shelled.', 'Petru Vasile']]);
  });

  it('gives "the association\'s President added" to its president', () => {
    const story = [
      'The communiqué was signed by its President, Dr. Kemi Balogun-Ade, and the Secretary-General, Dr. Musa Idris-Bello.',
      '"Our members have borne the pain of this strike," the association\'s President added.',
    ];
    expect(quotesIn(story, 'Balogun-Ade')).toEqual([['Our members have borne the pain of this strike,', 'Kemi Balogun-Ade']]);
  });

  it('gives a partial quote to the subject of "noting that"', () =>
    expect(
      quotesIn(['The health minister, Prof. Ada Nwosu-Obi, appealed to the doctors to return, noting that the government was "doing everything humanly possible" to pay them.'], 'Nwosu-Obi'),
    ).toEqual([['doing everything humanly possible', 'Ada Nwosu-Obi']]));

  it('gives the quote to the subject, not to a name inside its relative clause ("X, whose son, Daniel, 24, died …, said")', () =>
    expect(
      quotesIn(['One of the plaintiffs, Bernadette Mayfield, whose son, Daniel, 24, died in the jail in 2025, said the decree came "too late for my son."'], 'Mayfield'),
    ).toEqual([['too late for my son.', 'Bernadette Mayfield']]));

  it('gives a lede quote by "the envoy …" to the one envoy the story names later', () => {
    const story = [
      'GENEVA – The international envoy mediating between the government and the rebels said on Tuesday that a ceasefire was "within reach."',
      'The envoy, Radu Vasile, spoke after a third round of talks. His deputy, Ana Cho, will travel to the capital.',
    ];
    expect(quotesIn(story, 'Vasile')).toEqual([['within reach.', 'Radu Vasile']]);
  });

  it('gives "Sheikh Mansour said" to Mansour bin Saqr Al Qamzi, and "the judge said" to Justice X', () => {
    const gulf = ['His Highness Sheikh Mansour bin Saqr Al Qamzi hosted the final session.', '"Today, guns are silent," Sheikh Mansour said in a statement.'];
    expect(quotesIn(gulf, 'Qamzi')).toEqual([['Today, guns are silent,', 'Mansour bin Saqr Al Qamzi']]);
    const court = ['In her ruling, Justice Agnes Wafula Nzioka suspended the strike for 60 days.', '"Neither right can extinguish the other," the judge said.'];
    expect(quotesIn(court, 'Nzioka')).toEqual([['Neither right can extinguish the other,', 'Agnes Wafula Nzioka']]);
  });

  it('gives a quote to the minister after a portfolio title, not to the portfolio', () =>
    expect(
      quotesIn(['The Minister for Public Expenditure, Caoimhe Kelly, described the outcome as "fair, affordable and sustainable" and said it struck a balance.'], 'Kelly'),
    ).toEqual([['fair, affordable and sustainable', 'Caoimhe Kelly']]));

  it('gives "added the 31-year-old" and "the 45-year-old told BBC Sport" to the person last named', () => {
    const story = [
      'Captain Kirsty Ballantyne, who has won 98 caps, welcomed the deal.',
      '‘I’ve never forgotten that,’ added the 31-year-old.',
      'Lorna Bexley, the former midfielder who now works as a pundit, was less sure.',
      '‘I’m thrilled for this group, genuinely,’ the 45-year-old told BBC Sport.',
      'She added that the association should consider a ‘gesture of recognition’ for former players.',
    ];
    expect(quotesIn(story, 'Ballantyne')).toEqual([['I’ve never forgotten that,', 'Kirsty Ballantyne']]);
    // "BBC Sport" is told, and is no one: "She" is still the pundit.
    expect(quotesIn(story, 'Bexley').map(([, speaker]) => speaker)).toEqual(['Lorna Bexley', 'Lorna Bexley']);
  });

  it('gives a quote to the person after "said a spokesman for X," and to the lawyer, not the firm named in her appositive', () => {
    expect(quotesIn(['"We think this is a fair deal," said a spokesman for RideCo, Kyle Matuszak.'], 'Matuszak')).toEqual([['We think this is a fair deal,', 'Kyle Matuszak']]);
    const lawyer = ['Fenella Dunwoody, a lawyer for the players from the firm Harcourt Reeve, said dropping the claim had been ‘the hardest decision’.'];
    expect(quotesIn(lawyer, 'Dunwoody')).toEqual([['the hardest decision', 'Fenella Dunwoody']]);
  });

  it('reads the speaker past a participle\'s clause and past a verb in a relative clause', () => {
    const story = [
      'The deal was brokered by Minister for Agriculture Gráinne Moynagh.',
      'The talks failed to agree a cap, which consumer groups had demanded, and Ms Moynagh conceded that the issue had been “parked, not resolved”.',
      'Speaking at a press conference this morning, the minister said:',
      '“Nobody got everything they wanted in that room.”',
    ];
    expect(quotesIn(story, 'Moynagh')).toEqual([
      ['parked, not resolved', 'Gráinne Moynagh'],
      ['Nobody got everything they wanted in that room.', 'Gráinne Moynagh'],
    ]);
  });

  it('reads speakers written in the shapes of a fourteenth batch of styles', () => {
    const story = [
      'Reading the ruling in the court’s Great Hall of Justice, the court’s president, Judge Ayumi Hirasawa of Japan, said the judges had sought "an equitable solution."',
      'Garfield Brevett, a former principal of a school in St James, had distanced the federation from the sick-outs, insisting that "no directive came from this office". He acknowledged, however, that the action had "focused minds".',
      'The board’s talks were run by its secretary, Anirudh Pendharkar.',
      'Minister Nosipho Makhathini welcomed the agreement, saying the strike had placed "families under pressure".',
      'The tender will be released by February 10, with the auction likely in March, Pendharkar said. "We will not rush it."',
      'Ms Fatoumata Sissokho, president of the group in the Assembly, denounced "a night of dupes".',
      'In the entourage of Mr Vallauris, one admits, however, that the walkout "complicates the picture".',
    ];
    expect(quotesIn(story, 'Hirasawa')).toEqual([['an equitable solution.', 'Ayumi Hirasawa']]);
    expect(quotesIn(story, 'Brevett')).toEqual([
      ['no directive came from this office', 'Garfield Brevett'],
      ['focused minds', 'Garfield Brevett'],
    ]);
    expect(quotesIn(story, 'Makhathini')).toEqual([['families under pressure', 'Nosipho Makhathini']]);
    expect(quotesIn(story, 'Pendharkar')).toEqual([['We will not rush it.', 'Anirudh Pendharkar']]);
    expect(quotesIn(story, 'Sissokho')).toEqual([['a night of dupes', 'Fatoumata Sissokho']]);
    expect(quotesIn(story, 'Vallauris')).toEqual([]);
  });

  it('reads speakers written in the shapes of a fifteenth batch of styles', () => {
    const story = [
      'Delegates from the coastal states spoke after the vote.',
      'Owain Pryce, the UK commissioner, said Britain was "disappointed but not undone" by the vote, and welcomed what he called "the strongest safeguards yet".',
      'Mayor Ruth Okoye said the town would not sign while a challenge was pending, and Tomasz Wielgus said his company was "prepared to wait."',
      'Ines Halloran, who studies budgets at a think tank, says the rise is smaller than it looks. By her calculation, the budget will be worth 30% more — "significant, but modest".',
    ];
    expect(quotesIn(story, 'Pryce')).toEqual([
      ['disappointed but not undone', 'Owain Pryce'],
      ['the strongest safeguards yet', 'Owain Pryce'],
    ]);
    expect(quotesIn(story, 'Wielgus')).toEqual([['prepared to wait.', 'Tomasz Wielgus']]);
    expect(quotesIn(story, 'Okoye')).toEqual([]);
    expect(quotesIn(story, 'Halloran')).toEqual([['significant, but modest', 'Ines Halloran']]);
  });

  it('reads speakers written in the shapes of a sixteenth batch of styles', () => {
    const story = [
      'Teodora Vasquez-Lind, the deputy interior minister, led the delegation; the agency sent Pernille Strand, its safeguards chief.',
      '"It is owed to us," said captain Marisol Ebanks, who led the players. "We waited long enough."',
      'The agency rejected the request, and it refused to readmit two officials whom the deputy minister has in the past dismissed as "spies with clipboards".',
      'On the steps, the deputy minister was asked whether talks would resume. She smiled. "Not this month," she said.',
    ];
    expect(quotesIn(story, 'Ebanks')).toEqual([
      ['It is owed to us,', 'Marisol Ebanks'],
      ['We waited long enough.', 'Marisol Ebanks'],
    ]);
    expect(quotesIn(story, 'Vasquez-Lind')).toEqual([
      ['spies with clipboards', 'Teodora Vasquez-Lind'],
      ['Not this month,', 'Teodora Vasquez-Lind'],
    ]);
    expect(quotesIn(story, 'Strand')).toEqual([]);
  });

  it('reads speakers written in the shapes of a twentieth batch of styles', () => {
    const story = [
      "His Excellency Sheikh Sultan bin Mubarak Al-Ghafli, Barqan's minister of state, told reporters the exchange was \"a first step.\"",
      '"Today, mothers are crying the same tears," Sheikh Sultan said.',
      "Dr Rhodri Tregarthen, the union's rep at the hospital, said it had been \"a long few months\".",
      '"This is a win for doctors. A tired doctor on a rota is not a safe doctor," he said.',
      'He added that some of his colleagues had been "pushed to breaking point" before the ballot.',
      'Reeve Dwayne Ostapchuk of the neighbouring Rural Municipality of Cold Spruce No. 512 said ratepayers had worried, but that the nation had been "nothing but straight with us."',
      'Ms Talfryn, the Secretary of State, confirmed that the Treasury would write off the overspend if the Executive put its finances on a "sustainable footing".',
      'Sec. Rowena Dimaculangan, the presidential adviser, signed the framework. For Dimaculangan, the signing was "the most concrete step" taken toward peace. For the families, it was "a long wait".',
    ];
    expect(quotesIn(story, 'Al-Ghafli')).toEqual([
      ['a first step.', 'Sultan bin Mubarak Al-Ghafli'],
      ['Today, mothers are crying the same tears,', 'Sultan bin Mubarak Al-Ghafli'],
    ]);
    expect(quotesIn(story, 'Tregarthen').map(([quote]) => quote)).toContain('pushed to breaking point');
    expect(quotesIn(story, 'Ostapchuk')).toEqual([['nothing but straight with us.', 'Dwayne Ostapchuk']]);
    expect(quotesIn(story, 'Talfryn')).toEqual([['sustainable footing', 'Talfryn']]);
    expect(quotesIn(story, 'Dimaculangan')).toEqual([['the most concrete step', 'Rowena Dimaculangan']]);
  });

  it('reads speakers written in the shapes of a twenty-first batch of styles', () => {
    const story = [
      'In Sarouk, the UN Resident and Humanitarian Coordinator for Qaltara, Mirela Stoicescu, described the road. Joaquín Arrospide, the UN Spokesperson, briefed reporters.',
      '‘Narrow by design’',
      '“People came out onto the street,” the Resident Coordinator said by telephone.',
      'For its part, the DLM said through its spokesperson, Nizar Hadj-Bouziane, that it would “honour every line” of the agreement.',
      'Senate Majority Leader Marguerite Szalai (D-N.M.) spoke late. Szalai, who had warned for weeks that Democrats would not accept “a shutdown dressed up as a spending cut,” called the final package “a reasonable outcome.”',
      'Marisol Paquette thanked the board "for finally getting this done".',
      'Daniel Wen found me in the car park. He has since said publicly that I "talked us home".',
    ];
    expect(quotesIn(story, 'Stoicescu')).toEqual([['People came out onto the street,', 'Mirela Stoicescu']]);
    expect(quotesIn(story, 'Arrospide')).toEqual([]);
    expect(quotesIn(story, 'Hadj-Bouziane')).toEqual([['honour every line', 'Nizar Hadj-Bouziane']]);
    expect(quotesIn(story, 'Szalai').map(([quote]) => quote)).toContain('a reasonable outcome.');
    expect(quotesIn(story, 'Wen')).toEqual([['talked us home', 'Daniel Wen']]);
    expect(quotesIn(story, 'Paquette')).toEqual([['for finally getting this done', 'Marisol Paquette']]);
  });

  it('gives a quote in "X\'s account is that …" to X, and one a later clause\'s "she declined to say" follows to the one who said it', () => {
    const story = [
      'Ingrid Solvang, the charity\'s director, spoke to reporters on Tuesday.',
      'Solvang\'s account is that the release was won through "months of patient, boring conversation," carried on through elders.',
      'Aminata Kone, the government spokeswoman, called the reports "fabrications."',
      'Kone said that a "dedicated cell" within the presidency was following each case, but she declined to say whether talks were under way.',
    ];
    expect(quotesIn(story, 'Solvang')).toEqual([['months of patient, boring conversation,', 'Ingrid Solvang']]);
    expect(quotesIn(story, 'Kone')).toEqual([
      ['fabrications.', 'Aminata Kone'],
      ['dedicated cell', 'Aminata Kone'],
    ]);
  });

  it('gives quotes to a long title before the name, to the subject a later "he said" stands for, and to a judge\'s finding', () => {
    const story = [
      '"The State has come to stay," said the Vice Minister of Territorial Governance, Alcides Vilcapoma, who headed the delegation.',
      '"Operations at Tinkuy," said the vice president of corporate affairs of Minera Huaraccasa, Carmen Ugarte, "will resume over the weekend."',
      'Heikki Ruotsalainen runs Kestrun Capital. Its legal adviser, Emeric Fontbrune, a partner at Stannard Ferrow, put it with feeling: the holdouts, he said, were “betting that everyone else is more sensible than they are”.',
      'U.S. District Judge Cordelia Thorsdottir found that the deal falls “within the range of possible approval” and cleared the way for notice.',
      'Justice Marguerite Vassilakis rejected the argument, finding the categories were "rationally connected" to the damage.',
    ];
    expect(quotesIn(story, 'Vilcapoma')).toEqual([['The State has come to stay,', 'Alcides Vilcapoma']]);
    expect(quotesIn(story, 'Ugarte')).toEqual([
      ['Operations at Tinkuy,', 'Carmen Ugarte'],
      ['will resume over the weekend.', 'Carmen Ugarte'],
    ]);
    expect(quotesIn(story, 'Fontbrune')).toEqual([['betting that everyone else is more sensible than they are', 'Emeric Fontbrune']]);
    expect(quotesIn(story, 'Thorsdottir')).toEqual([['within the range of possible approval', 'Cordelia Thorsdottir']]);
    expect(quotesIn(story, 'Vassilakis')).toEqual([['rationally connected', 'Marguerite Vassilakis']]);
  });

  it('gives quotes to "said the Rev. X", to the subject of a clause a colon ends, and "the mayor" to the mayor, not a deputy named since', () => {
    const story = [
      '“We did not settle everything,” said the Rev. Evert Vandermolen, the synod’s president. “But we found a way to keep talking.”',
      'Hemalatha Kanagaratnam, a professor of church history, said the move was familiar. She put it bluntly: “Commissions buy time.”',
      'Reuben Haddadin, the chief executive, said the deal was fair. In a video posted to Facebook on Tuesday, he had a short message for members: "Come back. Your card works here again."',
      'The mayor, Babacar Mbengue, signed the amendment. Farida Sow, a trader, and Omar Ba, a driver, said prices were high.',
      '"It is not on the table today," said Ousseynou Thiaw, the deputy mayor who chairs the committee.',
      'Asked whether the city could take the service back, the mayor replied: "All options remain open."',
    ];
    expect(quotesIn(story, 'Vandermolen')).toEqual([
      ['We did not settle everything,', 'Evert Vandermolen'],
      ['But we found a way to keep talking.', 'Evert Vandermolen'],
    ]);
    expect(quotesIn(story, 'Kanagaratnam')).toEqual([['Commissions buy time.', 'Hemalatha Kanagaratnam']]);
    expect(quotesIn(story, 'Haddadin')).toEqual([['Come back. Your card works here again.', 'Reuben Haddadin']]);
    expect(quotesIn(story, 'Mbengue')).toEqual([['All options remain open.', 'Babacar Mbengue']]);
  });
  it('gives "I told him, “…”" in a transcript to the one its label names, and "her instruction was: “…”" to the one named before', () => {
    const story = [
      'Water and Sanitation Minister Hlengiwe Mahlangu and Provincial Minister Vusumuzi Khumalo briefed reporters.',
      'PROVINCIAL MINISTER KHUMALO: When I briefed Premier Rosangela Macedo on Tuesday night, her instruction to me was short: "Sign it, but keep the levels honest." I told him on Monday, "You will see every model before we see it."',
      'MINISTER MAHLANGU: I said it then and I say it now.',
    ];
    expect(quotesIn(story, 'Khumalo')).toEqual([['You will see every model before we see it.', 'Vusumuzi Khumalo']]);
    expect(quotesIn(story, 'Macedo')).toEqual([['Sign it, but keep the levels honest.', 'Rosangela Macedo']]);
  });

  it('gives "said Veldmark\'s Minister for Trade and Industry X" to X, past the portfolio\'s small words', () => {
    const story = ['"We have secured supply for a decade," said Veldmark\'s Minister for Trade and Industry Gerrit Hoogeveen, who signed for his country.'];
    expect(quotesIn(story, 'Hoogeveen')).toEqual([['We have secured supply for a decade,', 'Gerrit Hoogeveen']]);
  });

  it('gives a partial quote to the one "she" stands for when she holds a view ("She expects prices to return to normal “…”")', () => {
    const story = ['"The impact should be concentrated in September," said economist Priscila Hayashida. She expects prices to return to normal "in two to three weeks."'];
    expect(quotesIn(story, 'Hayashida')).toEqual([
      ['The impact should be concentrated in September,', 'Priscila Hayashida'],
      ['in two to three weeks.', 'Priscila Hayashida'],
    ]);
  });
});
