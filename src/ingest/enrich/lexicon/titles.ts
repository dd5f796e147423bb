/**
 * Honorifics, titles and role words. Honorifics and titles in front of a name are evidence of a person and
 * are not part of the name; capitalized titles (President, Prime Minister) and lower-case role nouns
 * (actor, coach, spokesman) become the person's roles.
 */

/** Forms of address. Compared without a trailing period. */
export const HONORIFICS_TEXT = `mr mrs ms miss mx dr sir dame madam madame mme mlle monsieur herr frau senor senora signor
lord lady rev reverend fr prof professor sheikh sheik hon`;

/** Capitalized titles (single words, lower-cased here). "Prime" and "Vice" combine with the next title. */
export const TITLE_WORDS_TEXT = `president vice prime minister chancellor premier secretary senator sen rep representative
congressman congresswoman congressmember governor gov mayor ambassador envoy general gen colonel col major maj
captain capt lieutenant lt sergeant sgt commander admiral marshal chief king queen prince princess emperor empress
pope cardinal archbishop bishop imam rabbi ayatollah judge justice magistrate attorney prosecutor chairman chairwoman
chair chairperson ceo cfo coo director administrator commissioner deputy spokesman spokeswoman spokesperson adviser
advisor minister mp mep mla councillor councilor alderman sheriff inspector detective constable superintendent
officer agent coach manager president-elect leader speaker foreign home defence defense finance health interior
foreign-minister shadow acting former late interim first lady duke duchess earl baron baroness count countess
tsar czar sultan emir crown dean provost rector professor dr doctor nurse editor founder co-founder cofounder`;

/** Lower-case role nouns that, right before a capitalized name, mark it as a person ("actor Tom Cruise"). */
export const ROLE_NOUNS_TEXT = `actor actress singer songwriter singer-songwriter musician rapper artist painter sculptor
photographer director producer filmmaker author writer novelist poet playwright journalist reporter columnist editor
publisher publishers broadcaster presenter host comedian dancer model designer architect engineer scientist researcher
professor lecturer academic economist historian analyst lawyer attorney barrister solicitor judge prosecutor
defendant suspect victim witness officer detective policeman policewoman soldier sergeant pilot astronaut
doctor surgeon nurse physician psychiatrist teacher student pupil coach manager captain goalkeeper striker
defender midfielder forward player footballer cricketer golfer boxer athlete sprinter swimmer cyclist driver
tennis star champion veteran politician lawmaker legislator senator congressman minister president premier
chancellor candidate leader chairman chairwoman chief executive founder co-founder cofounder entrepreneur
businessman businesswoman billionaire investor banker owner spokesman spokeswoman spokesperson adviser advisor
aide official diplomat ambassador envoy activist campaigner protester blogger influencer priest pastor bishop
imam rabbi cleric monk nun bishop mayor governor councillor councilor delegate commissioner secretary
administrator economist mother father son daughter brother sister wife husband widow grandson granddaughter
uncle aunt cousin nephew niece friend colleague rival partner fiancee fiance boyfriend girlfriend
nonpartisan democrat republican conservative liberal socialist`;

/** Words that, after a title, keep the title going ("Prime Minister", "Foreign Secretary", "Home Secretary"). */
export const TITLE_HEADS_TEXT = `minister secretary president chancellor general attorney officer executive justice
commissioner director administrator chief leader governor senator spokesman spokeswoman spokesperson adviser
advisor ambassador envoy mayor speaker chairman chairwoman`;
