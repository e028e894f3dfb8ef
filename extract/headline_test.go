package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestHeadlineEvents: a headline or caption line tells the story's main
// event in the present tense: it happened (not planned), on the date of the
// story's main event when the line gives none.
func TestHeadlineEvents(t *testing.T) {
	cases := []struct {
		name, published, text string
		typ                   string
		participants          []string // empty: want no event of typ
		date, location        string
	}{
		{name: "headline above a dateline", published: "2026-05-13", typ: extract.Visit,
			text:         "Foreign Minister Ana Soto visits Lima\n\nLIMA, May 13 (Reuters) - Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Quispe in Lima on Tuesday about a disputed stretch of their maritime border.\n",
			participants: []string{"Ana Soto"}, date: "2026-05-12", location: "Lima"},
		{name: "headline ending with a full stop", published: "2026-05-13", typ: extract.Visit,
			text:         "Foreign Minister Ana Soto visits Lima.\n\nChilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Quispe in Lima on Tuesday about a disputed stretch of their maritime border.\n",
			participants: []string{"Ana Soto"}, date: "2026-05-12", location: "Lima"},
		{name: "countries in a headline, dated by the lede", published: "2026-03-03", typ: extract.Agreement,
			text:         "Kenya, Uganda sign trade pact\n\nKAMPALA, March 3 (Reuters) - Trade officials from Kenya and Uganda put their names on Monday to a deal that removes tariffs on sugar and dairy goods crossing their shared border.\n",
			participants: []string{"Kenya", "Uganda"}, date: "2026-03-02"},
		{name: "caption line in the body", published: "2026-09-10", typ: extract.Meeting,
			text:         "OSLO, Sept 10 (Reuters) - Norwegian Prime Minister Erik Lund spent Wednesday in talks with business leaders about a new sovereign wealth fund rule.\n\nErik Lund meets Danish Prime Minister Mette Holm in Oslo\n\nThe two leaders later spoke to reporters about fishing quotas in the North Sea, a question that has divided their governments for a decade.\n",
			participants: []string{"Erik Lund", "Mette Holm"}, date: "2026-09-09", location: "Oslo"},
		{name: "verbless headline: parties in a deal", published: "2026-03-03", typ: extract.Agreement,
			text:         "Kenya and Uganda in sugar trade deal\n\nKAMPALA, March 3 (Reuters) - Trade officials from Kenya and Uganda put their names on Monday to a text that removes tariffs on sugar and dairy goods crossing their shared border.\n",
			participants: []string{"Kenya", "Uganda"}, date: "2026-03-02"},
		{name: "verbless headline: companies in a merger accord", published: "2026-06-18", typ: extract.Agreement,
			text:         "Corvane Shipping Inc, Norbank Logistics Ltd in merger accord\n\nOSLO, June 18 (Reuters) - Corvane Shipping Inc and Norbank Logistics Ltd said on Wednesday their boards had approved a plan to combine the two freight groups.\n",
			participants: []string{"Corvane Shipping Inc", "Norbank Logistics Ltd"}, date: "2026-06-17"},
		{name: "in the deal in a body sentence is no event", published: "2026-03-03", typ: extract.Agreement,
			text: "NAIROBI, March 3 (Reuters) - Traders said tariffs on sugar from Kenya and Uganda in the trade deal would not change before July, when customs officers expect new forms.\n"},
		{name: "a headline with no named party tells no event", published: "2026-01-14", typ: extract.Agreement,
			text: "Ministers agree to keep talking\n\nBRUSSELS, Jan 14 (Reuters) - Energy ministers of the bloc met for nine hours on Tuesday without settling a row over gas storage, officials said.\n"},
		{name: "a title-case question headline is no name", published: "2026-02-10", typ: extract.Meeting,
			text:         "Will Arming Tarvania’s ‘Unity’ Cabinet Calm the Border?\nVALLETTA — Foreign Minister Ana Soto met Trade Minister Li Wei in Valletta on Monday to discuss Tarvania.\n",
			participants: []string{"Ana Soto", "Li Wei"}, date: "2026-02-09", location: "Valletta"},
		{name: "a body meeting alone in a headline is no event", published: "2026-10-02", typ: extract.Meeting,
			text: "Mauritius Ports Authority opens talks on dredging\n\nPORT LOUIS, Oct 2 (Reuters) - The Mauritius Ports Authority said on Thursday it would widen the main shipping channel at Port Louis by 2028.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "headline", c.published, c.text)
			if len(c.participants) == 0 {
				if evs := eventsOf(rec, c.typ); len(evs) > 0 {
					t.Fatalf("want no %s event, got %s", c.typ, eventList(rec))
				}
				return
			}
			ev := matchEvent(rec, c.typ, c.participants)
			if ev == nil {
				t.Fatalf("no %s event with participants %v; events: %s", c.typ, c.participants, eventList(rec))
			}
			if ev.Planned {
				t.Errorf("%s planned, want a past event", c.typ)
			}
			if ev.Date != c.date {
				t.Errorf("%s date %q, want %q", c.typ, ev.Date, c.date)
			}
			if c.location != "" && fold(ev.Location) != fold(c.location) {
				t.Errorf("%s location %q, want %q", c.typ, ev.Location, c.location)
			}
		})
	}
}

// TestHeadlineExplain: --explain says an event came from a title line.
func TestHeadlineExplain(t *testing.T) {
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "Kenya, Uganda sign trade pact\n\nKAMPALA, March 3 (Reuters) - Trade officials from Kenya and Uganda put their names on Monday to a deal that removes tariffs on sugar and dairy goods crossing their shared border.\n"
	rec, err := x.Extract(context.Background(), extract.Article{ID: "headline-explain", Published: "2026-03-03", Body: text})
	if err != nil {
		t.Fatal(err)
	}
	ev := matchEvent(rec, extract.Agreement, []string{"Kenya", "Uganda"})
	if ev == nil {
		t.Fatalf("no agreement; events: %s", eventList(rec))
	}
	if !strings.Contains(strings.Join(ev.Explain, "\n"), "headline or caption line") {
		t.Errorf("explain %q: want the title line named", ev.Explain)
	}
}

// TestHeadlineQuestionNoPerson: the words of a title-case question headline
// are not read as a person's name (it would take the country in it as an
// alias and join that person to every event naming the country).
func TestHeadlineQuestionNoPerson(t *testing.T) {
	text := "Will Arming Tarvania’s ‘Unity’ Cabinet Calm the Border?\nVALLETTA — Foreign Minister Ana Soto met Trade Minister Li Wei in Valletta on Monday to discuss Tarvania.\n"
	rec := extractText(t, "headline-question", "2026-02-10", text)
	for _, e := range ofType(rec, extract.Person) {
		if strings.Contains(e.Text, "Will") || strings.Contains(e.Text, "Arming") {
			t.Errorf("person %q from the headline", e.Text)
		}
	}
}
