/**
 * Capitalized nouns that name things, events and periods rather than people ("Victory Day", "Second World
 * War", "Red Square"). A sequence containing one is not a person unless other evidence says so.
 */
export const NON_NAME_NOUNS_TEXT = `day days week weekend night eve year years month century era age war wars world cup league
games olympics olympic championship championships tournament open award awards prize medal trophy festival fair expo
show series season street st road avenue ave boulevard lane square plaza bridge station airport port harbour harbor
terminal building tower towers centre center stadium arena hall palace castle cathedral river lake mountain mountains
mount island islands sea ocean valley bay coast beach desert forest canyon falls act acts bill treaty agreement accord
deal pact summit plan project program programme mission operation crisis revolution empire kingdom republic state
states province region district county city town village oblast challenge contest race marathon report survey study
census policy strategy initiative referendum election elections parade ceremony concert album film movie book novel
song magazine newspaper channel website app internet online web media social gallery museum library theatre theater
hospital school college university church mosque temple zone front line border highway motorway avenue
index price prices rate rates tax taxes budget court police army navy party council ministry department
affairs relations man men woman women coronavirus covid pandemic vaccine virus flu cancer disease syndrome appeal fund`;
