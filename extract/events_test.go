package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEvents: meetings, visits and agreements with who, when and where.
func TestEvents(t *testing.T) {
	cases := []struct {
		name         string
		published    string
		text         string
		typ          string
		participants []string // each must be a participant (by name or alias)
		date         string   // "" when not checked
		location     string   // "" when not checked
		planned      bool
		pending      string
	}{
		{name: "meeting of two ministers", published: "2025-10-09", typ: extract.Meeting,
			text:         "Japanese Foreign Minister Kenji Mori met Australian Foreign Minister Claire Dunn in Canberra on Tuesday to discuss critical minerals.",
			participants: []string{"Kenji Mori", "Claire Dunn"}, date: "2025-10-07", location: "Canberra"},
		{name: "held talks", published: "2026-04-14", typ: extract.Meeting,
			text:         "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Monday.",
			participants: []string{"William Ruto", "Samia Suluhu Hassan"}, date: "2026-04-13", location: "Arusha"},
		{name: "phone call", published: "2026-03-04", typ: extract.Meeting,
			text:         "Polish Prime Minister Donald Tusk spoke by phone with Lithuanian President Gitanas Nauseda on Tuesday about the Suwalki Gap.",
			participants: []string{"Donald Tusk", "Gitanas Nauseda"}, date: "2026-03-03"},
		{name: "visit with a date", published: "2025-08-19", typ: extract.Visit,
			text:         "German Chancellor Friedrich Merz travelled to Warsaw on Monday, his first trip abroad since the election.",
			participants: []string{"Friedrich Merz"}, date: "2025-08-18", location: "Warsaw"},
		{name: "visited a city", published: "2025-08-19", typ: extract.Visit,
			text:         "Brazilian President Luiz Inácio Lula da Silva visited Pretoria on Monday.",
			participants: []string{"Luiz Inácio Lula da Silva"}, date: "2025-08-18", location: "Pretoria"},
		{name: "visit by a person named in an appositive", published: "2025-10-09", typ: extract.Visit,
			text:         "Rahm Emanuel, the U.S. ambassador to Japan, visited Okinawa on Monday.",
			participants: []string{"Rahm Emanuel"}, date: "2025-10-06", location: "Okinawa"},
		{name: "countries sign an agreement", published: "2026-03-04", typ: extract.Agreement,
			text:         "Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on Tuesday.",
			participants: []string{"Kenya", "Ethiopia"}, date: "2026-03-03", location: "Addis Ababa"},
		{name: "ministers sign a memorandum", published: "2025-10-10", typ: extract.Agreement,
			text:         "Norwegian Energy Minister Terje Aasland and British Energy Secretary Ed Miliband signed a memorandum on carbon storage in London on Thursday.",
			participants: []string{"Terje Aasland", "Ed Miliband"}, date: "2025-10-09", location: "London"},
		{name: "agree to do something", published: "2025-07-02", typ: extract.Agreement,
			text:         "Vietnam and the Philippines agreed on Tuesday to hold joint coast guard drills in the South China Sea.",
			participants: []string{"Vietnam", "Philippines"}, date: "2025-07-01"},
		{name: "planned visit with a date", published: "2025-05-28", typ: extract.Visit, planned: true,
			text:         "Singapore's Prime Minister Lawrence Wong will visit Seoul on June 3, his office said.",
			participants: []string{"Lawrence Wong"}, date: "2025-06-03", location: "Seoul"},
		{name: "scheduled meeting with a weekday", published: "2026-01-14", typ: extract.Meeting, planned: true,
			text:         "Chilean Foreign Minister Ana Soto is scheduled to meet Spanish Foreign Minister José Manuel Albares in Madrid on Friday.",
			participants: []string{"Ana Soto", "José Manuel Albares"}, date: "2026-01-16", location: "Madrid"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "events", c.published, c.text)
			ev := matchEvent(rec, c.typ, c.participants)
			if ev == nil {
				t.Fatalf("text %q: no %s event with participants %v; events: %s", c.text, c.typ, c.participants, eventList(rec))
			}
			if c.date != "" && ev.Date != c.date {
				t.Errorf("text %q: %s date %q, want %q", c.text, c.typ, ev.Date, c.date)
			}
			if c.location != "" && fold(ev.Location) != fold(c.location) {
				t.Errorf("text %q: %s location %q, want %q", c.text, c.typ, ev.Location, c.location)
			}
			if ev.Planned != c.planned {
				t.Errorf("text %q: %s planned=%v, want %v", c.text, c.typ, ev.Planned, c.planned)
			}
		})
	}
}

// TestNonEvents: what did not happen, or is only hoped for, or merely
// mentions an existing agreement, is no event of that type.
func TestNonEvents(t *testing.T) {
	cases := []struct {
		name, published, text, typ string
		pending                    string
	}{
		{name: "cancelled meeting", published: "2025-10-09", typ: extract.Meeting,
			text: "A meeting between Pakistani Prime Minister Shehbaz Sharif and Afghan officials in Kabul, planned for Friday, was cancelled."},
		{name: "called off talks", published: "2025-10-09", typ: extract.Meeting,
			text: "Talks between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels were called off on Monday."},
		{name: "denied meeting", published: "2025-10-09", typ: extract.Meeting,
			text: "The Kremlin denied that Russian envoy Kirill Dmitriev had met American officials in Riyadh."},
		{name: "hoped-for agreement", published: "2025-10-09", typ: extract.Agreement,
			text: "Indonesia hopes to sign a trade agreement with the European Union next year, Trade Minister Budi Santoso said in Jakarta."},
		{name: "existing agreement mentioned", published: "2025-10-09", typ: extract.Agreement,
			text: "Peruvian exporters welcomed progress on the Trade Agreement with Australia, the chamber of commerce in Lima said."},
		{name: "planned visit without a date", published: "2025-05-28", typ: extract.Visit,
			text: "Singapore's Prime Minister Lawrence Wong will visit Seoul, his office said."},
		{name: "postponed visit", published: "2025-05-28", typ: extract.Visit,
			text: "Indian Prime Minister Narendra Modi postponed his visit to Dhaka scheduled for June 3."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "nonevents", c.published, c.text)
			if evs := eventsOf(rec, c.typ); len(evs) > 0 {
				t.Errorf("text %q: want no %s event, got %s", c.text, c.typ, eventList(rec))
			}
		})
	}
}

// TestEventReportedTwice: the same meeting told twice in one article is one
// event.
func TestEventReportedTwice(t *testing.T) {
	rec := extractText(t, "twice", "2025-10-09",
		"Japanese Foreign Minister Kenji Mori met Australian Foreign Minister Claire Dunn in Canberra on Tuesday. "+
			"During their meeting on Tuesday, Mori and Dunn discussed lithium supplies.")
	if n := len(eventsOf(rec, extract.Meeting)); n != 1 {
		t.Errorf("want 1 meeting, got %d: %s", n, eventList(rec))
	}
}

// TestEventIDs: ids are stable across runs and depend on the date.
func TestEventIDs(t *testing.T) {
	const text = "Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on %s."
	ids := func(day string) []string {
		rec := extractText(t, "ids", "2026-03-04", strings.Replace(text, "%s", day, 1))
		var out []string
		for _, e := range rec.Events {
			if e.ID == "" {
				t.Errorf("event without id: %+v", e)
			}
			out = append(out, e.ID)
		}
		if len(out) == 0 {
			t.Fatalf("no event in %q", text)
		}
		return out
	}
	a, b := ids("March 2"), ids("March 2")
	if !slices.Equal(a, b) {
		t.Errorf("same article, different event ids: %v vs %v", a, b)
	}
	c := ids("March 3")
	for _, id := range c {
		if slices.Contains(a, id) {
			t.Errorf("event id %s is the same for March 2 and March 3", id)
		}
	}
}

// matchEvent returns the event of type typ whose participants include
// every name of want (compared through the record's aliases).
func matchEvent(rec *extract.Record, typ string, want []string) *extract.Event {
	for i, ev := range rec.Events {
		if ev.Type != typ {
			continue
		}
		all := true
		for _, w := range want {
			found := false
			for _, p := range ev.Participants {
				if participantIs(rec, p, w) {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return &rec.Events[i]
		}
	}
	return nil
}

func participantIs(rec *extract.Record, p extract.Participant, name string) bool {
	if fold(p.Name) == fold(name) {
		return true
	}
	for _, e := range rec.Entities {
		if e.Text == p.Name && names(e, name) {
			return true
		}
	}
	return false
}

func eventList(rec *extract.Record) string {
	var b strings.Builder
	for _, e := range rec.Events {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, p.Name)
		}
		b.WriteString(e.Type + "(" + strings.Join(ps, ", ") + ") date=" + e.Date + " loc=" + e.Location)
		if e.Planned {
			b.WriteString(" planned")
		}
		b.WriteString("; ")
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}
