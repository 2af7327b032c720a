/**
 * Short news paragraphs written for this test by the extractor's authors (not taken from the seed
 * or the corpus), each with the facts a reader would expect a draft to hold. Publication dates
 * anchor relative weekdays: a past-tense "on Tuesday" is the last Tuesday on or before publication.
 */
export interface UnseenFixture {
  published: string;
  text: string;
}

export const FIXTURES: Record<string, UnseenFixture> = {
  paris: {
    published: "2025-03-03",
    text: `The mayor of Paris, Anne Hidalgo, said on Monday that "the river is clean". She spoke to reporters in Paris.
Prime Minister Francois Bayrou told Le Monde that the government would "act quickly" to help farmers. Bayrou visited Lyon on Tuesday.
"We are ready," Hidalgo said.`,
  },
  council: {
    published: "2024-10-10",
    text: `The city council of Leeds voted on Wednesday to close two libraries, despite protests outside the town hall.
Councillor Priya Maddox, the leader of the opposition, told the Yorkshire Evening Post that the vote was "a sad day for readers".
"We had no choice," said council leader James Lewis. "The budget is empty."`,
  },
  transfer: {
    published: "2025-07-18",
    text: `Manchester City signed the Brazilian midfielder Rodrigo Alves on Thursday for a fee of 60 million euros.
Coach Pep Guardiola said the player was "exactly what we needed".
“We will win,” Alves said, “and we will win together.”`,
  },
  earnings: {
    published: "2025-05-02",
    text: `Apple reported record revenue on Thursday, according to a statement from the company.
Chief Executive Officer Tim Cook told analysts that demand in India was "stronger than ever".
The Financial Times reported that the company would announce new products in June.`,
  },
  court: {
    published: "2024-11-22",
    text: `Judge Ana Ruiz of the Supreme Court of Spain ruled on Friday that the law was unconstitutional.
"The right to protest cannot be suspended," the judge wrote in her ruling.
Lawyer Tomas Ferrer, who represented the protesters, said in an interview with Radio Nacional that they were "very happy".`,
  },
  flood: {
    published: "2024-09-16",
    text: `Heavy rain flooded dozens of villages in southern Poland on Sunday, according to the fire service.
Prime Minister Donald Tusk visited Nysa on Monday and met with rescue workers.
"The water is still rising," Tusk told the Gazeta Wyborcza.`,
  },
  election: {
    published: "2025-06-02",
    text: `Karol Nawrocki won the presidential election in Poland on Sunday with 50.9 percent of the vote.
His rival, Rafal Trzaskowski, the mayor of Warsaw, conceded defeat in a speech to supporters.
"Democracy has spoken," Trzaskowski said.`,
  },
  science: {
    published: "2025-02-13",
    text: `Scientists at the University of Oslo announced on Wednesday that they had found a new species of frog in Peru.
The lead author, Dr. Ingrid Solberg, told the Globe and Mail that the frog was "smaller than a coin".
"It was a complete surprise," she said.`,
  },
  diplomacy: {
    published: "2025-04-10",
    text: `Foreign Minister Penny Wong visited Jakarta on Wednesday and held talks with her Indonesian counterpart, Sugiono.
The two ministers signed an agreement on maritime security, the Jakarta Post reported.
Wong resigned from the board of a charity last year, according to the Sydney Morning Herald.`,
  },
};

/** Written after the rules above were tuned, to see how they hold on text they were not tuned on. */
export const HELD_OUT: Record<string, UnseenFixture> = {
  strike: {
    published: "2025-01-24",
    text: `Transport Secretary Louise Haigh met with union leaders in London on Thursday to end the rail strike.
Mick Lynch, the general secretary of the RMT union, said the talks were "constructive but not finished".
The strike will continue on Monday, according to the union.`,
  },
  quake: {
    published: "2024-04-04",
    text: `A strong earthquake struck Taiwan on Wednesday, killing at least nine people, the Central News Agency reported.
President Tsai Ing-wen visited Hualien on Thursday.
“Our priority is to rescue those who are trapped,” Tsai said in a post on Facebook.`,
  },
  budget: {
    published: "2025-10-30",
    text: `The economy will grow by 1.5 percent next year, according to Finance Minister Rachel Reeves.
In an interview with the Evening Standard, Reeves said she would "not raise income tax".
Opposition leader Kemi Badenoch condemned the plan on Wednesday.`,
  },
  merger: {
    published: "2025-08-08",
    text: `Shares of Nordvik Energy rose 8 percent on Tuesday after the company announced a merger with Baltic Wind.
The chairman of Nordvik, Lars Eriksen, told the Oslo Daily that the deal "makes us stronger".
Analysts at Morgan Stanley said the price was fair.`,
  },
};
