package extract_test

import (
	"testing"
)

// TestDatesBreadth: the date forms common in news on any genre, each in a
// sentence of its own, with the TIMEX3-style value the guidelines'
// conventions give (README, Dates). Published Thursday 2026-05-14 unless a
// case says otherwise. want "" means the sentence holds no DATE: a
// duration, a vague plural span ("in the coming weeks"), a present or
// past reference ("now", "recently"), a time of day with no day. notWant lists
// values the record must not hold.
func TestDatesBreadth(t *testing.T) {
	checkDateCases(t, "breadth", "2026-05-14", []dateCase{
		// Days relative to the published date; a weekday's time of day
		// leaves its day (TestTimeOfDay: "tonight" alone is no DATE).
		{name: "yesterday", text: "The Kenyan shilling weakened yesterday, dealers in Nairobi said.", want: "2026-05-13"},
		{name: "today", text: "Dock workers in Antwerp walked out today over pay.", want: "2026-05-14"},
		{name: "tomorrow", text: "The Peruvian cabinet meets tomorrow in Lima to discuss the budget.", want: "2026-05-15"},
		{name: "yesterday afternoon", text: "Firefighters in Porto put out the blaze yesterday afternoon.", want: "2026-05-13"},
		{name: "weekday night", text: "Gunmen attacked a bus near Kaduna on Tuesday night, police said.", want: "2026-05-12"},
		{name: "weekday morning", text: "The Chilean senate approved the reform on Wednesday morning.", want: "2026-05-13"},
		{name: "weekday possessive, past", text: "Sunday's election in Bogota drew a record turnout.", want: "2026-05-10"},
		{name: "weekday possessive, future", text: "Ministers in Brussels will prepare for Friday's vote on the budget.", want: "2026-05-15"},
		{name: "weekday without on", text: "The Romanian government resigned Tuesday after a vote in Bucharest.", want: "2026-05-12"},
		{name: "next weekday", text: "The Serbian parliament will elect a speaker next Wednesday.", want: "2026-05-20"},
		{name: "last weekday", text: "Traders in Manila sold the peso last Monday.", want: "2026-05-11"},

		// Weeks and weekends: TIMEX3 weeks (2026-W20) and weekends
		// (2026-W19-WE), as the own gold writes them among its optional dates.
		{name: "last week", text: "Ghana's finance minister resigned last week, officials in Accra said.", want: "2026-W19"},
		{name: "this week", text: "The Danish brewer will open a plant in Kenya this week.", want: "2026-W20"},
		{name: "next week", text: "The Chilean foreign minister will travel to Lima next week.", want: "2026-W21"},
		{name: "last weekend", text: "Storms hit the coast of Kerala last weekend, killing four.", want: "2026-W19-WE"},
		{name: "this weekend", text: "Protesters plan to gather in Tbilisi this weekend.", want: "2026-W20-WE"},
		{name: "a week ago", text: "The mayor of Kano resigned a week ago.", want: "2026-W19"},
		{name: "two weeks ago", text: "Floods cut the road to Kisumu two weeks ago.", want: "2026-W18"},
		{name: "two weeks from now", text: "The Slovak vote is due two weeks from now.", want: "2026-W22"},

		// Days anchored on a day the text names just before.
		{name: "the day before", text: "Police in Lima arrested the suspect on May 6. He had bought the rifle the day before.", want: "2026-05-05"},
		{name: "the previous day", text: "The Kenyan shilling fell on May 11 after gaining 2 percent the previous day.", want: "2026-05-10"},
		{name: "the following day", text: "The delegation arrived in Accra on May 4 and met the president the following day.", want: "2026-05-05"},
		{name: "the next day with an anchor", text: "The ministers arrived in Baku on May 4 and signed the accord the next day.", want: "2026-05-05"},
		{name: "a day later", text: "The Estonian premier resigned on May 4 and a successor was named a day later.", want: "2026-05-05"},

		// Relative months and years with a modifier.
		{name: "later this month", text: "The Polish parliament will vote on the bill later this month.", want: "2026-05"},
		{name: "earlier this month", text: "The Ugandan army withdrew from the border earlier this month.", want: "2026-05"},
		{name: "later this year", text: "The airport in Lusaka will reopen later this year.", want: "2026"},
		{name: "early next year", text: "The plant in Gdansk will reopen early next year.", want: "2027"},
		{name: "late last year", text: "The Malian junta expelled the envoy late last year.", want: "2025"},
		{name: "mid-March", text: "Fuel prices in Buenos Aires peaked in mid-March.", want: "2026-03"},
		{name: "the end of the month", text: "The ceasefire in Sudan expires at the end of the month.", want: "2026-05"},
		{name: "the end of the year", text: "The Chilean miner will finish the tunnel by the end of the year.", want: "2026"},
		{name: "the start of the year", text: "Gold has risen 20 percent in Mumbai since the start of the year.", want: "2026"},
		{name: "the beginning of next year", text: "Talks in Oslo will resume at the beginning of next year.", want: "2027"},
		{name: "ten days ago", text: "The ferry left Dar es Salaam ten days ago.", want: "2026-05-04"},
		{name: "three days from now", text: "The Bolivian runoff takes place three days from now.", want: "2026-05-17"},
		{name: "two years from now", text: "The Kenyan line will carry freight two years from now.", want: "2028"},
		{name: "six months ago", text: "The Bulgarian cabinet took office six months ago.", want: "2025-11"},
		{name: "a decade ago", text: "The mine near Kitwe closed a decade ago.", want: "2016"},

		// Decades and centuries.
		{name: "the 1990s", text: "Inflation in Brazil ran out of control in the 1990s.", want: "199"},
		{name: "the '90s", text: "Inflation in Brazil ran out of control in the '90s.", want: "199"},
		{name: "the early 2000s", text: "The port of Mombasa was expanded in the early 2000s.", want: "200"},
		{name: "the mid-1980s", text: "The dam in Ghana was finished in the mid-1980s.", want: "198"},
		{name: "the 20th century", text: "The palace in Hue was rebuilt in the 20th century.", want: "19"},

		// Seasons (TIMEX3 2026-SP, SU, FA, WI).
		{name: "this spring", text: "Chilean farmers planted less wheat this spring.", want: "2026-SP"},
		{name: "this summer", text: "The Greek islands expect record tourism this summer.", want: "2026-SU"},
		{name: "last summer", text: "Wildfires near Athens burned 40,000 hectares last summer.", want: "2025-SU"},
		{name: "next winter", text: "Gas stocks in Austria may run short next winter.", want: "2026-WI"},
		{name: "last autumn", text: "The coalition in Prague collapsed last autumn.", want: "2025-FA"},
		{name: "the summer of a year", text: "The embassy in Kabul was closed in the summer of 2021.", want: "2021-SU"},
		{name: "season and year", text: "The plant near Lodz will open in autumn 2027.", want: "2027-FA"},
		{name: "over the weekend, past", text: "Protesters marched through Yerevan over the weekend.", want: "2026-W19-WE"},
		{name: "at the weekend, future", text: "Protesters will march through Yerevan at the weekend.", want: "2026-W20-WE"},

		// Quarters, halves and fiscal years.
		{name: "the first half", published: "2026-08-05", text: "Exports from Chile rose 8 percent in the first half.", want: "2026-H1"},
		{name: "the second half of the year", text: "The Polish economy will slow in the second half of the year.", want: "2026-H2"},
		{name: "Q3 with a year", text: "The Vietnamese plant will start output in Q3 2024.", want: "2024-Q3"},
		{name: "the first quarter of next year", text: "The Thai carrier will take delivery in the first quarter of next year.", want: "2027-Q1", notWant: []string{"2027"}},
		{name: "the third quarter", published: "2026-11-05", text: "Profit at the Korean shipyard doubled in the third quarter.", want: "2026-Q3"},
		{name: "fiscal year", text: "The Indian railway lost money in fiscal 2025.", want: "2025"},
		{name: "fiscal year with year", text: "The Japanese carmaker expects a loss in fiscal year 2027.", want: "2027"},
		{name: "FY year", text: "The Australian miner raised its FY2027 guidance.", want: "2027"},

		// Years.
		{name: "a year possessive", text: "2024's harvest was the worst in Malawi for a decade.", want: "2024"},
		{name: "a year before a noun", text: "The 2030 World Cup will be held in Spain, Portugal and Morocco.", want: "2030"},
		{name: "between two years", text: "Output in Chile fell between 2020 and 2022.", want: "2020/2022"},
		{name: "late in a year", text: "The Czech plant will open in late 2027.", want: "2027"},
		{name: "a month of a year", text: "The Angolan kwanza was devalued in May of 2024.", want: "2024-05"},

		// Written dates.
		{name: "day month year", text: "The Ghanaian budget was passed on 31 March 2026 in Accra.", want: "2026-03-31"},
		{name: "month ordinal day", text: "The Thai election will be held on May 31st.", want: "2026-05-31"},
		{name: "ordinal day of a month", text: "The Thai election will be held on the 31st of May.", want: "2026-05-31"},
		{name: "ordinal day alone after a dated day", text: "The Thai talks began on May 7 and ended on the 9th.", want: "2026-05-09"},
		{name: "numeric day first", text: "The Bolivian decree is dated 31/03/2026.", want: "2026-03-31"},
		{name: "numeric month first when the day is over 12", text: "The US filing is dated 03/31/2026.", want: "2026-03-31"},
		{name: "numeric, both readings possible: day first when nearer", published: "2026-06-10", text: "The Bolivian decree is dated 05/06/2026.", want: "2026-06-05"},
		{name: "numeric, both readings possible: month first when nearer", published: "2026-05-08", text: "The Bolivian decree is dated 05/06/2026.", want: "2026-05-06"},
		{name: "ISO date", text: "The Norwegian fund filed its report on 2026-04-30.", want: "2026-04-30"},
		{name: "abbreviated month with dot", text: "The Peruvian congress met on Jan. 5 in Lima.", want: "2026-01-05"},
		{name: "abbreviated month without dot", text: "The Peruvian congress met on Feb 3 in Lima.", want: "2026-02-03"},
		{name: "Sept.", published: "2026-10-07", text: "The Lithuanian cabinet resigned on Sept. 30.", want: "2026-09-30"},
		{name: "weekday and date", text: "The Nepali budget is due on Friday, May 29.", want: "2026-05-29"},

		// Holidays on a fixed day, two days of a month, "this past".
		{name: "Christmas, future", published: "2026-12-10", text: "Shops in Vienna will close early on Christmas Eve.", want: "2026-12-24"},
		{name: "Christmas, past", published: "2027-01-05", text: "Rebels attacked a church near Jos on Christmas Day.", want: "2026-12-25"},
		{name: "New Year's Day", published: "2026-12-20", text: "The new tax in Kenya takes effect on New Year's Day.", want: "2027-01-01"},
		{name: "a holiday as a modifier is no date", published: "2026-12-10", text: "Christmas trees from Denmark sold out in Berlin.", want: ""},
		{name: "two days of a month", text: "Voting in Malawi takes place on May 19 and 20.", want: "2026-05-20", notWant: []string{"2026-05-19/2026-05-20"}},
		{name: "two days of a month, the first", text: "Voting in Malawi takes place on May 19 and 20.", want: "2026-05-19"},
		{name: "a season year", text: "The club from Porto won the 2025/26 title.", want: "2025/2026"},
		{name: "this past weekday", text: "The Serbian president resigned this past Sunday.", want: "2026-05-10"},
		{name: "this past weekend", text: "Floods hit Valencia this past weekend.", want: "2026-W19-WE"},

		// Ranges.
		{name: "month day range", text: "The Kazakh forum runs May 27-29 in Astana.", want: "2026-05-27/2026-05-29"},
		{name: "month range between", text: "Rainfall in Kerala was low between March and May.", want: "2026-03/2026-05"},
		{name: "month range from to", text: "The Moroccan port will be closed from June to August.", want: "2026-06/2026-08"},
		{name: "weekday range", text: "The Dutch king visits Jakarta from Monday to Wednesday.", want: "2026-05-18/2026-05-20"},
		{name: "day range across months", text: "The Ecuadorian fair runs from May 30 to June 2 in Quito.", want: "2026-05-30/2026-06-02"},

		// Not dates: durations, vague spans, references to the present.
		{name: "the past two years", text: "Prices in Lagos have doubled over the past two years.", want: ""},
		{name: "in the coming weeks", text: "The Somali parliament will vote in the coming weeks.", want: ""},
		{name: "in recent years", text: "Exports from Laos have grown in recent years.", want: ""},
		{name: "tonight", text: "The Finnish president will address the nation tonight from Helsinki.", want: ""},
		{name: "this morning", text: "The Bank of Ghana cut its policy rate this morning.", want: ""},
		{name: "now", text: "The Colombian peso is now the weakest in the region.", want: ""},
		{name: "for three years", text: "The Thai court banned him from politics for three years.", want: ""},
		{name: "an age in a decade", text: "Most voters in Cuba are in their 60s.", want: ""},
		{name: "summer as a name", text: "Paris hosted the Summer Olympics with great fanfare.", want: ""},
		{name: "the fall of a city", text: "Historians in Hanoi marked the fall of Saigon.", want: ""},
		{name: "a spring of water", text: "Villagers in Mali drink from a spring near the river.", want: ""},
		{name: "a season without a shift or year may be any", text: "Tourism in Crete peaks in the summer.", want: ""},
		{name: "a weekly paper", text: "The weekly paper in Kampala was shut by the police.", want: ""},
	})
}

// TestTimeOfDay: "tonight", "last night", "this morning" are TIMEX3 TIMEs
// (2026-05-14TNI), no DATE entities, but they date the event of their
// clause by their day.
func TestTimeOfDay(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"last night", "Kenyan President Amani Otieno met Ugandan President Joseph Okello in Nairobi last night, officials said.", "2026-05-13"},
		{"this morning", "Chilean Foreign Minister Rosa Vidal met her Peruvian counterpart Luis Arce in Lima this morning.", "2026-05-14"},
		{"tonight", "Polish Prime Minister Jan Nowak will meet German Chancellor Eva Brandt in Warsaw tonight.", "2026-05-14"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "timeofday", "2026-05-14", c.text)
			if vs := dateValues(rec); len(vs) > 0 {
				t.Errorf("text %q: want no DATE entity, got %v", c.text, vs)
			}
			if len(rec.Events) == 0 || rec.Events[0].Date != c.want {
				var got []string
				for _, e := range rec.Events {
					got = append(got, e.Type+"@"+e.Date)
				}
				t.Errorf("text %q: want an event dated %s, got %v", c.text, c.want, got)
			}
		})
	}
}
