/**
 * Alias and title registry, written at authoring time: posts people hold, well-known organisations,
 * media outlets and platforms. General world knowledge, not drawn from any one article.
 */

/** Multi-word posts, longest first when matched; single head words are in TITLE_HEADS. */
export const TITLES = [
  "President",
  "Vice President",
  "Prime Minister",
  "Deputy Prime Minister",
  "Foreign Minister",
  "Foreign Secretary",
  "Home Secretary",
  "Shadow Home Secretary",
  "Interior Minister",
  "Defence Minister",
  "Defense Minister",
  "Finance Minister",
  "Immigration Minister",
  "Justice Minister",
  "Health Minister",
  "Education Minister",
  "Secretary of State",
  "Defense Secretary",
  "Defence Secretary",
  "Secretary of Defense",
  "Treasury Secretary",
  "Attorney General",
  "National Security Advisor",
  "National Security Adviser",
  "Special Envoy",
  "Supreme Leader",
  "Chief of Staff",
  "Chancellor",
  "Secretary-General",
  "Secretary General",
  "Press Secretary",
  "Speaker",
  "Senator",
  "Governor",
  "Mayor",
  "Ambassador",
  "Colonel",
  "General",
  "Admiral",
  "Captain",
  "Lieutenant",
  "Commander",
  "Sergeant",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Pope",
  "Cardinal",
  "Bishop",
  "Archbishop",
  "Minister",
  "Secretary",
  "Director",
  "Commissioner",
  "Premier",
  "Judge",
  "Justice",
  "Chairman",
  "Chairwoman",
  "Chief Executive",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Professor",
  "Inspector",
  "Detective",
  "Constable",
  "Superintendent",
  "Coach",
  "Mentor",
] as const;

/** Words that end a post's name: "Shadow Home Secretary", "Labour MP". */
export const TITLE_HEADS = [
  "President",
  "Minister",
  "Secretary",
  "Advisor",
  "Adviser",
  "Envoy",
  "Leader",
  "Chancellor",
  "Senator",
  "Governor",
  "Mayor",
  "Ambassador",
  "Colonel",
  "General",
  "Admiral",
  "Captain",
  "Lieutenant",
  "Commander",
  "Sergeant",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Pope",
  "Cardinal",
  "Bishop",
  "Archbishop",
  "Director",
  "Commissioner",
  "Premier",
  "Judge",
  "Justice",
  "Chairman",
  "Chairwoman",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Professor",
  "Inspector",
  "Detective",
  "Constable",
  "Superintendent",
  "MP",
  "Senator",
  "Representative",
  "Officer",
  "Chief",
  "Speaker",
  "Coach",
  "CEO",
  "Executive",
  "Councillor",
  "Councilor",
  "Councilman",
  "Councilwoman",
  "Alderman",
  "Lawyer",
  "Attorney",
  "Prosecutor",
] as const;

/** Honorifics kept in front of a name (part of how the person is called, not a post). */
export const HONORIFICS = [
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Dr",
  "Dr.",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "Ayatollah",
  "Sheikh",
  "Rev.",
  "Sen.",
  "Rep.",
  "Gov.",
  "Gen.",
  "Col.",
  "Lt.",
  "Capt.",
  "Prof.",
] as const;

/** Lines "Name|KIND|alias,alias". */
export const ORGANIZATION_LINES = `Fox News|MEDIA_OUTLET|Fox
Axios|MEDIA_OUTLET|
BBC|MEDIA_OUTLET|British Broadcasting Corporation
BBC News|MEDIA_OUTLET|
Sky News|MEDIA_OUTLET|Sky
GB News|MEDIA_OUTLET|
CNN|MEDIA_OUTLET|
MSNBC|MEDIA_OUTLET|
CBS News|MEDIA_OUTLET|CBS
NBC News|MEDIA_OUTLET|NBC
ABC News|MEDIA_OUTLET|ABC
NPR|MEDIA_OUTLET|
PBS|MEDIA_OUTLET|
Reuters|MEDIA_OUTLET|
Associated Press|MEDIA_OUTLET|AP
Agence France-Presse|MEDIA_OUTLET|AFP
Al Jazeera|MEDIA_OUTLET|
The New York Times|MEDIA_OUTLET|New York Times,NYT
The Washington Post|MEDIA_OUTLET|Washington Post
The Wall Street Journal|MEDIA_OUTLET|Wall Street Journal,WSJ
The Guardian|MEDIA_OUTLET|Guardian
The Times|MEDIA_OUTLET|
The Telegraph|MEDIA_OUTLET|Daily Telegraph,Telegraph
The Independent|MEDIA_OUTLET|Independent
The Economist|MEDIA_OUTLET|Economist
Financial Times|MEDIA_OUTLET|FT
Bloomberg|MEDIA_OUTLET|
Politico|MEDIA_OUTLET|
Daily Mail|MEDIA_OUTLET|
The Sun|MEDIA_OUTLET|
The i|MEDIA_OUTLET|
CBC|MEDIA_OUTLET|CBC News,Canadian Broadcasting Corporation
CTV|MEDIA_OUTLET|CTV News
Globe and Mail|MEDIA_OUTLET|The Globe and Mail
Radio New Zealand|MEDIA_OUTLET|RNZ
TVNZ|MEDIA_OUTLET|
ANSA|MEDIA_OUTLET|
Le Monde|MEDIA_OUTLET|
Le Figaro|MEDIA_OUTLET|
Der Spiegel|MEDIA_OUTLET|Spiegel
El País|MEDIA_OUTLET|El Pais
Xinhua|MEDIA_OUTLET|
TASS|MEDIA_OUTLET|
RT|MEDIA_OUTLET|Russia Today
IRNA|MEDIA_OUTLET|
Tasnim|MEDIA_OUTLET|
Press TV|MEDIA_OUTLET|
Wikinews|MEDIA_OUTLET|
Deutsche Welle|MEDIA_OUTLET|DW
France 24|MEDIA_OUTLET|
Euronews|MEDIA_OUTLET|
X|PLATFORM|
Twitter|PLATFORM|
Facebook|PLATFORM|
Instagram|PLATFORM|
YouTube|PLATFORM|
TikTok|PLATFORM|
Truth Social|PLATFORM|
Telegram|PLATFORM|
WhatsApp|PLATFORM|
LinkedIn|PLATFORM|
Reddit|PLATFORM|
Threads|PLATFORM|
Bluesky|PLATFORM|
United Nations|ORGANIZATION|UN,U.N.
United Nations High Commissioner for Refugees|ORGANIZATION|UNHCR,UN Refugee Agency
UNICEF|ORGANIZATION|
World Health Organization|ORGANIZATION|WHO
International Atomic Energy Agency|ORGANIZATION|IAEA
International Organization for Migration|ORGANIZATION|IOM
NATO|ORGANIZATION|North Atlantic Treaty Organization
European Union|ORGANIZATION|EU,E.U.
European Commission|ORGANIZATION|
European Parliament|ORGANIZATION|
Security Council|ORGANIZATION|UN Security Council
World Bank|ORGANIZATION|
International Monetary Fund|ORGANIZATION|IMF
Red Cross|ORGANIZATION|
British Red Cross|ORGANIZATION|
Red Crescent|ORGANIZATION|
Amnesty International|ORGANIZATION|
Human Rights Watch|ORGANIZATION|
Doctors Without Borders|ORGANIZATION|MSF
Pentagon|GOVERNMENT|
White House|GOVERNMENT|
Kremlin|GOVERNMENT|
State Department|GOVERNMENT|
Home Office|GOVERNMENT|
Foreign Office|GOVERNMENT|
Downing Street|GOVERNMENT|
Congress|GOVERNMENT|
Senate|GOVERNMENT|
Parliament|GOVERNMENT|
European Court of Justice|ORGANIZATION|
Supreme Court|GOVERNMENT|
US Army|ORGANIZATION|
US Navy|ORGANIZATION|
Revolutionary Guard|ORGANIZATION|IRGC
Hamas|GROUP|
Hezbollah|GROUP|
Taliban|GROUP|
Houthis|GROUP|
Labour|ORGANIZATION|Labour Party
Conservative Party|ORGANIZATION|Conservatives,Tories
Liberal Democrats|ORGANIZATION|Lib Dems
Democratic Party|ORGANIZATION|Democrats
Republican Party|ORGANIZATION|Republicans,GOP
National Party|ORGANIZATION|
Green Party|ORGANIZATION|Greens
Catholic Church|ORGANIZATION|Roman Catholic Church
FIRST Global|ORGANIZATION|
Google|ORGANIZATION|
Apple|ORGANIZATION|
Microsoft|ORGANIZATION|
Amazon|ORGANIZATION|
Morgan Stanley|ORGANIZATION|
Goldman Sachs|ORGANIZATION|
JPMorgan Chase|ORGANIZATION|JPMorgan
Deutsche Bank|ORGANIZATION|
Barclays|ORGANIZATION|
HSBC|ORGANIZATION|
BlackRock|ORGANIZATION|
Citigroup|ORGANIZATION|Citi
Meta|ORGANIZATION|
Joint Comprehensive Plan of Action|AGREEMENT|JCPOA,Iran nuclear deal
Paris Agreement|AGREEMENT|
Geneva Conventions|AGREEMENT|`;

/** Words that make an unknown capitalised chunk an organisation rather than a person. */
export const ORG_WORDS = [
  "Office",
  "Ministry",
  "Department",
  "Party",
  "Council",
  "Committee",
  "Commission",
  "University",
  "College",
  "School",
  "Schools",
  "Institute",
  "Association",
  "Agency",
  "Authority",
  "Bank",
  "Company",
  "Corporation",
  "Inc",
  "Ltd",
  "Group",
  "Union",
  "Nations",
  "Army",
  "Navy",
  "Force",
  "Forces",
  "Police",
  "Church",
  "Foundation",
  "Fund",
  "Service",
  "Services",
  "Administration",
  "Government",
  "Parliament",
  "Senate",
  "Congress",
  "Assembly",
  "Court",
  "Cross",
  "Alliance",
  "Front",
  "Movement",
  "Organisation",
  "Organization",
  "Federation",
  "League",
  "Club",
  "Team",
  "Centre",
  "Center",
  "Board",
  "Bureau",
  "Trust",
  "Society",
  "Network",
  "News",
  "Times",
  "Post",
  "Press",
  "Radio",
  "Television",
  "TV",
  "Media",
  "Guard",
  "Corps",
  "Coalition",
  "Council",
  "Panel",
  "Initiative",
  "Energy",
  "Airlines",
  "Airways",
  "Motors",
  "Holdings",
  "Technologies",
  "Pharmaceuticals",
  "Industries",
  "Capital",
  "Partners",
] as const;

/**
 * Words that make an unknown name a news outlet: anywhere in it ("Radio Nacional", "Gazeta
 * Wyborcza") or as its last word ("Yorkshire Evening Post", "Sydney Morning Herald").
 */
export const MEDIA_WORDS = [
  "Radio",
  "Television",
  "TV",
  "News",
  "Gazeta",
  "Gazette",
  "Daily",
  "Evening",
] as const;
export const MEDIA_LAST_WORDS = [
  "Post",
  "Times",
  "Herald",
  "Journal",
  "Tribune",
  "Chronicle",
  "Mail",
  "Telegraph",
  "Express",
  "Observer",
  "Courier",
  "Gazette",
  "Zeitung",
  "Inquirer",
  "Examiner",
  "Monde",
] as const;

/** Words that make a chunk an agreement or law. */
export const AGREEMENT_WORDS = [
  "Plan",
  "Agreement",
  "Treaty",
  "Accord",
  "Accords",
  "Deal",
  "Partnership",
  "Pact",
  "Convention",
  "Protocol",
] as const;
export const LAW_WORDS = ["Act", "Law", "Bill", "Directive", "Regulation"] as const;
