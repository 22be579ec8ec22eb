import { hasTag } from './lexicon.js';

/**
 * Words of English news writing that the extractors lean on: role nouns, titles, speech verbs,
 * organisation words. They describe how news is written, never who is in a given article.
 */

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Nouns that name what a person is or does ("minister", "spokesperson", "engineer"). */
export const ROLE_NOUNS = words(`
  minister ministers president presidents premier chancellor secretary secretaries spokesperson spokesman spokeswoman
  spokespeople ambassador ambassadors envoy envoys aide aides adviser advisers advisor advisors negotiator negotiators
  leader leaders chair chairman chairwoman chairperson director directors executive executives chief chiefs
  commissioner commissioners official officials officer officers engineer engineers lawyer lawyers attorney attorneys advocate advocates
  judge judges justice justices senator senators representative representatives governor governors mayor mayors
  general generals commander commanders cardinal pope king queen prince princess sheikh emir sultan monarch member
  members head heads founder cofounder co-founder manager managers analyst analysts economist economists professor
  researcher researchers scientist scientists doctor doctors nurse nurses worker workers teacher teachers student
  correspondent reporter editor mediator mediators delegate delegates deputy lawmaker lawmakers legislator legislators
  councillor councilor councillors councilors speaker diplomat diplomats strategist consultant partner owner ceo cfo
  mp mps mep meps msp msps mla mlas mmc mmcs mec mecs
  coo coach captain player counsel prosecutor prosecutors inspector superintendent campaigner activist activists
  organizer organiser resident farmer trader banker investor historian author writer candidate nominee administrator
  coordinator secretary-general director-general ombudsman regulator auditor treasurer bishop archbishop imam rabbi
  priest pastor colonel major lieutenant sergeant admiral marshal host survivor witness victim hostage mother father
  son daughter wife husband pilot driver chairs president-elect vice-president governor-general attorney-general
  counselor counsellor steward clerk architect physician surgeon founder principal dean rector provost chaplain
  consul commissar magistrate sheriff constable detective agent broker dealer donor sponsor trustee trustees
  negotiator-in-chief mediator-in-chief whip rapporteur democrat democrats republican republicans
  councilman councilwoman councilmember alderman alderwoman selectman selectwoman congressman congresswoman
  assemblyman assemblywoman assemblymember
  sophomore undergraduate postgraduate postdoc fellow intern trainee retiree medic paramedic midwife notable notables
  registrar inmate inmates warden chancellor vicar bishop imam rabbi nun monk diplomat envoy attaché attache
  elder elders reeve taoiseach tánaiste tanaiste counterpart counterparts
  pitcher pitchers catcher catchers reliever relievers infielder outfielder shortstop quarterback striker winger
  midfielder defender goalkeeper goalie batter batsman bowler fielder jockey referee umpire linebacker
  conciliator conciliators arbitrator arbitrators facilitator facilitators prefect prefects sub-prefect crofter crofters shadow
  cs cas plaintiff plaintiffs defendant defendants claimant claimants petitioner petitioners appellant appellants stewards
`);

/** Capitalised words that stand before a name as a title or honorific ("Dr.", "Sheikh", "Sen."). */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof sir dame lord lady sheikh sheikha cardinal pope rev reverend father sister brother imam
  rabbi gen lt col maj capt sgt adm sen rep gov judge justice king queen prince princess emir sultan chancellor
  president premier mayor ambassador commissioner secretary minister general admiral colonel captain lieutenant
  sergeant marshal bishop archbishop archduke duke duchess count countess baron baroness chief deputy senator
  governor speaker chairman chairwoman chair director inspector superintendent detective officer councillor
  councilor envoy attorney representative president-elect prime vice cllr coun cr eng sri datuk dato mp mep msp shri smt shrimati
  excellency highness elder reeve cde comrade seri yb taoiseach tánaiste tanaiste atty usec asec sec
  councilman councilwoman councilmember alderman alderwoman selectman selectwoman congressman congresswoman
  assemblyman assemblywoman assemblymember
`);

/** Words that make a capitalised phrase an organisation or a place rather than a person. */
export const ORGANISATION_WORDS = words(`
  council commission committee union party alliance coalition market markets foods food group bank ministry
  department agency times house corp corporation inc ltd llc plc company co university college school court
  parliament assembly congress senate government office association federation organization organisation institute
  llp pllc lp gmbh fund forces army navy force cross nations republic kingdom states state city county province region district
  airlines airways motors systems holdings partners capital network news post press journal herald tribune
  guardian television radio tv channel gazette agência agencia agence church mosque temple foundation trust centre center hospital clinic club league
  brigade brigades front movement authority authorities commissioners board bureau service services police
  guard ministry navy embassy consulate summit conference talks treaty accord agreement palace square street
  avenue road lane river lake sea ocean mountains hills highlands valley island islands airport station port
  bridge park stadium hotel tower building street group's chain chains store stores grocer grocers st mt mount fort cape
  plan programme program appeal administration directorate secretariat local
  industries industry energy oil gas power electric steel mining technologies technology labs pharma
  international watch institute bank securities capital ventures media airlines motors group
  affairs relations resources development works health finance defence defense justice education interior
  environment agriculture labour labor transport culture tourism welfare housing infrastructure fisheries
  planning expenditure peoples firm firms games studio studios entertainment pictures records software
  project projects initiative campaign network coalition sport sports
  investors investments advisers advisors associates equity elementary academy
`);

/** Verbs that introduce or attribute speech ("said", "told", "called", "warned"). */
export const SPEECH_VERBS = words(`
  said says say saying told tells telling added adds adding wrote writes writing called calls calling described
  describes describing urged urges urging warned warns warning insisted insists insisting stated states declared
  declares argued argues noted notes explained explains asked asks replied replies responded responds announced
  announces promised promises vowed vows pledged pledges acknowledged acknowledges admitted admits conceded concedes
  claimed claims contended cautioned cautions stressed stresses emphasized emphasised emphasizes tweeted posted
  continued continues recalled recalls remarked predicted complained complains boasted joked quipped shouted
  demanded demands labeled labelled dubbed termed echoed reiterated reiterates affirmed affirms assured
  countered observed suggested suggests testified texted messaged confirmed confirms revealed disclosed
  ruled thanked
  dismissed dismisses branded brands hailed hails derided derides slammed slams likened
  grinned grins smiled smiles laughed laughs beamed beams shrugged sighed
  noting arguing stressing explaining claiming conceding acknowledging cautioning recalling appealed pleaded
  denounced denounces condemned condemns decried decries criticised criticized criticises criticizes accused accuses lamented laments
`);

/** The speech verbs as regular-expression alternatives ("said|says|…"). */
// With the phrasal ones a single word would mistake ("pointed to the figures" tells no words).
export const SPEECH_VERB_ALTERNATIVES = [...SPEECH_VERBS, 'pointed out', 'points out', 'pointing out'].join('|');

/** Small words that belong inside a name ("de la Fuente", "bin Hamad", "van der Meer"). */
export const NAME_PARTICLES = words(`
  de del della der den di da dos das du la le van von ter ten bin ibn binti bint al el ag ould ap
`);

/** Pronouns that can stand for a speaker introduced earlier. */
export const PERSON_PRONOUNS = words('he she they He She They');

// Nouns with an agent's ending that name things, not people.
const NOT_AGENT_NOUNS = words(`
  water order orders number numbers matter matters paper papers corner border borders center centre power tower
  letter letters quarter summer winter river sector sectors factor error floor door color colour labour labor
  harbour harbor meter litre liter dollar dollars chapter minor manner banner shelter finger dinner theater theatre
  computer interior exterior mirror honor honour favor favour anchor motor tractor rumour rumor terror horror
  weather fever silver timber lumber rubber leather feather thunder cancer layer layers barrier carrier container
  trailer filter poster cluster charter register headquarters offer offers answer answers others other together
  however whether never ever over under after later rather either neither further another proper super per
  grandeur liqueur amateur milieu
  thousand event percent moment payment statement agreement government settlement management development parliament
  element department movement investment environment document segment comment argument treatment equipment tournament
  restaurant plant giant account amount point joint front count talent patent content extent intent accident
  incident percent cent rent tent event instrument ornament monument torrent current recent silent student
  vessel season reason prison person region million billion opinion union nation station position motion
  session mission commission question decision division television vision provision version condition
  tradition edition addition situation population relation operation organization organisation solution
  corporation federation coalition resolution administration foundation association delegation negotiation
  declaration legislation regulation election address access process progress business success congress express
  excess recess stress
`);

const agentCache = new Map<string, boolean>();

/**
 * Is this word (any case) a role noun? The list above, or a noun that English forms for people
 * who do something ("convener", "biologist", "skipper"): an agent ending, the last part of a
 * compound ("vice-convener"), or a noun compromise's lexicon tags as an actor.
 */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (ROLE_NOUNS.has(lower)) return true;
  // The answer depends on the case of the first letter, so the cache keys on it too: a process
  // that reads many stories must answer the same whichever form it met first.
  const lowerCase = /^\p{Ll}/u.test(word);
  const key = lowerCase ? lower : `^${lower}`;
  let known = agentCache.get(key);
  if (known === undefined) {
    const last = lower.split('-').pop()!;
    known =
      ROLE_NOUNS.has(last) ||
      (lowerCase && last.length > 4 && !NOT_AGENT_NOUNS.has(last) && /(er|or|ist|ian|eer|eur|man|woman|person|ess|ant|ent)$/.test(last) && !/(ing|ed)$/.test(last)) ||
      hasTag(last, 'Actor');
    agentCache.set(key, known);
  }
  return known;
}

/** Is this word (any case, trailing period allowed) a title or honorific? */
export function isHonorific(word: string): boolean {
  // "HE" (His or Her Excellency) only in capitals: "He" is a pronoun, and a family name.
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')) || /^H\.?E\.?$/.test(word);
}

/** Abbreviated titles and the role nouns they stand for ("Sgt." is a sergeant). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sgt: 'sergeant', lt: 'lieutenant', col: 'colonel', maj: 'major', gen: 'general', capt: 'captain', adm: 'admiral',
  sen: 'senator', rep: 'representative', gov: 'governor', det: 'detective', insp: 'inspector', supt: 'superintendent',
  cllr: 'councillor', coun: 'councillor', cr: 'councillor', prof: 'professor', dr: 'doctor', atty: 'attorney', pres: 'president', cmdr: 'commander',
  const: 'constable', amb: 'ambassador', sec: 'secretary', usec: 'undersecretary', asec: 'assistant secretary',
};

/** Titles that name a post by another word: a "Justice" is a judge, a "Chairman" the chair. */
const TITLE_POSTS: Record<string, string> = { justice: 'judge', magistrate: 'judge', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair' };

/** The lower-case words of a role, abbreviated titles spelt out ("Sgt." gives "sergeant"), with the post a title names. */
export function roleWords(role: string): string[] {
  const words = (role.toLowerCase().match(/[\p{L}-]+/gu) ?? []).map((word) => TITLE_ABBREVIATIONS[word] ?? word);
  return [...words, ...words.flatMap((word) => TITLE_POSTS[word] ?? [])];
}
