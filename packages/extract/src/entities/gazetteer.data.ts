/**
 * Gazetteer of countries (with capital, demonyms and common aliases), other major cities and
 * regions. Written at authoring time from general knowledge of world geography (UN member states
 * plus a few widely reported territories); not derived from any article.
 * Country lines: "Country|Capital|Demonym,Demonym|Alias,Alias".
 */
export const COUNTRY_LINES = `Afghanistan|Kabul|Afghan,Afghani|
Albania|Tirana|Albanian|
Algeria|Algiers|Algerian|
Andorra|Andorra la Vella|Andorran|
Angola|Luanda|Angolan|
Antigua and Barbuda|Saint John's|Antiguan|
Argentina|Buenos Aires|Argentine,Argentinian|
Armenia|Yerevan|Armenian|
Australia|Canberra|Australian|
Austria|Vienna|Austrian|
Azerbaijan|Baku|Azerbaijani|
Bahamas|Nassau|Bahamian|The Bahamas
Bahrain|Manama|Bahraini|
Bangladesh|Dhaka|Bangladeshi|
Barbados|Bridgetown|Barbadian|
Belarus|Minsk|Belarusian|
Belgium|Brussels|Belgian|
Belize|Belmopan|Belizean|
Benin|Porto-Novo|Beninese|
Bhutan|Thimphu|Bhutanese|
Bolivia|Sucre|Bolivian|
Bosnia and Herzegovina|Sarajevo|Bosnian|Bosnia
Botswana|Gaborone|Botswanan|
Brazil|Brasilia|Brazilian|Brasil
Brunei|Bandar Seri Begawan|Bruneian|
Bulgaria|Sofia|Bulgarian|
Burkina Faso|Ouagadougou|Burkinabe|
Burundi|Gitega|Burundian|
Cambodia|Phnom Penh|Cambodian|
Cameroon|Yaounde|Cameroonian|
Canada|Ottawa|Canadian|
Cape Verde|Praia|Cape Verdean|Cabo Verde
Central African Republic|Bangui|Central African|
Chad|N'Djamena|Chadian|
Chile|Santiago|Chilean|
China|Beijing|Chinese|People's Republic of China,PRC
Colombia|Bogota|Colombian|
Comoros|Moroni|Comorian|
Congo|Brazzaville|Congolese|Republic of the Congo
Democratic Republic of the Congo|Kinshasa|Congolese|DRC,DR Congo
Costa Rica|San Jose|Costa Rican|
Croatia|Zagreb|Croatian,Croat|
Cuba|Havana|Cuban|
Cyprus|Nicosia|Cypriot|
Czech Republic|Prague|Czech|Czechia
Denmark|Copenhagen|Danish,Dane|
Djibouti|Djibouti|Djiboutian|
Dominica|Roseau|Dominican|
Dominican Republic|Santo Domingo|Dominican|
East Timor|Dili|Timorese|Timor-Leste
Ecuador|Quito|Ecuadorian|
Egypt|Cairo|Egyptian|
El Salvador|San Salvador|Salvadoran|
Equatorial Guinea|Malabo|Equatoguinean|
Eritrea|Asmara|Eritrean|
Estonia|Tallinn|Estonian|
Eswatini|Mbabane|Swazi|Swaziland
Ethiopia|Addis Ababa|Ethiopian|
Fiji|Suva|Fijian|
Finland|Helsinki|Finnish,Finn|
France|Paris|French|
Gabon|Libreville|Gabonese|
Gambia|Banjul|Gambian|The Gambia
Georgia|Tbilisi|Georgian|
Germany|Berlin|German|
Ghana|Accra|Ghanaian|
Greece|Athens|Greek|
Grenada|St. George's|Grenadian|
Guatemala|Guatemala City|Guatemalan|
Guinea|Conakry|Guinean|
Guinea-Bissau|Bissau|Bissau-Guinean|
Guyana|Georgetown|Guyanese|
Haiti|Port-au-Prince|Haitian|
Honduras|Tegucigalpa|Honduran|
Hungary|Budapest|Hungarian|
Iceland|Reykjavik|Icelandic|
India|New Delhi|Indian|
Indonesia|Jakarta|Indonesian|
Iran|Tehran|Iranian|Islamic Republic of Iran,Persia
Iraq|Baghdad|Iraqi|
Ireland|Dublin|Irish|Republic of Ireland
Israel|Jerusalem|Israeli|
Italy|Rome|Italian|
Ivory Coast|Yamoussoukro|Ivorian|Cote d'Ivoire
Jamaica|Kingston|Jamaican|
Japan|Tokyo|Japanese|
Jordan|Amman|Jordanian|
Kazakhstan|Astana|Kazakh|
Kenya|Nairobi|Kenyan|
Kiribati|Tarawa|I-Kiribati|
Kosovo|Pristina|Kosovar|
Kuwait|Kuwait City|Kuwaiti|
Kyrgyzstan|Bishkek|Kyrgyz|
Laos|Vientiane|Lao,Laotian|
Latvia|Riga|Latvian|
Lebanon|Beirut|Lebanese|
Lesotho|Maseru|Basotho|
Liberia|Monrovia|Liberian|
Libya|Tripoli|Libyan|
Liechtenstein|Vaduz|Liechtensteiner|
Lithuania|Vilnius|Lithuanian|
Luxembourg|Luxembourg|Luxembourgish|
Madagascar|Antananarivo|Malagasy|
Malawi|Lilongwe|Malawian|
Malaysia|Kuala Lumpur|Malaysian|
Maldives|Male|Maldivian|
Mali|Bamako|Malian|
Malta|Valletta|Maltese|
Marshall Islands|Majuro|Marshallese|
Mauritania|Nouakchott|Mauritanian|
Mauritius|Port Louis|Mauritian|
Mexico|Mexico City|Mexican|
Micronesia|Palikir|Micronesian|
Moldova|Chisinau|Moldovan|
Monaco|Monaco|Monegasque|
Mongolia|Ulaanbaatar|Mongolian|
Montenegro|Podgorica|Montenegrin|
Morocco|Rabat|Moroccan|
Mozambique|Maputo|Mozambican|
Myanmar|Naypyidaw|Burmese|Burma
Namibia|Windhoek|Namibian|
Nauru|Yaren|Nauruan|
Nepal|Kathmandu|Nepali,Nepalese|
Netherlands|Amsterdam|Dutch|Holland,The Netherlands
New Zealand|Wellington|New Zealander,Kiwi|Aotearoa,NZ
Nicaragua|Managua|Nicaraguan|
Niger|Niamey|Nigerien|
Nigeria|Abuja|Nigerian|
North Korea|Pyongyang|North Korean|DPRK
North Macedonia|Skopje|Macedonian|Macedonia
Norway|Oslo|Norwegian|
Oman|Muscat|Omani|
Pakistan|Islamabad|Pakistani|
Palau|Ngerulmud|Palauan|
Palestine|Ramallah|Palestinian|Palestinian territories
Panama|Panama City|Panamanian|
Papua New Guinea|Port Moresby|Papua New Guinean|PNG
Paraguay|Asuncion|Paraguayan|
Peru|Lima|Peruvian|
Philippines|Manila|Filipino,Philippine|The Philippines
Poland|Warsaw|Polish,Pole|
Portugal|Lisbon|Portuguese|
Qatar|Doha|Qatari|
Romania|Bucharest|Romanian|
Russia|Moscow|Russian|Russian Federation
Rwanda|Kigali|Rwandan|
Saint Kitts and Nevis|Basseterre|Kittitian|
Saint Lucia|Castries|Saint Lucian|
Saint Vincent and the Grenadines|Kingstown|Vincentian|
Samoa|Apia|Samoan|
San Marino|San Marino|Sammarinese|
Sao Tome and Principe|Sao Tome|Santomean|
Saudi Arabia|Riyadh|Saudi,Saudi Arabian|
Senegal|Dakar|Senegalese|
Serbia|Belgrade|Serbian,Serb|
Seychelles|Victoria|Seychellois|
Sierra Leone|Freetown|Sierra Leonean|
Singapore|Singapore|Singaporean|
Slovakia|Bratislava|Slovak|
Slovenia|Ljubljana|Slovenian,Slovene|
Solomon Islands|Honiara|Solomon Islander|
Somalia|Mogadishu|Somali|
South Africa|Pretoria|South African|
South Korea|Seoul|South Korean,Korean|Korea,Republic of Korea
South Sudan|Juba|South Sudanese|
Spain|Madrid|Spanish,Spaniard|
Sri Lanka|Colombo|Sri Lankan|
Sudan|Khartoum|Sudanese|
Suriname|Paramaribo|Surinamese|
Sweden|Stockholm|Swedish,Swede|
Switzerland|Bern|Swiss|
Syria|Damascus|Syrian|
Taiwan|Taipei|Taiwanese|
Tajikistan|Dushanbe|Tajik|
Tanzania|Dodoma|Tanzanian|
Thailand|Bangkok|Thai|
Togo|Lome|Togolese|
Tonga|Nuku'alofa|Tongan|
Trinidad and Tobago|Port of Spain|Trinidadian|
Tunisia|Tunis|Tunisian|
Turkey|Ankara|Turkish,Turk|Turkiye
Turkmenistan|Ashgabat|Turkmen|
Tuvalu|Funafuti|Tuvaluan|
Uganda|Kampala|Ugandan|
Ukraine|Kyiv|Ukrainian|
United Arab Emirates|Abu Dhabi|Emirati|UAE
United Kingdom|London|British,Briton|UK,U.K.,Britain,Great Britain
United States|Washington|American|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Montevideo|Uruguayan|
Uzbekistan|Tashkent|Uzbek|
Vanuatu|Port Vila|Ni-Vanuatu|
Vatican City|Vatican City|Vatican|Holy See,Vatican
Venezuela|Caracas|Venezuelan|
Vietnam|Hanoi|Vietnamese|Viet Nam
Yemen|Sanaa|Yemeni|
Zambia|Lusaka|Zambian|
Zimbabwe|Harare|Zimbabwean|
England|London|English|
Scotland|Edinburgh|Scottish,Scot|
Wales|Cardiff|Welsh|
Northern Ireland|Belfast|Northern Irish|
Greenland|Nuuk|Greenlandic|
Hong Kong|Hong Kong|Hongkonger|
Puerto Rico|San Juan|Puerto Rican|`;

/** Major non-capital cities: "City|Country". */
export const CITY_LINES = `New York|United States
New York City|United States
Los Angeles|United States
Chicago|United States
Houston|United States
San Francisco|United States
Boston|United States
Miami|United States
Seattle|United States
Atlanta|United States
Philadelphia|United States
Detroit|United States
Dallas|United States
Las Vegas|United States
New Orleans|United States
Denver|United States
Manchester|United Kingdom
Birmingham|United Kingdom
Liverpool|United Kingdom
Glasgow|United Kingdom
Leeds|United Kingdom
Bristol|United Kingdom
Dover|United Kingdom
Toronto|Canada
Montreal|Canada
Vancouver|Canada
Calgary|Canada
Montebello|Canada
Quebec City|Canada
Sydney|Australia
Melbourne|Australia
Brisbane|Australia
Perth|Australia
Adelaide|Australia
Darwin|Australia
Auckland|New Zealand
Christchurch|New Zealand
Milan|Italy
Naples|Italy
Turin|Italy
Florence|Italy
Venice|Italy
Livorno|Italy
Genoa|Italy
Bologna|Italy
Palermo|Italy
Munich|Germany
Hamburg|Germany
Frankfurt|Germany
Cologne|Germany
Marseille|France
Lyon|France
Nice|France
Barcelona|Spain
Seville|Spain
Valencia|Spain
Geneva|Switzerland
Zurich|Switzerland
Davos|Switzerland
Istanbul|Turkey
St Petersburg|Russia
Saint Petersburg|Russia
Shanghai|China
Hong Kong|China
Guangzhou|China
Shenzhen|China
Wuhan|China
Mumbai|India
Kolkata|India
Bangalore|India
Chennai|India
Karachi|Pakistan
Lahore|Pakistan
Dubai|United Arab Emirates
Jeddah|Saudi Arabia
Mecca|Saudi Arabia
Medina|Saudi Arabia
Tel Aviv|Israel
Gaza|Palestine
Gaza City|Palestine
Aleppo|Syria
Mosul|Iraq
Basra|Iraq
Isfahan|Iran
Mashhad|Iran
Natanz|Iran
Fordow|Iran
Herat|Afghanistan
Kandahar|Afghanistan
Alexandria|Egypt
Casablanca|Morocco
Lagos|Nigeria
Johannesburg|South Africa
Cape Town|South Africa
Osaka|Japan
Kyoto|Japan
Busan|South Korea
Ho Chi Minh City|Vietnam
Surabaya|Indonesia
Medan|Indonesia
Bali|Indonesia
Aceh|Indonesia
Langsa|Indonesia
Penang|Malaysia
Sao Paulo|Brazil
Rio de Janeiro|Brazil
Guadalajara|Mexico
Odesa|Ukraine
Kharkiv|Ukraine
Krakow|Poland
Salzburg|Austria
Rotterdam|Netherlands
The Hague|Netherlands
Antwerp|Belgium
Calais|France
Strasbourg|France`;

/** Regions, provinces and bodies of water, reported as places: "Name|Country or empty". */
export const REGION_LINES = `Middle East|
Europe|
Asia|
Africa|
North America|
South America|
Latin America|
Central Asia|
Southeast Asia|
East Asia|
South Asia|
Western Europe|
Eastern Europe|
Balkans|
Caribbean|
Scandinavia|
Pacific|
Atlantic|
Arctic|
Antarctica|
Persian Gulf|
Gulf|
Red Sea|
Mediterranean|
Black Sea|
Baltic|
Andaman Sea|
Strait of Malacca|
Strait of Hormuz|
English Channel|United Kingdom
Channel|
West Bank|Palestine
Gaza Strip|Palestine
Crimea|Ukraine
Donbas|Ukraine
Kashmir|
Kurdistan|
Sahel|
Siberia|Russia
Tibet|China
Xinjiang|China
California|United States
Texas|United States
Florida|United States
New Jersey|United States
Virginia|United States
Ontario|Canada
Quebec|Canada
British Columbia|Canada
Alberta|Canada
Nova Scotia|Canada
Sicily|Italy
Sardinia|Italy
Tuscany|Italy
Lombardy|Italy
Bavaria|Germany
Catalonia|Spain
Sumatra|Indonesia
Java|Indonesia
Borneo|
Queensland|Australia
New South Wales|Australia
Victoria|Australia`;
