package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDates: each sentence names one date (or range); the record must hold a
// DATE entity with the TIMEX3-style value the guidelines give.
func TestDates(t *testing.T) {
	cases := []struct {
		name      string
		published string // RFC 3339 date or "" for none
		text      string
		want      string // DATE value
		pending   string
	}{
		// Absolute dates.
		{name: "month day, year", text: "The ceasefire in Khartoum took effect on May 31, 2025, the army said.", want: "2025-05-31"},
		{name: "day month year", text: "The Bundestag will vote on the budget on 31 May 2025, a spokeswoman in Berlin said.", want: "2025-05-31"},
		{name: "ISO date", text: "The filing, dated 2025-05-31, was published by the Tokyo Stock Exchange.", want: "2025-05-31"},
		{name: "abbreviated month, year from published", published: "2026-02-10", text: "Canadian officials in Ottawa said the tariff notice was sent on Feb. 3.", want: "2026-02-03"},
		{name: "abbreviated month Dec.", published: "2025-12-15", text: "The Kenyan central bank cut its rate on Dec. 9, Governor Wanjiru Kamau said.", want: "2025-12-09"},
		{name: "month and year", text: "The Tata plant in Pune opened in February 2025, the company said.", want: "2025-02"},
		{name: "year alone", published: "2025-06-02", text: "Exports to Vietnam rose 12 percent in 2024, the trade ministry in Seoul said.", want: "2024"},
		{name: "quarter spelled out", published: "2025-08-01", text: "Petrobras expects output to peak in the fourth quarter of 2025, its chief financial officer said in Rio de Janeiro.", want: "2025-Q4"},
		{name: "quarter Qn YYYY", published: "2025-08-01", text: "Nordvik Shipping said the new ferry would enter service in Q3 2026.", want: "2026-Q3"},
		{name: "day month, year from published", published: "2026-01-20", text: "The Ghanaian parliament approved the bill on 14 January after a long debate in Accra.", want: "2026-01-14"},
		{name: "year-less date takes the published year", published: "2025-11-18", text: "The Philippine senate opened the inquiry on March 3, senators in Manila said.", want: "2025-03-03"},
		{name: "year from the dateline when no published date", text: "LAGOS, March 12, 2026 (Coastline) — Nigerian and Ghanaian trade officials met in Lagos on March 10 to discuss tariffs.", want: "2026-03-10"},

		// Ranges.
		{name: "from X to Y", published: "2025-05-31", text: "The visit to Washington, which took place from May 27 to May 29, focused on defence.", want: "2025-05-27/2025-05-29"},
		{name: "month d1-d2", published: "2025-06-02", text: "The Shangri-La Dialogue will be held in Singapore on June 10-12.", want: "2025-06-10/2025-06-12"},
		{name: "between d1 and d2 month", published: "2025-07-02", text: "The African Union summit in Malabo will take place between 8 and 9 July, organisers said.", want: "2025-07-08/2025-07-09"},
		{name: "range across months", published: "2026-03-25", text: "The Chilean delegation will be in Madrid from March 30 to April 2.", want: "2026-03-30/2026-04-02"},
		{name: "weekday range against published (Friday)", published: "2025-06-13", text: "Negotiators met in Doha from Tuesday to Thursday, Qatar's foreign ministry said.", want: "2025-06-10/2025-06-12"},

		// Relative days against the published date.
		{name: "on Tuesday, published Thursday", published: "2025-11-20", text: "Indonesian President Prabowo Subianto met business leaders in Jakarta on Tuesday.", want: "2025-11-18"},
		{name: "yesterday, published Friday", published: "2025-06-13", text: "The Reserve Bank of India held rates steady yesterday, Governor Sanjay Malhotra said.", want: "2025-06-12"},
		{name: "today, published Friday", published: "2025-06-13", text: "Polish farmers blocked roads near Warsaw today.", want: "2025-06-13"},
		{name: "tomorrow, published Friday", published: "2025-06-13", text: "The Dutch cabinet will present its plan in The Hague tomorrow.", want: "2025-06-14"},
		{name: "next Monday, published Wednesday", published: "2025-09-03", text: "Turkish and Greek diplomats will resume talks in Ankara next Monday.", want: "2025-09-08"},
		{name: "last Friday, published Wednesday", published: "2025-09-03", text: "Mexico's central bank raised its forecast last Friday, economists in Mexico City noted.", want: "2025-08-29"},
		{name: "will meet on Thursday: the coming Thursday", published: "2026-02-09", text: "Egyptian Foreign Minister Badr Abdelatty will meet his Jordanian counterpart in Cairo on Thursday.", want: "2026-02-12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "dates", c.published, c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q (published %q): no DATE with value %q; DATEs: %v", c.text, c.published, c.want, dateValues(rec))
			}
		})
	}
}

// TestNotDates: words that look like dates but are not.
func TestNotDates(t *testing.T) {
	cases := []struct {
		name, published, text string
		pending               string
	}{
		{name: "May as a modal", published: "2025-05-20", text: "“May I ask why the port in Mombasa was closed?” a Kenyan lawmaker said."},
		{name: "May as a given name", published: "2025-05-20", text: "May Chen, a trader in Singapore, said copper prices fell."},
		{name: "an ordinal alone", published: "2025-05-20", text: "Oslo ranked the 31st most expensive city in the survey."},
		{name: "June 31 does not exist", published: "2025-07-04", text: "Prosecutors in Manila said a memo dated June 31 was a forgery."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "notdates", c.published, c.text)
			if ds := ofType(rec, extract.Date); len(ds) > 0 {
				t.Errorf("text %q: want no DATE, got %v", c.text, dateValues(rec))
			}
		})
	}
}

// TestDateOneEntryPerValue: "Tuesday" and "June 10" naming the same day are
// one DATE entity.
func TestDateOneEntryPerValue(t *testing.T) {
	rec := extractText(t, "oneperday", "2025-06-13",
		"Peruvian and Bolivian ministers met in Lima on June 10. The Tuesday talks were the first in a decade.")
	n := 0
	for _, e := range ofType(rec, extract.Date) {
		if e.Value == "2025-06-10" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one DATE with value 2025-06-10, got %d: %v", n, dateValues(rec))
	}
}

func dateValues(rec *extract.Record) []string {
	var out []string
	for _, e := range ofType(rec, extract.Date) {
		out = append(out, e.Text+"="+e.Value)
	}
	return out
}
