/**
 * Place gazetteer: countries (with common short forms), demonyms, capitals and major cities, sub-national
 * regions and well-known geographic regions. Entries are `|`-separated; `Name=Canonical` maps an alias
 * to its canonical name. A capitalized sequence equal to an entry is a PLACE; a demonym is never a person.
 */
export const COUNTRIES_TEXT = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia=Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|
China|People's Republic of China=China|Colombia|Comoros|Congo|Democratic Republic of the Congo|DRC=Democratic Republic of the Congo|
Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia=Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|
Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Republic of Ireland=Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma=Myanmar|
Namibia|Nauru|Nepal|Netherlands|Holland=Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|
Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|
Russian Federation=Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|Republic of Korea=South Korea|South Sudan|Spain|Sri Lanka|
Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|
Turkiye=Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE=United Arab Emirates|United Kingdom|UK=United Kingdom|
U.K.=United Kingdom|Britain=United Kingdom|Great Britain=United Kingdom|United States|United States of America=United States|
US=United States|U.S.=United States|USA=United States|U.S.A.=United States|America=United States|Uruguay|Uzbekistan|Vanuatu|
Vatican|Vatican City=Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|Greenland|
Hong Kong|Macau|Puerto Rico|Soviet Union|USSR=Soviet Union`;

export const REGIONS_TEXT = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Antarctica|Arctic|Oceania|
Middle East|Near East|Far East|Balkans|Baltics|Caribbean|Scandinavia|Nordics|Mediterranean|Sahel|Caucasus|Siberia|
Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Horn of Africa|Persian Gulf|Gulf|
Western Europe|Eastern Europe|Pacific|Atlantic|Indian Ocean|Black Sea|Red Sea|Baltic Sea|North Sea|South China Sea|
West Bank|Gaza|Gaza Strip|Golan Heights|Crimea|Donbas|Donbass|Kashmir|Tibet|Xinjiang|Kurdistan|Chechnya|Darfur|
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|
New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia|Northern Territory|
Bavaria|Catalonia|Andalusia|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Flanders|Wallonia|
Punjab|Bengal|Kerala|Gujarat|Maharashtra|Tamil Nadu|Bihar|Sindh|Balochistan|Kyiv Oblast|Yorkshire|Kent|Essex|Cornwall|
Lancashire|Merseyside|Midlands|Silicon Valley|Wall Street|Whitehall|Westminster|Capitol Hill`;

export const CITIES_TEXT = `London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Rotterdam|Vienna|Prague|
Warsaw|Budapest|Bucharest|Sofia|Athens|Belgrade|Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Podgorica|Pristina|Bratislava|
Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|Minsk|Kyiv|Kiev=Kyiv|Moscow|St Petersburg|
Saint Petersburg=St Petersburg|Kharkiv|Odesa|Odessa=Odesa|Lviv|Dnipro|Zaporizhzhia|Mariupol|Kherson|Donetsk|Luhansk|
Bakhmut|Sevastopol|Chisinau|Tbilisi|Yerevan|Baku|Ankara|Istanbul|Nicosia|Valletta|Bern|Geneva|Zurich|Luxembourg City|
Monaco|Milan|Naples|Turin|Florence|Venice|Barcelona|Valencia|Seville|Porto|Marseille|Lyon|Nice|Toulouse|Bordeaux|
Strasbourg|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dusseldorf|Manchester|Birmingham|Liverpool|Leeds|Glasgow|
Edinburgh|Cardiff|Belfast|Bristol|Newcastle|Sheffield|Oxford|Cambridge|Washington|Washington DC=Washington|
Washington D.C.=Washington|New York|New York City=New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|
San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Denver|Detroit|Las Vegas|New Orleans|Baltimore|Minneapolis|
Portland|Austin|Nashville|Pittsburgh|Cleveland|St Louis|Honolulu|Toronto|Montreal|Vancouver|Ottawa|Calgary|Mexico City|
Havana|Bogota|Caracas|Lima|Quito|Santiago|Buenos Aires|Montevideo|Asuncion|La Paz|Brasilia|Rio de Janeiro|Sao Paulo|
Panama City|San Jose|Managua|Tegucigalpa|San Salvador|Guatemala City|Kingston|Port-au-Prince|Santo Domingo|Cairo|
Alexandria|Tripoli|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|Kampala|Kigali|Dar es Salaam|
Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Kinshasa|Luanda|Harare|Lusaka|Johannesburg|Cape Town|Pretoria|Durban|Tel Aviv|
Jerusalem|Beirut|Damascus|Aleppo|Amman|Baghdad|Mosul|Basra|Tehran|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|
Kuwait City|Muscat|Sanaa|Aden|Manama|Kabul|Kandahar|Herat|Islamabad|Karachi|Lahore|New Delhi|Delhi|Mumbai|Bombay=Mumbai|
Kolkata|Chennai|Bangalore|Bengaluru=Bangalore|Hyderabad|Dhaka|Kathmandu|Colombo|Beijing|Shanghai|Guangzhou|Shenzhen|
Wuhan|Chengdu|Hangzhou|Tianjin|Taipei|Tokyo|Osaka|Kyoto|Hiroshima|Seoul|Busan|Pyongyang|Hanoi|Ho Chi Minh City|Bangkok|
Phnom Penh|Vientiane|Yangon|Naypyidaw|Kuala Lumpur|Jakarta|Bali|Manila|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|
Auckland|Wellington|Christchurch|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar`;

/**
 * Demonyms and nationality adjectives: never a person on their own, often the start of a role. `Demonym=Place`
 * names the place a demonym points at ("Russian strikes" is about Russia); bare entries (religions, compass
 * words, peoples without one place) point at none.
 */
export const DEMONYMS_TEXT = `Afghan=Afghanistan|Albanian=Albania|Algerian=Algeria|American=United States|Angolan=Angola|Argentine=Argentina|
Argentinian=Argentina|Armenian=Armenia|Australian=Australia|Austrian=Austria|Azerbaijani=Azerbaijan|Bahraini=Bahrain|
Bangladeshi=Bangladesh|Belarusian=Belarus|Belgian=Belgium|Bolivian=Bolivia|Bosnian=Bosnia and Herzegovina|
Brazilian=Brazil|British=United Kingdom|Bulgarian=Bulgaria|Burmese=Myanmar|Cambodian=Cambodia|Cameroonian=Cameroon|
Canadian=Canada|Chilean=Chile|Chinese=China|Colombian=Colombia|Congolese=Congo|Croatian=Croatia|Cuban=Cuba|
Cypriot=Cyprus|Czech=Czech Republic|Danish=Denmark|Dutch=Netherlands|Ecuadorian=Ecuador|Egyptian=Egypt|
Emirati=United Arab Emirates|English=England|Eritrean=Eritrea|Estonian=Estonia|Ethiopian=Ethiopia|European=Europe|
Filipino=Philippines|Finnish=Finland|French=France|Gabonese=Gabon|Georgian=Georgia|German=Germany|Ghanaian=Ghana|
Greek=Greece|Guatemalan=Guatemala|Haitian=Haiti|Honduran=Honduras|Hungarian=Hungary|Icelandic=Iceland|Indian=India|
Indonesian=Indonesia|Iranian=Iran|Iraqi=Iraq|Irish=Ireland|Israeli=Israel|Italian=Italy|Ivorian=Ivory Coast|
Jamaican=Jamaica|Japanese=Japan|Jordanian=Jordan|Kazakh=Kazakhstan|Kenyan=Kenya|Korean=Korea|Kosovar=Kosovo|
Kurdish=Kurdistan|Kuwaiti=Kuwait|Kyrgyz=Kyrgyzstan|Lao=Laos|Latvian=Latvia|Lebanese=Lebanon|Liberian=Liberia|
Libyan=Libya|Lithuanian=Lithuania|Luxembourgish=Luxembourg|Macedonian=North Macedonia|Malagasy=Madagascar|
Malawian=Malawi|Malaysian=Malaysia|Malian=Mali|Maltese=Malta|Mexican=Mexico|Moldovan=Moldova|Mongolian=Mongolia|
Montenegrin=Montenegro|Moroccan=Morocco|Mozambican=Mozambique|Namibian=Namibia|Nepali=Nepal|Nepalese=Nepal|
Nicaraguan=Nicaragua|Nigerian=Nigeria|Nigerien=Niger|Norwegian=Norway|Omani=Oman|Pakistani=Pakistan|
Palestinian=Palestine|Panamanian=Panama|Paraguayan=Paraguay|Persian|Peruvian=Peru|Polish=Poland|Portuguese=Portugal|
Qatari=Qatar|Romanian=Romania|Russian=Russia|Rwandan=Rwanda|Saudi=Saudi Arabia|Scottish=Scotland|Senegalese=Senegal|
Serbian=Serbia|Serb=Serbia|Sierra Leonean=Sierra Leone|Singaporean=Singapore|Slovak=Slovakia|Slovenian=Slovenia|
Somali=Somalia|Soviet=Soviet Union|Spanish=Spain|Sri Lankan=Sri Lanka|Sudanese=Sudan|Swedish=Sweden|Swiss=Switzerland|
Syrian=Syria|Taiwanese=Taiwan|Tajik=Tajikistan|Tanzanian=Tanzania|Thai=Thailand|Tibetan=Tibet|Tunisian=Tunisia|
Turkish=Turkey|Turkmen=Turkmenistan|Ugandan=Uganda|Ukrainian=Ukraine|Uruguayan=Uruguay|Uzbek=Uzbekistan|
Venezuelan=Venezuela|Vietnamese=Vietnam|Welsh=Wales|Yemeni=Yemen|Zambian=Zambia|Zimbabwean=Zimbabwe|Western|Eastern|
Northern|Southern|Asian=Asia|African=Africa|Arab|Latino|Hispanic|Caribbean=Caribbean|Scandinavian=Scandinavia|Nordic|
Baltic|Balkan=Balkans|Muslim|Christian|Jewish|Hindu|Buddhist|Sikh|Catholic|Protestant|Orthodox|Sunni|Shia|Shiite|
Kurd=Kurdistan|Pashtun|Uyghur=Xinjiang|Rohingya|Israeli-Palestinian|Afghans=Afghanistan|Americans=United States|
Britons=United Kingdom|Russians=Russia|Ukrainians=Ukraine|Germans=Germany|Italians=Italy|Muslims|Christians|Jews|
Arabs|Israelis=Israel|Palestinians=Palestine|Iranians=Iran|Iraqis=Iraq|Syrians=Syria|Pakistanis=Pakistan|
Indians=India|Canadians=Canada|Australians=Australia|Mexicans=Mexico|Brazilians=Brazil|Nigerians=Nigeria|
Kurds=Kurdistan|Serbs=Serbia|Poles=Poland|Belarusians=Belarus|Georgians=Georgia|Koreans=Korea|Turks=Turkey|
Greeks=Greece|Afrikaners`;
