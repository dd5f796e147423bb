/**
 * Capitalized words that never start or form a name on their own: function words (capitalized at the start of
 * a sentence or in headlines), pronouns, months and days, and page furniture (credits, section labels, picture
 * agencies).
 */
export const FUNCTION_WORDS_TEXT = `a an the this that these those there here then than and or but nor so yet for of in on at
to from by with without within into onto upon about above below after before during since until while when where
why how what which who whom whose whether if unless because although though as like near over under across
through throughout between among amid against despite toward towards per via i me my mine we us our ours you your
yours he him his she her hers it its they them their theirs one ones some any many much more most few several all
both each every either neither no not none nothing everything something anything someone anyone everyone nobody
is are was were be been being have has had do does did will would shall should can could may might must also
just only even still again already now today tonight yesterday tomorrow later earlier meanwhile however
therefore thus instead otherwise besides moreover furthermore indeed perhaps maybe please yes well oh
after once last next first second third old other another such own same very too
according including especially particularly although whilst amongst let lets let's why what's it's`;

export const CALENDAR_WORDS_TEXT = `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues
wed thu thur thurs fri sat sun christmas easter ramadan eid diwali hanukkah thanksgiving`;

/**
 * Picture libraries and page labels: credits and furniture, never people or topics. Wire services (Reuters, AFP,
 * AP...) are not here: credits naming them are blanked by credits.ts, and "Reuters reported" names an organization.
 */
export const FURNITURE_WORDS_TEXT = `getty images shutterstock alamy wenn istock istockphoto photo picture pictures image images
credit credits video videos gallery
watch listen read more related latest news advertisement sponsored subscribe newsletter share tweet email
file handout supplied courtesy copyright exclusive breaking live update updated opinion analysis comment
comments editorial`;
