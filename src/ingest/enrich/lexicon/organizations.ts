/**
 * Organization evidence: cue words that make a capitalized sequence an organization (Ministry, Party, Inc,
 * University...), and a short list of well-known organizations whose names carry no cue word. `Alias=Canonical`
 * maps a short form to its canonical name.
 */
export const ORG_CUE_WORDS_TEXT = `ministry department office agency administration authority bureau commission committee council
board cabinet government parliament congress senate assembly duma knesset bundestag court tribunal police army navy
air-force military forces force guard guards corps command brigade regiment battalion militia party coalition
alliance union federation confederation league association society institute institution foundation trust fund
charity organisation organization organizations group company corporation corp corp. inc inc. ltd ltd. llc plc
co. holdings industries enterprises partners bank exchange reserve airlines airline airways motors energy oil gas
petroleum pharmaceuticals technologies systems networks network media broadcasting television radio news times post
herald tribune journal weekly daily gazette telegraph guardian observer mirror express chronicle magazine press publishing studios
records entertainment university college school academy hospital clinic church mosque temple cathedral diocese
kremlin pentagon secretariat mission embassy consulate service services team club fc united rangers wanderers
movement front brigades network centre center laboratory laboratories lab observatory museum gallery library
zoo orchestra band conference`;

export const KNOWN_ORGS_TEXT = `Kremlin|Pentagon|White House|NATO|Nato=NATO|United Nations|UN=United Nations|U.N.=United Nations|
European Union|EU=European Union|European Commission|European Parliament|Security Council|World Bank|IMF|
International Monetary Fund|WHO|World Health Organization|World Health Organisation=World Health Organization|UNESCO|UNICEF|
Red Cross|Amnesty International|Human Rights Watch|Greenpeace|OPEC|G7|G20|ASEAN|African Union|Arab League|Interpol|
Europol|FBI|CIA|NSA|FSB|KGB|MI5|MI6|GCHQ|NHS|BBC|CNN|ITV|Sky News|Fox News|NBC|CBS|ABC|NPR|Al Jazeera|Reuters|
Associated Press|Bloomberg|Google|Alphabet|Facebook|Meta|Apple|Microsoft|Amazon|Twitter|Tesla|SpaceX|Netflix|
YouTube|Instagram|TikTok|WhatsApp|Telegram|OpenAI|Samsung|Sony|Toyota|Volkswagen|Boeing|Airbus|Gazprom|Rosneft|
Wagner|Wagner Group|Hamas|Hezbollah|Taliban|Islamic State|ISIS|ISIL|al-Qaeda|Al Qaeda=al-Qaeda|Al-Qaeda=al-Qaeda|
Boko Haram|Houthis|Labour|Labour Party|Conservatives|Conservative Party|Tories=Conservative Party|Lib Dems|
Liberal Democrats|SNP|Democrats|Republicans|GOP|Democratic Party|Republican Party|Bundesliga|Premier League|FIFA|UEFA|
IOC|NASA|ESA|Roscosmos|Scotland Yard|Met Police|Metropolitan Police|Supreme Court|Congress|Senate|Parliament|
Vatican|Holy See|Downing Street|Elysee|Élysée=Elysee|Bundeswehr|IDF|Mossad|Apple Inc=Apple|Wikipedia|
Interpol`;
