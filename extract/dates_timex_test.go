package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDatesTIMEX: the forms a TIMEX3 tagger normalises (issue 8, item 3, and
// the DATE rules of the guidelines as updated on 2026-11-27). Each sentence
// names the date of want; none may hold a DATE of a value in notWant (a
// relative year folded into the date before it is not a date of its own).
func TestDatesTIMEX(t *testing.T) {
	checkDateCases(t, "timex", "", []dateCase{
		// Relative years and months name a calendar value.
		{name: "last year", published: "2026-05-14", text: "Copper exports from Peru fell 4 percent last year, the ministry in Lima said.", want: "2025"},
		{name: "next year", published: "2026-05-14", text: "The new terminal in Gdansk will open next year, the port authority said.", want: "2027"},
		{name: "this year", published: "2026-05-14", text: "Kenya's economy will grow 5 percent this year, the central bank in Nairobi forecast.", want: "2026"},
		{name: "earlier this year", published: "2026-05-14", text: "The refinery near Durban was shut earlier this year after a fire.", want: "2026"},
		{name: "this month", published: "2026-05-14", text: "Fuel prices in Chile rose this month, traders in Santiago said.", want: "2026-05"},
		{name: "next month", published: "2026-05-14", text: "The Ghanaian parliament in Accra will debate the bill next month.", want: "2026-06"},
		{name: "last month", published: "2026-05-14", text: "Rice prices in Dhaka jumped last month after the floods.", want: "2026-04"},
		{name: "last month in January", published: "2026-01-20", text: "Unemployment in Spain fell last month, the labour ministry in Madrid said.", want: "2025-12"},
		{name: "N decades ago", published: "2026-05-14", text: "The mine near Tarkwa closed three decades ago, residents recalled.", want: "1996"},
		{name: "N years ago", published: "2026-05-14", text: "The bridge in Porto was built four years ago by a Spanish firm.", want: "2022"},
		{name: "a year ago", published: "2026-05-14", text: "Talks in Doha broke down a year ago, diplomats in Qatar said.", want: "2025"},
		{name: "two months ago", published: "2026-05-14", text: "The governor of Lagos State resigned two months ago.", want: "2026-03"},
		{name: "last quarter", published: "2026-05-14", text: "Sales at the Polish retailer fell last quarter, its chief executive said in Warsaw.", want: "2026-Q1"},
		{name: "next quarter across a year", published: "2026-11-20", text: "The Danish brewer expects prices to rise next quarter.", want: "2027-Q1"},
		{name: "the current quarter", published: "2026-05-14", text: "Margins in Chile will improve in the current quarter, the miner said.", want: "2026-Q2"},
		{name: "last quarter in January", published: "2026-01-20", text: "Chinese exports grew last quarter, officials in Beijing said.", want: "2025-Q4"},
		{name: "N days ago", published: "2026-05-14", text: "The ferry sank off Lombok two days ago, rescuers said.", want: "2026-05-12"},
		{name: "day first with dots", published: "2026-06-10", text: "The decree, dated 01.06.2026, was published in Moscow.", want: "2026-06-01"},
		{name: "last November, published in May", published: "2026-05-14", text: "The accord was signed in Nairobi last November, officials said.", want: "2025-11"},
		{name: "last November, published in December", published: "2026-12-10", text: "The accord was signed in Nairobi last November, officials said.", want: "2026-11"},
		{name: "next March", published: "2026-05-14", text: "Elections in Nepal are due next March, the commission in Kathmandu said.", want: "2027-03"},
		{name: "this financial year", published: "2026-05-14", text: "India's fiscal deficit will narrow this financial year, the finance ministry in New Delhi said.", want: "2026"},
		{name: "last fiscal year", published: "2026-05-14", text: "The Canadian carrier lost C$200 million in the last fiscal year, its chief executive said in Montreal.", want: "2025"},
		{name: "date then next year is one date", published: "2025-11-18", text: "The summit in Manila will take place on Jan. 20-21 next year.", want: "2026-01-20/2026-01-21", notWant: []string{"2026"}},
		{name: "month then last year is one date", published: "2026-05-14", text: "The smelter in Zambia shut in March last year.", want: "2025-03", notWant: []string{"2025"}},

		// Year ranges.
		{name: "year range YYYY-YYYY", published: "2026-05-14", text: "Output at the Brazilian mill fell in 2015-2016, the company in Sao Paulo said.", want: "2015/2016", notWant: []string{"2015", "2016"}},
		{name: "year range YYYY-YY", published: "2026-05-14", text: "The drought of 1998-99 hit farmers across Zimbabwe.", want: "1998/1999"},
		{name: "year range over a century", published: "2026-05-14", text: "Growth in Poland slowed in 1999-2000, economists in Warsaw said.", want: "1999/2000"},
		{name: "year range with an en dash", published: "2026-05-14", text: "The 2015–16 budget of Ghana was approved in Accra.", want: "2015/2016"},
		{name: "day range with its year after", published: "2026-05-14", text: "The Uzbek minister is visiting China from May 20 to 24, 2026, the ministry in Tashkent said.", want: "2026-05-20/2026-05-24", notWant: []string{"2026"}},
		{name: "from year to year", published: "2026-05-14", text: "She served as ambassador in Tokyo from 2019 to 2021.", want: "2019/2021"},

		// A month after any preposition, or as a modifier.
		{name: "through late July", published: "2026-05-14", text: "The strike at the port of Santos will last through late July, unions in Brazil said.", want: "2026-07"},
		{name: "until early March", published: "2026-01-10", text: "The embassy in Kyiv will stay closed until early March, the foreign ministry said.", want: "2026-03"},
		{name: "an October deal", published: "2026-12-01", text: "Shareholders in Oslo approved an October deal with Nordvik Shipping.", want: "2026-10"},
		{name: "a month before a noun", published: "2026-03-20", text: "The January elections in Lisbon returned a hung parliament.", want: "2026-01"},
		{name: "of a month", published: "2026-09-20", text: "The mayor of Cebu was arrested at the end of August, police said.", want: "2026-08"},
		{name: "a month after a possessive", published: "2026-05-14", text: "The bank's April figures, published in Warsaw, were weak.", want: "2026-04"},
		{name: "the year to a month", published: "2026-05-14", text: "Prices in Lima rose 3 percent in the year to April.", want: "2026-04"},
		{name: "possessive relative year", published: "2026-05-14", text: "Last year's drought hit farmers in Zimbabwe.", want: "2025"},
		{name: "month after around", published: "2026-05-14", text: "The Kenyan shilling could hit a record low around June, traders in Nairobi said.", want: "2026-06"},

		// Hyphenated quarters and halves.
		{name: "second-quarter profit", published: "2026-08-05", text: "Nordvik Shipping's second-quarter profit rose 12 percent, the Oslo company said.", want: "2026-Q2"},
		{name: "fourth-quarter results", published: "2026-11-20", text: "The Danish brewer will publish its fourth-quarter results in February.", want: "2026-Q4"},
		{name: "first-half profit", published: "2026-08-05", text: "First-half profit at the Swiss bank fell, its chief executive said in Zurich.", want: "2026-H1"},
		{name: "third-quarter with a year", published: "2026-05-14", text: "The third-quarter 2025 figures from the Polish lender were restated in Warsaw.", want: "2025-Q3"},

		// Weekdays resolve to the right week.
		{name: "weekday after a time of day", published: "2026-03-02", text: "The earthquake struck at 09:30 local time on Sunday, the agency in Ankara said.", want: "2026-03-01"},
		{name: "weekday after a clock time with a.m.", published: "2026-03-02", text: "The ferry sank off Lombok at about 6 a.m. on Saturday, rescuers said.", want: "2026-02-28"},
		{name: "weekday after a time of day, told on a Thursday", published: "2026-03-05", text: "The earthquake struck at 09:30 local time on Sunday, the agency in Ankara said.", want: "2026-03-01", notWant: []string{"2026-03-08"}},
		{name: "planned as a modifier does not make it future", published: "2026-03-02", text: "Police in Nairobi dispersed protesters at a planned rally on Saturday.", want: "2026-02-28"},
		{name: "planned as a modifier, told on a Thursday", published: "2026-03-05", text: "Police in Nairobi dispersed protesters at a planned rally on Saturday.", want: "2026-02-28", notWant: []string{"2026-03-07"}},
		{name: "planned in the next sentence", published: "2026-03-02", text: "Police in Harare arrested 30 people on Saturday. The opposition has planned another march in the capital.", want: "2026-02-28"},
		{name: "planned after the weekday", published: "2026-03-02", text: "Police in Lusaka arrested 30 people on Saturday at a rally the opposition had planned for weeks.", want: "2026-02-28"},
		{name: "weekday after a time with GMT", published: "2026-03-02", text: "The quake hit Van at 9:30 p.m. local time (1830 GMT) on Sunday, the agency said.", want: "2026-03-01"},
		{name: "planned in a relative clause", published: "2026-03-02", text: "The vote, which had been planned for months, took place in Skopje on Sunday.", want: "2026-03-01"},

		// A year-less date takes the year of its own clause's tense.
		{name: "past month in a relative clause", published: "2026-03-12", text: "Most cases are in Nampula, where cyclone damage in February left thousands without water.", want: "2026-02"},
		{name: "past day, future cue in the next sentence", published: "2026-01-10", text: "The accord was signed in Dakar on December 20. Talks on its second phase will resume next month.", want: "2025-12-20", notWant: []string{"2026-12-20"}},
		{name: "future day, past cue in the next sentence", published: "2026-11-20", text: "The Ghanaian central bank will publish its figures on Jan. 15, officials in Accra said. The last round ended in failure.", want: "2027-01-15", notWant: []string{"2026-01-15"}},
		{name: "past day before a future clause", published: "2026-01-15", text: "The ministers signed the accord on December 28, and they will meet again in Hanoi in March.", want: "2025-12-28"},
		{name: "no verb in its clause: the next sentence's past says nothing", published: "2026-02-20", text: "The tour in brief: Lima, on March 3. The minister visited Quito on Monday.", want: "2026-03-03", notWant: []string{"2025-03-03"}},
		{name: "fronted date: the sentence before's past says nothing", published: "2026-02-20", text: "The accord was signed on Monday. On March 3 the ministers will meet in Lima.", want: "2026-03-03", notWant: []string{"2025-03-03"}},
		{name: "future month before a past clause", published: "2026-10-15", text: "Talks will resume in January, a negotiator who attended the last round in Geneva said.", want: "2027-01"},

		{name: "month before a reporting verb and a future clause", published: "2026-03-10", text: "In November, officials in Abuja said the new bridge, which will cost $2 billion, had been approved.", want: "2025-11"},

		{name: "by the end of a month", published: "2026-02-24", text: "The Fund hoped to reach an agreement with Nigeria by the end of March, she said.", want: "2026-03"},
		{name: "present after a hyphenated name, report at the end", published: "2026-07-14", text: "Reyes-Whitmore travels to Jakarta on Thursday for talks with Indonesian officials, the trade office said.", want: "2026-07-16"},

		{name: "planned for a month, then cancelled", published: "2026-03-02", text: "A meeting of the trade ministers, first planned for February, was cancelled after floods in Peru.", want: "2026-02"},
		{name: "is scheduled for a month", published: "2026-11-10", text: "The vote in the Kenyan parliament is scheduled for February, officials in Nairobi said.", want: "2027-02"},
		{name: "weekday after a later day of a schedule", published: "2026-07-15", text: "Kearney visits Abu Dhabi on Wednesday, July 22, and will hold talks with Emirati officials on Thursday.", want: "2026-07-23"},
		{name: "weekday in the next sentence of a schedule", published: "2026-07-15", text: "Kearney visits Abu Dhabi on Wednesday, July 22. The tour ends in Muscat on Friday.", want: "2026-07-24"},

		// A weekday range ends on or after its start; a named week holds its days.
		{name: "weekday range across the week's end", published: "2026-05-20", text: "The Tanzanian minister will tour Zanzibar from Friday to Monday, her office in Dodoma said.", want: "2026-05-22/2026-05-25"},
		{name: "weekday range in next week", published: "2026-05-20", text: "The Tanzanian minister will tour Zanzibar from Tuesday to Thursday next week, her office said.", want: "2026-05-26/2026-05-28"},
		{name: "weekday range with between, next week", published: "2026-05-20", text: "Negotiators will meet in Geneva between Monday and Wednesday next week.", want: "2026-05-25/2026-05-27"},
		{name: "weekday next week from a Monday", published: "2026-05-18", text: "The Icelandic premier will visit Oslo on Tuesday next week.", want: "2026-05-26", notWant: []string{"2026-05-19"}},
		{name: "weekday last week", published: "2026-05-20", text: "The Icelandic premier visited Oslo on Monday last week.", want: "2026-05-11"},
		{name: "weekday this week", published: "2026-05-20", text: "Dock workers in Rotterdam will strike on Friday this week, their union said.", want: "2026-05-22"},
		{name: "weekday inside a range told before", published: "2026-04-28", text: "Gen. Ito will visit Manila from Wednesday to Friday. He is scheduled to hold talks on Thursday with Philippine officials.", want: "2026-04-30"},

		{name: "a relative year in a later clause is not the date's", published: "2026-05-14", text: "The deal was signed in March, with next year's budget in mind, officials in Lima said.", want: "2026-03"},
		{name: "date then of last year", published: "2026-05-14", text: "The smelter in Zambia shut in the autumn, in November of last year.", want: "2025-11", notWant: []string{"2025"}},
		{name: "fronted weekday, rally planned by others", published: "2026-03-02", text: "On Saturday, a rally planned by the opposition in Tbilisi was dispersed.", want: "2026-02-28"},

		// A month named after a modifier glued to it.
		{name: "mid-month", published: "2026-05-14", text: "The Nigerian central bank will review its rate in mid-June, economists in Lagos said.", want: "2026-06"},

		// A day without its year naming a well-known past event is no day
		// of this year: its year is one the text does not give.
		{name: "named past event", published: "2026-05-14", text: "Airport security in Chicago has been tighter since the Sept. 11 attacks, officials said.", want: "XXXX-09-11", notWant: []string{"2026-09-11", "2025-09-11"}},
		{name: "named past event opening the story", published: "2026-05-14", text: "The Sept. 11 attacks changed how airports in Ohio screen passengers.", want: "XXXX-09-11", notWant: []string{"2026-09-11"}},
		{name: "named past event, day first, with a modifier", published: "2026-03-02", text: "Survivors of the 7 July terror attacks met in Leeds on Saturday.", want: "XXXX-07-07", notWant: []string{"2025-07-07", "2026-07-07"}},
		{name: "a recent event named by its day", published: "2026-05-14", text: "Police in Karachi arrested three men after the May 2 bombing at a market.", want: "2026-05-02"},
		{name: "a recent event across the new year", published: "2026-01-20", text: "Investigators in Lyon are still questioning witnesses of the Dec. 28 shooting.", want: "2025-12-28"},
		{name: "a day with its year before an event noun", published: "2026-05-14", text: "The Sept. 11, 2001 attacks led to a war in Afghanistan, historians in Boston noted.", want: "2001-09-11"},
		{name: "a day before an event noun as an adverbial is the article's", published: "2026-05-14", text: "Gunmen will stand trial on June 3 for attacks on a police station in Kano.", want: "2026-06-03"},

		// Dates in a quoted older message resolve to the message's time.
		{name: "weekday in a quoted email", published: "2026-05-14", text: "In an email dated March 3, 2024, the director wrote: \"The inspectors arrive in Lusaka on Friday.\"", want: "2024-03-08"},
		{name: "weekday in the second sentence of a quoted memo", published: "2026-05-14", text: "The memo, dated June 3, 2024, said: \"Inspectors arrive in Lusaka on Wednesday. They leave on Friday.\"", want: "2024-06-07"},
		{name: "a quote of today is no older message", published: "2026-05-14", text: "\"We will meet the lawyers in Geneva on Friday,\" the minister said.", want: "2026-05-15"},
		{name: "tomorrow in a quoted message", published: "2026-05-14", text: "The message, sent on Tuesday, Jan. 9, 2024, read: \"We meet the lawyers in Geneva tomorrow.\"", want: "2024-01-10"},
	})
}

// TestNotDatesTIMEX: words near the new forms that are no dates.
func TestNotDatesTIMEX(t *testing.T) {
	cases := []struct{ name, published, text string }{
		{name: "a score is no year range", published: "2026-05-14", text: "Lyon beat Lille 2-1 in the cup, the club in France said."},
		{name: "a vague span", published: "2026-05-14", text: "Prices in Peru have risen in recent months, traders in Lima said."},
		{name: "May as a given name before a noun", published: "2026-05-14", text: "May Ling, a trader in Singapore, said copper prices fell."},
		{name: "a march", published: "2026-05-14", text: "Thousands joined a march in Santiago, police said."},
		{name: "to March as a verb", published: "2026-05-14", text: "Unions in Lima plan to March on the ministry, police said."},
		{name: "the next day is no calendar day", published: "2026-05-14", text: "Officials in Accra met the next day, the agency reported."},
		{name: "a version number", published: "2026-05-14", text: "The app, version 10.4.2026b, was pulled in Seoul."},
		{name: "over the next years", published: "2026-05-14", text: "The plant in Poland will be built over the next two years."},
		{name: "an amount after a currency", published: "2026-05-14", text: "The Chilean miner paid $2015-2016 in fees, filings in Santiago show."},
		{name: "an amount before percent", published: "2026-05-14", text: "Shares of the Chilean miner rose 2025 percent in a decade, filings in Santiago show."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "notimex", c.published, c.text)
			if vs := dateValues(rec); len(vs) > 0 {
				t.Errorf("text %q: want no DATE, got %v", c.text, vs)
			}
		})
	}
}

// TestDateWordsExtend: a user's date_words.tsv adds number words the
// relative dates read.
func TestDateWordsExtend(t *testing.T) {
	dir := writeTables(t, map[string]string{"date_words.tsv": "# mine\nsixty\tnumber\t60\n"})
	x, err := extract.New(extract.Options{TablesDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := x.Extract(context.Background(), extract.Article{ID: "ext", Published: "2026-05-14", Body: "The dam near Kariba was finished sixty years ago, engineers in Zambia said.", Form: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if findDate(rec, "1966") == nil {
		t.Errorf("no DATE 1966 with the user's number word; DATEs: %v", dateValues(rec))
	}
}

// TestDateWordsUserClasses: every word list of the dates pass is a class of
// date_words.tsv a user's folder reaches: a weekday abbreviation, a noun of
// a past event, a verb whose present announces a scheduled event (its
// present forms come from the morphology).
func TestDateWordsUserClasses(t *testing.T) {
	dir := writeTables(t, map[string]string{"date_words.tsv": "# mine\nthurs\tweekday\t4\nfloods\tpastevent\t1\ntour\tschedule\t1\n"})
	x, err := extract.New(extract.Options{TablesDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want string }{
		{"The Kenyan minister met Chinese envoys in Nairobi on Thurs, officials said.", "2026-05-14"},
		{"Farmers near Dhaka still suffer from the July 14 floods, aid groups said.", "XXXX-07-14"},
		{"The Ghanaian president tours Kumasi on Monday, his office said.", "2026-05-18"},
	}
	for _, c := range cases {
		rec, err := x.Extract(context.Background(), extract.Article{ID: "ext", Published: "2026-05-15", Body: c.text, Form: "text"})
		if err != nil {
			t.Fatal(err)
		}
		if findDate(rec, c.want) == nil {
			t.Errorf("%q: no DATE %s with the user's rows; DATEs: %v", c.text, c.want, dateValues(rec))
		}
	}
	if _, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"date_words.tsv": "fortnight\tperiod\t1\n"})}); err == nil || !strings.Contains(err.Error(), "date_words.tsv") || !strings.Contains(err.Error(), "weekday") {
		t.Errorf("an unknown class: want an error naming the file and the classes, got %v", err)
	}
}

// dateCase is one sentence and the DATE value its record must hold (want
// "": no DATE at all), and values it must not hold.
type dateCase struct {
	name      string
	published string // "" for the checker's default
	text      string
	want      string
	notWant   []string
}

// checkDateCases extracts each case's text and checks its DATE values.
func checkDateCases(t *testing.T, id, defaultPub string, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := c.published
			if pub == "" {
				pub = defaultPub
			}
			rec := extractText(t, id, pub, c.text)
			if c.want == "" {
				if vs := dateValues(rec); len(vs) > 0 {
					t.Errorf("text %q: want no DATE, got %v", c.text, vs)
				}
				return
			}
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q (published %s): no DATE with value %q; DATEs: %v", c.text, pub, c.want, dateValues(rec))
			}
			for _, v := range c.notWant {
				if findDate(rec, v) != nil {
					t.Errorf("text %q: a DATE of value %q of its own; DATEs: %v", c.text, v, dateValues(rec))
				}
			}
		})
	}
}
