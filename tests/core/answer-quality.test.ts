import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from './helpers.js';

const run = promisify(execFile);

/**
 * Each gold set with the lowest metric it must keep (the scorer's `min`). The floors are the
 * scores measured when they were set: a change that lowers one is a regression to look at.
 * Targets are higher (0.95); see the README's table for where each set stands.
 */
const FIXTURE_FLOORS: Record<string, number> = {
  'carrach-ferry-vote': 1,
  // 0.75 since a fourth WordNet sense is read: "shares" meets a synonym in the story, and one of
  // eight questions it does not answer gets an answer (the same change answers some 11 more across the sets).
  'coral-basin-summit': 0.75,
  'dockworkers-strike-deal': 0.88,
  'dravena-ceasefire': 0.83,
  'harlan-river-ruling': 0.91,
  'rural-hospital-rescue': 0.95,
  'talbot-brewery-sale': 1,
  // Written after the rules above, and scored before any rule was changed for them.
  'boreal-summit-communique': 0.8,
  'halloway-school-closure-vote': 1,
  'orrery-antitrust-settlement': 1,
  'paredes-contract-extension': 0.6,
  'veln-bridge-prisoner-swap': 0.93,
  // A second blind batch, first scored at min 0.25–0.63.
  // 0.83 since a WordNet synonym of "veto" ("negative", stem "neg") no longer matches "negotiator".
  'climate-summit-final-night': 0.83,
  'doha-truce-mediation': 0.58,
  'eu-tariff-deal-brussels': 0.57,
  'hostage-standoff-police': 0.67,
  'mekong-fisheries-talks': 0.71,
  'nhl-lockout-ends': 0.75,
  'plea-deal-fraud-case': 0.67,
  // 0.67 since a contract, a deal and an agreement are one thing: "When will the school board vote to
  // approve the agreement?" meets the union's vote on the deal (the same change answers 5 more across the sets).
  'teachers-strike-tentative-deal': 0.67,
  // A third blind batch, written after the rules above and first scored at min 0.50.
  'arctic-shipping-accord': 0.67,
  'city-council-budget-standoff': 0.5,
  'hospital-nurses-contract': 0.58,
  'pharma-price-negotiation': 0.58,
  // A fourth blind batch, first scored at min 0.14–0.58 (the 0.14, quote precision on Spanish
  // double surnames, was fixed at once).
  'airline-pilots-tentative-pact': 0.75,
  'central-bank-rate-decision': 0.63,
  'peace-accord-signing-bogota-style': 0.42,
  'stadium-zoning-approval': 0.58,
  // A fifth blind batch (wire, broadsheet, trade press, feature, live blog, local), first scored
  // at min 0.33–0.75: who 0.86–1.00, quotes 0.93–1.00, outcome 0.60–1.00.
  'actors-guild-strike-deal': 0.75,
  'football-transfer-arbitration': 0.63,
  'rail-pay-offer-ballot': 0.75,
  'river-water-sharing-treaty': 0.5,
  'sovereign-debt-restructuring': 0.63,
  'takeover-bid-live-updates': 0.74,
  'tenants-rent-strike-settlement': 0.8,
  'vienna-nuclear-talks-pause': 0.8,
  // A sixth blind batch (explainer, tabloid, Indian English, translated French, state politics,
  // labor vote, class action, UN talks that failed), first scored at min 0.43–0.75: who
  // 0.75–1.00, quote recall 0.50–1.00, outcome 0.60–0.80.
  'farmers-blockade-paris-talks': 0.75,
  'india-farmers-protest-ends': 0.75,
  'pandemic-accord-explainer': 0.63,
  'plastics-treaty-talks-collapse': 0.5,
  'senate-budget-filibuster': 0.75,
  'tabloid-footballer-contract-row': 0.58,
  'university-athletes-settlement': 0.57,
  'warehouse-union-vote': 0.58,
  // A seventh blind batch (UN briefing, German works council, piracy, music business, Belgian
  // coalition, wildfire settlement, New Zealand English, Olympic contract), first scored at min
  // 0.40–0.80: who 0.67–1.00, quote recall 0.64–1.00, outcome 0.40–1.00.
  'carmaker-works-council-deal': 0.42,
  'coalition-formateur-talks': 0.67,
  'music-streaming-royalty-deal': 0.75,
  'nz-nurses-pay-equity-settlement': 0.63,
  'olympic-host-city-agreement': 0.8,
  'tanker-crew-released-pirates': 0.5,
  'un-briefing-ceasefire-monitors': 0.67,
  'wildfire-utility-settlement': 0.58,
  // An eighth blind batch (markets wire, Nigerian and Australian English, CBC, Yonhap-style wire,
  // translated Spanish business, a radio interview transcript, a US local paper), first scored
  // at min 0.00–0.67: who 0.43–1.00, quote recall 0.71–1.00, outcome 0.00–1.00.
  'county-jail-consent-decree': 0.71,
  'cricket-broadcast-rights-deal': 0.75,
  'first-nations-land-claim-agreement': 0.5,
  'korea-japan-fisheries-talks': 0.71,
  'nigeria-doctors-strike-suspended': 0.75,
  'opec-output-deal-vienna': 0.67,
  'radio-interview-ceasefire-envoy': 0.5,
  'spain-tech-layoffs-union-deal': 0.63,
  // A ninth blind batch, scored after the fixes for the eighth (Irish, Kenyan and Philippine
  // English, an AP explainer, Gulf English, translated Portuguese, a live page, local TV), first
  // scored at min 0.33–0.60: who 0.75–1.00, quote recall 0.73–1.00, outcome 0.40–1.00.
  'ap-what-to-know-rail-strike': 0.68,
  'bangsamoro-decommissioning-talks': 0.67,
  'bbc-live-fishing-deal': 0.58,
  'brazil-indigenous-land-accord': 0.58,
  'gulf-brokered-ceasefire': 0.42,
  'irish-public-pay-deal': 0.6,
  'kenya-teachers-strike-called-off': 0.5,
  'school-bus-drivers-contract': 0.42,
  // A tenth blind batch (Guardian analysis, Reuters brief, US local TV, Al Jazeera, NYT sports,
  // a Highland weekly, a tech blog, Japan Times), first scored at min 0.40–0.75: who 0.71–1.00,
  // quote recall 0.63–1.00, outcome 0.40–1.00.
  'app-store-fee-settlement': 0.75,
  'border-crossing-reopening-agreement': 0.58,
  'hospital-merger-regulator-approval': 0.63,
  'mining-royalty-agreement': 0.5,
  'regional-bloc-lifts-sanctions': 0.5,
  'shunto-automaker-wage-deal': 0.67,
  'sovereign-debt-restructuring-deal': 0.6,
  'tennis-prize-money-players-deal': 0.75,
  'wind-farm-community-benefit-deal': 0.5,
  // An eleventh blind batch, scored after the fixes for the tenth (Politico Europe, The Hindu, US
  // regional, News24, Canadian Press, a BBC Q&A explainer, a union press release, ABC Australia),
  // first scored at min 0.33–0.75: who 0.57–1.00, quote recall 0.70–1.00, outcome 0.60–1.00.
  'abc-australia-enterprise-agreement': 0.75,
  'bbc-explainer-resident-doctors-deal': 0.42,
  'eu-council-migration-vote': 0.83,
  'platinum-mine-wage-agreement': 0.33,
  'prison-riot-hostage-negotiation': 0.42,
  'softwood-lumber-panel-ruling': 0.86,
  'union-press-release-university-strike': 0.5,
  'water-tribunal-award-india': 0.67,
  // A twelfth blind batch (AFP briefing, a Pakistani daily, AP, Canadian sports, Reuters, a
  // newsletter briefing, a Guardian politics story, a town weekly), first scored at min 0.00–0.83:
  // who 0.75–0.88, quote recall 0.88–1.00, outcome 0.00–1.00.
  'foreign-ministry-briefing-hotline': 0.88,
  'hockey-league-talks-collapse-season-delayed': 0.5,
  'imf-staff-level-agreement-dawn': 0.75,
  'missionaries-freed-ransom-talks': 0.5,
  'newsletter-global-tax-deal-briefing': 0.5,
  'pharmacy-chain-opioid-settlement': 0.63,
  'power-sharing-executive-restored': 0.63,
  'town-land-swap-public-hearing': 0.75,
  // A thirteenth blind batch, scored after the fixes for the twelfth (Reuters, a city tabloid, Al
  // Jazeera, BBC Sport with single quotation marks, Canadian campus news, the Irish Independent, a
  // Q&A explainer with a timeline, a government press release), first scored at min 0.50–0.75:
  // who 0.67–1.00, quote recall 0.78–1.00, outcome 0.67–1.00.
  'divided-island-talks-resume': 0.63,
  'gig-drivers-minimum-pay-deal': 0.63,
  'milk-price-deal-supermarkets-farmers': 0.75,
  'press-release-ministry-trade-deal': 0.63,
  'student-union-tuition-freeze-deal': 0.75,
  'timeline-ceasefire-what-we-know': 0.83,
  'whaling-commission-vote': 0.75,
  'womens-football-equal-pay-settlement': 0.88,
  // A fourteenth blind batch (AP from The Hague, a South African business daily, Indian sports
  // press, a Scottish regional, Bloomberg, Le Monde in translation, a Jamaican daily, a Reuters
  // energy desk), first scored at min 0.38–0.67: who 0.75–1.00, quote recall 0.73–1.00, outcome
  // 0.63–1.00.
  'chip-export-talks-bloomberg': 0.5,
  'cricket-media-rights-tender': 0.63,
  'icj-maritime-boundary-ruling': 0.83,
  'island-ferry-contract-council': 0.67,
  'jamaica-teachers-pay-talks': 0.5,
  'oil-producers-output-cut-meeting': 0.58,
  'pension-reform-unions-translated': 0.67,
  'platinum-miners-wage-agreement': 0.58,
  // A fifteenth blind batch (aviation trade press, a US town paper, an orchestra feature, an East
  // Asian wire, a science journal's news, a British environment desk, a Canadian local, a wire
  // UPDATE 2), first scored at min 0.38–0.69: who 1.00, quote recall 0.87–1.00, outcome 0.40–1.00;
  // held at what they score after the fixes they prompted.
  'brightwater-symphony-lockout-ends': 0.5,
  'castlemere-airport-landing-fee-settlement': 0.5,
  'hobart-whaling-sanctuary-walkout': 0.58,
  'le-riverain-condo-defects-settlement': 0.63,
  'mongolia-china-visa-labour-talks': 0.83,
  'valdora-research-funding-pact': 0.5,
  'velanda-election-mediation-update2': 0.75,
  'wexbury-water-utility-sale-vote': 0.5,
  // A sixteenth blind batch (a wire story with a dateline, a local TV site, a broadsheet analysis
  // with a byline filed from a city, a sports wire, a business daily, a US campus paper, a live
  // blog, a Q&A explainer), first scored at min 0.40–0.67: who 0.67–1.00, quote recall 0.75–1.00,
  // outcome 0.40–1.00; held at what they score after the fixes they prompted.
  'ashbury-grad-union-tentative-contract': 0.63,
  'bellinora-dam-irrigation-deal-explainer': 0.6,
  'brisa-kestrel-rural-mast-sharing': 0.64,
  'geneva-inspections-talks-stall-analysis': 0.75,
  'lusenia-women-match-fee-parity-deal': 0.63,
  'maravale-transit-strike-averted-live': 0.63,
  'marlow-springs-tessup-911-dispatch-merger': 0.63,
  'zahran-brokered-ardania-kolvenia-pow-swap': 0.5,
  // A seventeenth blind batch (a US statehouse wire, a South African municipal story, an EU
  // fisheries brief, a Caribbean daily, a court report, a magazine comment, an Asian business wire,
  // a football club story), first scored at min 0.33–0.63: who 0.71–1.00, quote recall 0.64–1.00,
  // outcome 0.60–1.00; held at what they score after the fixes they prompted.
  'bokamoso-refuse-strike-wage-deal': 0.58,
  'eu-maranta-tuna-protocol-concluded': 0.75,
  'minnesota-budget-deal-averts-shutdown': 0.63,
  'nouarema-kidnapped-aid-workers-comment': 0.33,
  'rydeloop-illinois-driver-misclassification-deal': 0.58,
  'sea-lots-terminal-automation-accord': 0.67,
  'trilateral-rail-pact-dong-phai-route': 0.5,
  'wrexford-united-golden-share-deal': 0.63,
  // An eighteenth blind batch (a West African wire story, a US statehouse story, a BBC-style
  // explainer, a small-town paper, a business daily on talks that collapsed, a live blog, a
  // broadsheet column, a translated-quote report, a Nordic energy wire), first scored at min
  // 0.40–0.80: who 0.86–1.00, quote recall 0.75–1.00, outcome 0.40–1.00; held at what they score
  // after the fixes they prompted.
  'bahrasan-nuclear-talks-deferred-column': 0.67,
  'connecticut-correction-officers-contract-house-vote': 0.75,
  'kalante-msk-lome-truce-detainees': 0.58,
  'pine-hollow-teachers-all-night-mediation-deal': 0.75,
  'plastics-treaty-live-caps-unresolved-montevideo': 0.58,
  'savenna-brennmark-fish-vet-checks-explainer': 0.8,
  'skarvik-offshore-helicopter-pilots-strike-deal': 0.75,
  'vellmark-orvelle-merger-talks-collapse': 0.42,
  'zhargun-river-treaty-kyrdania-turkmara': 0.63,
  // A nineteenth blind batch (an Indian daily, a Kenyan daily, a Japanese wire, an Australian
  // regional paper, shipping trade press, a Q&A interview, a Latin American wire, a US campus sports
  // paper), first scored at min 0.50–0.75: who 0.57–1.00, quote recall 0.78–1.00, outcome
  // 0.80–1.00; held at what they score after the fixes they prompted.
  'carrawong-ironbark-water-licence-mediation': 0.75,
  'corvanta-ostreva-berth-productivity-pact': 0.75,
  'karrow-ridge-siege-negotiator-interview': 0.57,
  'kumod-counties-naivasha-return-to-work-formula': 0.75,
  'kuralia-salmon-quota-boat-safety-kyodo': 0.63,
  'mid-lakes-conference-tv-revenue-split-vote': 0.67,
  'sehore-kisan-morcha-msp-waiver-pact': 0.5,
  'veracosta-hmf-fourth-review-deal': 0.5,
  // A twentieth blind batch (an Irish broadsheet, a Philippine daily, a Canadian wire, tech press, a
  // Gulf daily, a UK local radio site, a Hong Kong daily, a sports wire with translated quotes),
  // first scored at min 0.57–0.67: who 0.75–1.00, quote recall 0.64–1.00, outcome 0.60–1.00; held at
  // what they score after the fixes they prompted.
  'barqan-mediated-mazraqa-detainee-exchange': 0.83,
  'kellingford-junior-doctors-rota-deal-radio': 0.75,
  'lumaro-app-market-uk-fee-cut-settlement': 0.58,
  'misaskwatomin-lake-cree-flooded-land-settlement': 0.75,
  'oriel-assembly-budget-deal-language-bill-parked': 0.67,
  'paraguay-footballers-strike-called-off-cba': 0.75,
  'sandugo-front-oslo-arms-decommissioning-framework': 0.75,
  'wing-fat-mansion-evacuation-payout': 0.57,
  // A twenty-first blind batch (a Washington broadsheet on a spending deal, a Nigerian daily, a
  // markets wire on a takeover, an Australian court report, a French outlet's English service, a US
  // community paper, a UN news piece, a German broadcaster's English service), first scored at min
  // 0.33–0.80: who 0.86–1.00, quote recall 0.80–1.00, outcome 0.40–1.00; held at what they score
  // after the fixes they prompted.
  'eu-orlavia-tariff-talks-partial-deal-dw': 0.75,
  'kestrelmoor-brightharbor-takeover-bidding-war': 0.5,
  'kourandi-tieboro-gold-convention-cfa': 0.6,
  'punch-nuua-lecturers-strike-suspended': 0.6,
  'qaltara-sarouk-humanitarian-pause-un-news': 0.5,
  'tamsett-valley-teachers-mediated-deal-board-vote': 0.58,
  'tarrawilla-dam-flood-class-action-settlement-approved': 0.8,
  'wapo-vanderkolk-szalai-stopgap-deal': 0.42,
  // A twenty-second blind batch (a church news service, a magazine Q&A with a negotiator, a French
  // agency story in translation, a baseball blog, a higher-education weekly, a US local TV site, a
  // US state wire, telecom trade press), first scored at min 0.33–0.67: who 0.71–1.00, quote
  // recall 0.75–1.00, outcome 0.67–1.00; held at what they score after the fixes they prompted.
  'great-lakes-reformed-synod-wedding-vote-commission': 0.63,
  // 0.74 since an adjective before the noun a "how many" counts qualifies it: two cited paragraphs swap places.
  'marenza-eu-open-skies-negotiator-qa': 0.74,
  'mbayene-water-concession-amendment-afp': 0.67,
  'monarchs-barrientos-arbitration-settled': 0.5,
  'polish-consortium-brackwell-read-publish-deal': 0.75,
  'prairiegate-sunflower-network-dispute-ends': 0.78,
  'santa-olaya-pueblo-gaming-compact-signed': 0.57,
  'wfc27-kigali-7ghz-band-vote': 0.58,
  // A twenty-third blind batch (a Korean wire, a sourced exclusive, a South African news site, a
  // Spanish agency story in translation, legal news, a Canadian broadcaster, a markets blog, a
  // cycling site), first scored at min 0.33–0.75: who 0.63–1.00, quote recall 0.67–1.00, outcome
  // 0.33–1.00; held at what they score after the fixes they prompted.
  'alphaville-halcourt-debt-exchange-holdouts': 0.58,
  'ccollpaccasa-blockade-lifted-dialogue-table': 0.67,
  'corvantis-dental-billing-breach-settlement-prelim-ok': 0.78,
  'cycling-whereabouts-protocol-trial-deal': 0.5,
  'nb-physicians-billing-framework-codes-to-committee': 0.69,
  'qadira-fund-caldermouth-ports-stake-exclusive': 0.75,
  'seongdo-heavy-tentative-wage-deal-yonhap': 0.75,
  'sizanani-kragbron-debt-relief-deal': 0.67,
  // A twenty-fourth blind batch (a public radio site, a UN correspondent in Geneva, a Ghanaian news
  // agency, an unsigned weekly analysis, a New Zealand sports desk, a Malaysian daily, a US courts
  // desk, dairy trade press), first scored at min 0.50–0.75: who 0.75–1.00, quote recall
  // 0.89–1.00, outcome 0.60–1.00; held at what they score after the fixes they prompted.
  'cambrian-severnside-milk-price-talks-mediator': 0.5,
  'economist-varenland-debt-limit-stopgap': 0.5,
  'estravia-inquiry-renewed-hrc-geneva-vote': 0.78,
  'glenmorrow-bus-drivers-tentative-contract-npr': 0.75,
  'gna-cocoa-farmgate-price-bonus-open': 0.67,
  'kedah-penang-raw-water-tariff-pact': 0.56,
  'merrivale-public-works-bribery-plea-cap-rejected': 0.5,
  'nz-rugby-players-revenue-share-deal': 0.56,
  // A twenty-fifth blind batch (a commodities wire, a Bangladeshi daily, a US local TV site, a
  // Canadian wire, maritime trade press, a French daily in translation, a Boston metro desk, a
  // Scottish daily), first scored at min 0.20–0.69: who 0.63–1.00, quote recall 0.90–1.00, outcome
  // 0.20–1.00; held at what they score after the fixes they prompted.
  'dellport-custodians-cafeteria-strike-averted-wdlt': 0.75,
  'garment-minimum-wage-board-daily-star': 0.58,
  'halsted-university-merriton-pilot-deal-globe': 0.67,
  'kinlochbrae-estate-community-buyout-price-herald': 0.42,
  'ostermoor-polaris-berth-windows-dues-deal': 0.69,
  'pelican-sound-jadran-lng-slope-reuters': 0.63,
  'quebec-common-front-agreement-in-principle-cp': 0.63,
  'sevrac-garbage-collectors-strike-ends': 0.75,
  // A twenty-sixth blind batch (an Indian business daily, a newsletter in short bulleted lines, an
  // Asian business weekly, an Australian country paper, an East African weekly, a Brussels
  // newsletter, a South Atlantic news site, a Philippine news site), first scored at min 0.42–0.71:
  // who 0.71–1.00, quote recall 0.89–1.00, outcome 0.67–1.00; held at what they score after the
  // fixes they prompted.
  'halvero-colorado-ag-location-data-settlement-axios': 0.5,
  'hinode-mart-royalty-cut-owners-deal-nikkei': 0.5,
  'jeepney-strike-called-off-consolidation-extended-rappler': 0.5,
  'namuyuga-osbp-24-hour-truckers-deal': 0.69,
  'playbook-fair-ticketing-trilogue-3am-deal': 0.58,
  'sauzal-port-strike-bonus-deal-mercopress': 0.75,
  'vindhya-pradesh-cane-sap-arrears-open-et': 0.75,
  'wandilla-shire-haul-road-levy-curfew-courier': 0.67,
  // A twenty-seventh blind batch (a wire story from Lisbon, a South African news site, a UK
  // broadsheet, a Trinidad daily, US business press, a Gulf daily, a campus paper, a Chinese state
  // wire), first scored at min 0.50–0.75: who 0.86–1.00, quote recall 0.78–1.00, outcome
  // 0.67–1.00; held at what they score after the fixes they prompted.
  'caldermoor-marking-boycott-ends-guardian': 0.5,
  'caldris-missouri-medicaid-velunza-rebate-wsj': 0.75,
  'corbel-dining-workers-tentative-contract': 0.67,
  'lisbon-air-controllers-work-to-rule-ends-reuters': 0.63,
  'nosc-bus-drivers-arrears-deal-tt-guardian': 0.75,
  'thabankulu-samwu-wage-settlement-arbitration-news24': 0.75,
  'uae-oman-grid-link-tariff-to-committee-national': 0.63,
  'xinhua-china-tavaru-fisheries-agreement': 0.67,
  // A twenty-eighth blind batch (a Korean wire, an Irish public broadcaster, a Nigerian daily, US
  // legal trade press, a Pakistani daily, tech press, a Gulf broadcaster, a US sports wire), first
  // scored at min 0.50–0.67: who 0.63–1.00, quote recall 0.90–1.00, outcome 0.67–1.00; held at
  // what they score after the fixes they prompted.
  'azmira-kelundi-lomara-framework-filling-open-aj': 0.67,
  'brightline-sonavi-ai-music-licensing-settlement-verge': 0.63,
  'bus-laighean-drivers-labour-court-rostering-rte': 0.83,
  'geumsan-heavy-marine-partial-strikes-end-yonhap': 0.78,
  'mlh-handball-tentative-cba-revenue-language-ap': 0.5,
  'oruwa-nlc-minimum-wage-strike-suspended-punch': 0.5,
  'pakistan-fund-third-review-sla-fbr-target-open-dawn': 0.5,
  'vantrell-auto-renewal-class-settlement-prelim-law360': 0.75,
  // A twenty-ninth blind batch (a business wire, a Kenyan daily, a narrative metro story, a Scottish
  // local news service, a German broadcaster, UN News, a Philippine broadsheet, an Australian
  // broadcaster), first scored at min 0.58–0.75: who 0.63–1.00, quote recall 0.85–1.00, outcome
  // 0.80–1.00; held at what they score after the fixes they prompted.
  'glenarden-council-support-staff-pay-vote-regrading': 0.88,
  'karemba-clinical-officers-return-to-work-nation': 0.75,
  'lennox-harbor-transit-contract-automation-committee-nyt': 0.75,
  'meridal-sunhwa-ancoyo-terminal-concession-bloomberg': 0.63,
  'sanatop-jeepney-strike-suspended-deadline-inquirer': 0.58,
  'talwerk-plant-closures-job-guarantee-dw': 0.67,
  'ubarra-geneva-humanitarian-pause-un-news': 0.75,
  'victoria-nurses-pay-ratios-regional-phase-in-abc': 0.63,
  // A thirtieth blind batch (a Zimbabwean state daily, a Singapore broadsheet, a press-conference
  // transcript, a "five takeaways" analysis, a Hong Kong daily, a Sri Lankan daily, a fact check, a
  // student newspaper), first scored at min 0.29–0.75: who 0.43–1.00, quote precision 0.29–1.00,
  // outcome 0.60–1.00; held at what they score after the fixes they prompted.
  'afp-factcheck-bassara-norvalia-fisheries-deal': 0.5,
  'aimoa-token-strike-called-off-daily-mirror': 0.67,
  'daily-bayshore-gsi-strike-tentative-deal-childcare': 0.75,
  'hk-minibus-fares-fuel-subsidy-scmp': 0.6,
  'kharanga-mkhavu-water-sharing-presser-transcript': 0.83,
  'meranti-bus-captains-heat-safety-wage-deal-st': 0.75,
  'pennsylvania-budget-standoff-five-takeaways': 0.75,
  'zimbabwe-apex-cola-housing-deferred-herald': 0.75,
  // A thirty-first blind batch (a Times of India city page, a wire factbox, a Canadian court
  // ruling, US local TV, a Nepali daily, a Ugandan daily, a Brazilian state agency in English,
  // construction trade press), first scored at min 0.38–0.83: who 0.75–1.00, quote recall
  // 0.85–1.00, outcome 0.60–1.00; held at what they score after the fixes they prompted.
  'agencia-brasil-truckers-strike-ends-diesel-freight-deal': 0.67,
  'factbox-kamora-veldmark-critical-minerals-price-floor': 0.75,
  'holbeck-wharf-walkout-ends-bonus-review-cn': 0.58,
  'kampala-traders-dists-strike-ends-penalties-deferred-monitor': 0.65,
  'kathmandu-community-teachers-protest-deal-school-bill-post': 0.83,
  'namegos-bay-treaty-annuity-scc-ruling-cp': 0.58,
  'oakmont-ridge-firefighters-contract-pension-arbitration-5oys': 0.5,
  'sagarnagar-smc-safai-strike-wage-hike-panel-toi': 0.75,
  // A thirty-second blind batch (an Indian wire, a Russian state wire, a Hollywood trade exclusive, a
  // cricket site, a Balkan investigative outlet, a US hyperlocal site, a newspaper editorial, tech
  // press), first scored at min 0.50–0.75: who 0.71–1.00, quote recall 0.73–1.00, outcome
  // 0.50–1.00; held at what they score after the fixes they prompted.
  'animation-craft-guild-aasp-ai-tentative-deal-deadline': 0.75,
  'birn-drinovia-lovrenia-plates-id-deal-association-open': 0.75,
  'guardian-view-dalmoria-doctors-strike-deal-pay-body-deferred': 0.75,
  'lindenvale-teachers-three-year-contract-class-size-committee-patch': 0.75,
  'pti-india-lhopara-rail-power-pacts': 0.75,
  'tass-tarvonia-kelmeria-uae-prisoner-swap': 0.75,
  'techcrunch-helixor-sotto-acquisition-collapse-licensing-deal': 0.67,
  'varunadesh-central-contracts-noc-working-group-cricinfo': 0.63,
  // A thirty-third blind batch (a health-policy trade site, a climate Q&A, a Canadian public broadcaster,
  // a French wire on an African site, a lender's press release, a sports site, a Japanese wire, a US
  // local TV site), first scored at min 0.50–0.75: who 0.83–1.00, quote recall 0.85–1.00, outcome
  // 0.80–1.00; held at what they score after the fixes they prompted.
  'africanews-ouvanga-ufjr-peace-deal-power-sharing-deferred': 0.63,
  'athletic-nsp-referees-lockout-ends-var-panel': 0.5,
  'carbonbrief-qa-montevideo-resilience-fund-pledges-baseline-deferred': 0.67,
  'cbc-kisiskatchi-lake-revenue-sharing-vote': 0.83,
  'imf-luanza-eff-staff-level-fuel-subsidy-open': 0.79,
  'kqvn-almendra-rent-stabilization-compromise-right-to-counsel-postponed': 0.75,
  'kyodo-asagiri-shunto-full-timers-part-timer-pay-deferred': 0.75,
  'stat-telvania-orsolen-vantrezza-rebate-kelbrio-appeal': 0.67,
};

/**
 * The batch command lines the scorer starts. The seed and dev sets run the real entry point,
 * bundled once from the sources so that each run skips the on-the-fly TypeScript loader. The
 * fixtures, many more, go through a client to warm servers of the same answering code (one a core),
 * so that each set skips the start-up a fresh process pays; the bundles sit beside the packages
 * they import.
 */
const BUNDLES = 'node_modules/.cache/parley-test';
const ASK_CLI = `node ${BUNDLES}/ask.mjs`;
const SOCKETS = Array.from({ length: Math.min(availableParallelism(), 4) }, (_, k) => join(tmpdir(), `parley-ask-${process.pid}-${k}.sock`));
const servers: ChildProcess[] = [];

const SETS: { name: string; gold: string; corpus: string; floor: number; cli: string }[] = [
  { name: 'seed', gold: `${SHARED}/eval/seed.json`, corpus: 'corpus', floor: 0.95, cli: ASK_CLI },
  { name: 'dev', gold: `${SHARED}/eval/dev.json`, corpus: `${SHARED}/eval/dev`, floor: 0.96, cli: ASK_CLI },
  ...Object.entries(FIXTURE_FLOORS).map(([slug, floor], k) => ({
    name: slug,
    gold: `tests/fixtures/${slug}.gold.json`,
    corpus: `tests/fixtures/${slug}`,
    floor,
    cli: `node tests/support/ask-client.mjs ${SOCKETS[k % SOCKETS.length]}`,
  })),
];

describe.concurrent('answer quality on the gold sets (shared scorer)', () => {
  beforeAll(async () => {
    const options = { bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' } as const;
    await build({ ...options, entryPoints: ['src/cli/ask.ts'], outfile: `${BUNDLES}/ask.mjs` });
    await build({ ...options, entryPoints: ['tests/support/ask-server.ts'], outfile: `${BUNDLES}/ask-server.mjs` });
    for (const socket of SOCKETS) {
      rmSync(socket, { force: true });
      const server = spawn('node', [`${BUNDLES}/ask-server.mjs`, socket], { stdio: ['ignore', 'pipe', 'inherit'] });
      servers.push(server);
      await once(server.stdout!, 'data');
    }
  });
  afterAll(() => {
    for (const server of servers) server.kill();
    for (const socket of SOCKETS) rmSync(socket, { force: true });
  });

  it('holds every fixture gold file to a floor', () => {
    const golds = readdirSync('tests/fixtures').filter((name) => name.endsWith('.gold.json'));
    expect(golds.map((name) => name.replace('.gold.json', '')).sort()).toEqual(Object.keys(FIXTURE_FLOORS).sort());
  });

  it('gets the same answers from a warm server as from a fresh command line', async () => {
    const slug = 'mbayene-water-concession-amendment-afp';
    const gold = JSON.parse(readFileSync(`tests/fixtures/${slug}.gold.json`, 'utf8')) as Record<string, { q: string }[]>;
    const queries = ['who', 'quote', 'ask'].flatMap((command) => gold[command].map((item) => `${command} ${item.q}`));
    const answers = async (cli: string) => {
      const [command, ...args] = cli.split(' ');
      const child = execFile(command, [...args, '--corpus', `tests/fixtures/${slug}`, '--jsonl']);
      child.stdin!.end(queries.join('\n') + '\n');
      let out = '';
      child.stdout!.on('data', (chunk: string) => (out += chunk));
      await once(child, 'close');
      return out;
    };
    const fresh = await answers(ASK_CLI);
    expect(fresh.trim().split('\n')).toHaveLength(queries.length);
    for (const socket of SOCKETS) expect(await answers(`node tests/support/ask-client.mjs ${socket}`)).toBe(fresh);
  });

  for (const set of SETS)
    it.skipIf(!existsSync(set.gold))(`${set.name} keeps every metric at or above ${set.floor}`, async () => {
      // The scorer's default, "npm run ask", runs the same entry point through npm and tsx.
      const { stdout } = await run('node', [`${SHARED}/eval/score.mjs`, '--gold', set.gold, '--corpus', set.corpus, '--cli', set.cli], { timeout: 60_000 }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
      );
      const score = /^score: (.*)$/m.exec(stdout)?.[1] ?? '';
      const metrics = Object.fromEntries([...score.matchAll(/(\w+) (\d\.\d\d)/g)].map((match) => [match[1], Number(match[2])]));
      expect(stdout).toContain(', 0 unparsable');
      expect(metrics.verbatim, score).toBe(1);
      expect(metrics.min, score).toBeGreaterThanOrEqual(set.floor);
    });
});
