package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestDiscourseEvents: events and parties told across sentences — "there"
// is the place of the visit told before, a group description ("the pair",
// "the two men", "both firms") is the two parties just named, an event
// noun with no party of its own restates the event told before, "his
// counterpart" is the person the story names with a matching title or
// country, a pronoun far from its name is the story's focal person, and
// "I met him" in a quotation is its speaker and the person it is about.
// Every sentence is invented; each case names the rule its event must be
// made by (or the reading it must not fall for).
func TestDiscourseEvents(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B [@ place]": an event of exactly these parties (and this place)
		not        []string // "type: A | B": no event of exactly these parties
		count      map[string]int
		rule       string // the explain line "participants by rule RULE" of want[0], when set
	}{
		// class 1: "there"
		{name: "there she met", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner flew to Nairobi on Monday. There she met Kenyan Trade Minister Peter Kamau.",
			want: []string{"meeting: Lea Brunner | Peter Kamau @ Nairobi"}},
		{name: "while there", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner flew to Nairobi on Monday for a three-day visit. While there, she also held talks with Kenyan Trade Minister Peter Kamau.",
			want: []string{"meeting: Lea Brunner | Peter Kamau @ Nairobi"}},
		{name: "existential there is no place", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner flew to Nairobi on Monday. There is no plan for her to meet Kenyan Trade Minister Peter Kamau.",
			not: []string{"meeting: Lea Brunner | Peter Kamau"}},

		{name: "there: the place of the sentence before, no visit", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner opened a trade fair in Kisumu on Monday. There she met Kenyan Trade Minister Peter Kamau.",
			want: []string{"meeting: Lea Brunner | Peter Kamau @ Kisumu"}},
		{name: "while there, no visit", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner opened a trade fair in Kisumu on Monday. While there, she held talks with Kenyan Trade Minister Peter Kamau.",
			want: []string{"meeting: Lea Brunner | Peter Kamau @ Kisumu"}},
		{name: "there: the visit's place, not a region named after it", text: "LISBON, March 4, 2026 (Tagus Wire) - Portuguese Foreign Minister Rui Valadares arrived in Accra on Tuesday, his first trip to West Africa since taking office. There he met Ghanaian Foreign Minister Kofi Mensah-Boateng.",
			want: []string{"meeting: Rui Valadares | Kofi Mensah-Boateng @ Accra"}},
		{name: "from there is no place of the meeting", text: "BERN, May 6, 2026 (Alp Wire) - Swiss Economy Minister Lea Brunner opened a trade fair in Kisumu on Monday. From there she flew to Nairobi, where she met Kenyan Trade Minister Peter Kamau on Tuesday.",
			want: []string{"meeting: Lea Brunner | Peter Kamau @ Nairobi"}},
		// class 2: group descriptions
		{name: "the pair agreed", text: "OSLO, June 3, 2026 (Fjord Press) - Norwegian Fisheries Minister Ingrid Solheim and Icelandic Fisheries Minister Bjarni Thorvaldsson spoke at a quota conference in Bergen on Tuesday. The pair agreed to share survey data on mackerel.",
			want: []string{"agreement: Ingrid Solheim | Bjarni Thorvaldsson"}, rule: "clause-described-subject"},
		{name: "the two men signed", text: "OSLO, June 3, 2026 (Fjord Press) - Norwegian Fisheries Minister Nils Solberg greeted Icelandic Fisheries Minister Bjarni Thorvaldsson in Bergen on Tuesday. The two men signed a protocol on survey data.",
			want: []string{"agreement: Nils Solberg | Bjarni Thorvaldsson"}},
		{name: "both women agreed", text: "OSLO, June 3, 2026 (Fjord Press) - Norwegian Fisheries Minister Ingrid Solheim welcomed Icelandic Fisheries Minister Katrin Jonsdottir in Bergen on Tuesday. Both women agreed to share survey data.",
			want: []string{"agreement: Ingrid Solheim | Katrin Jonsdottir"}},
		{name: "both men, no event before", text: "OSLO, June 3, 2026 (Fjord Press) - Norwegian Fisheries Minister Nils Solberg and Icelandic Fisheries Minister Bjarni Thorvaldsson spoke at a conference in Bergen on Tuesday. Both men later signed a protocol on survey data.",
			want: []string{"agreement: Nils Solberg | Bjarni Thorvaldsson"}},
		{name: "two men counted by a bare number are new people", text: "LONDON, March 10, 2026 (Thames Wire) - Finance Minister Oliver Hartley met Home Secretary Marcus Penrose on Monday. Two men later signed a petition against the plan.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "the men of a vox pop are no counted group", text: "DERBY, May 2, 2026 (Midlands Wire) - Shoppers Tom Reed and Sam Patel were asked about the budget outside a cafe on Friday. The men agreed it was too timid.",
			count: map[string]int{extract.Agreement: 0}},
		{name: "the duo will meet", text: "HELSINKI, Sept 1, 2026 (North Brief) - Finnish Transport Minister Aino Lehto and Latvian Transport Minister Janis Ozols have argued over rail gauges for a year. The duo will meet in Riga on Thursday.",
			want: []string{"meeting: Aino Lehto | Janis Ozols"}},
		{name: "the two mayors", text: "CORK, Oct 2, 2026 (Munster Post) - Cork Mayor Grainne Duggan and Mayor Henri Calvez of Rennes opened a food fair on Thursday. The two mayors signed a charter on student exchanges.",
			want: []string{"agreement: Grainne Duggan | Henri Calvez"}},
		{name: "the two companies signed", text: "SEOUL, Aug 12, 2026 (Han River Business) - Dorvall Motors Corp and Kessin Batteries Ltd have worked together on battery cells since 2024. On Monday the two companies signed an agreement to build a plant in Ulsan.",
			want: []string{"agreement: Dorvall Motors Corp | Kessin Batteries Ltd"}},
		{name: "both governments", text: "LIMA, July 7, 2026 (Andes Wire) - Peru and Ecuador ended a dispute over fishing grounds last year. Both governments signed a border fisheries accord in Quito on Monday.",
			want: []string{"agreement: Peru | Ecuador"}},
		{name: "a pair of is no party", text: "OSLO, June 3, 2026 (Fjord Press) - Norwegian Fisheries Minister Ingrid Solheim met Icelandic Fisheries Minister Bjarni Thorvaldsson in Bergen on Tuesday. A pair of trawler owners met Solheim on Wednesday.",
			not: []string{"meeting: Ingrid Solheim | Bjarni Thorvaldsson | trawler owners"}, count: map[string]int{extract.Meeting: 1}},

		// class 3: an event noun with no party of its own
		{name: "the talks focused", text: "LIMA, March 4, 2026 (Andes Wire) - Peruvian Foreign Minister Ana Soto met Chilean Foreign Minister Rodrigo Vial in Lima on Monday. The talks focused on copper exports.",
			want: []string{"meeting: Ana Soto | Rodrigo Vial"}, count: map[string]int{extract.Meeting: 1}},
		{name: "the deal was signed at", text: "LIMA, March 4, 2026 (Andes Wire) - Peruvian Energy Minister Ana Soto and Bolivian Energy Minister Luis Arce Quispe agreed on a gas deal on Monday. The deal was signed at the energy ministry in Lima.",
			want: []string{"agreement: Ana Soto | Luis Arce Quispe @ Lima"}, count: map[string]int{extract.Agreement: 1}},
		{name: "the talks of two persons told together", text: "LIMA, March 4, 2026 (Andes Wire) - Peruvian Foreign Minister Ana Soto and Chilean Foreign Minister Rodrigo Vial were in Arica on Monday. The talks focused on a border crossing.",
			want: []string{"meeting: Ana Soto | Rodrigo Vial"}, rule: "told-before"},

		{name: "it will be their third meeting", text: "HELSINKI, Sept 15, 2026 (North Brief) - Finnish Energy Minister Aino Lehto will travel to Tallinn on Thursday to meet Estonian Economy Minister Priit Saar. It will be their third meeting this year.",
			want: []string{"meeting: Aino Lehto | Priit Saar"}, count: map[string]int{extract.Meeting: 1}},
		{name: "the meeting came a day after", text: "LIMA, March 4, 2026 (Andes Wire) - Peruvian Foreign Minister Ana Soto met Chilean Foreign Minister Rodrigo Vial in Lima on Monday. The meeting came a day after Chile lifted a ban on Peruvian grapes.",
			want: []string{"meeting: Ana Soto | Rodrigo Vial"}, count: map[string]int{extract.Meeting: 1}},
		// class 4: counterparts and descriptions
		{name: "counterpart named after", text: "TOKYO, May 20, 2026 (Pacific Ledger) - Indian Foreign Minister Arjun Mehra met his Japanese counterpart in Tokyo on Wednesday. Japan's foreign minister, Kenji Ota, said the talks had been frank.",
			want: []string{"meeting: Arjun Mehra | Kenji Ota"}, rule: "clause"},
		{name: "counterpart named before", text: "TOKYO, May 20, 2026 (Pacific Ledger) - Japanese Foreign Minister Kenji Ota returned from Manila on Tuesday. On Wednesday Indian Foreign Minister Arjun Mehra met his Japanese counterpart in Tokyo.",
			want: []string{"meeting: Arjun Mehra | Kenji Ota"}},
		{name: "a colleague is no counterpart", text: "LIMA, March 4, 2026 (Andes Wire) - Peruvian Foreign Minister Ana Soto and Peruvian Trade Minister Luis Quispe arrived in Quito on Monday. Soto met her counterpart on Tuesday.",
			not: []string{"meeting: Ana Soto | Luis Quispe"}},
		{name: "his counterpart, no country, one minister named", text: "NAIROBI, Feb 4, 2026 (Savanna Daily) - Ugandan Energy Minister Ruth Nankya arrived in Nairobi on Tuesday. Kenyan Energy Minister Daniel Kiprono met his counterpart at the ministry on Wednesday.",
			want: []string{"meeting: Daniel Kiprono | Ruth Nankya"}},
		{name: "a counterpart never named", text: "TOKYO, May 20, 2026 (Pacific Ledger) - Japanese Foreign Minister Kenji Ota will meet his South Korean counterpart next month.",
			not: []string{"meeting: Kenji Ota"}, count: map[string]int{extract.Meeting: 0}},
		{name: "the visiting minister", text: "TOKYO, May 20, 2026 (Pacific Ledger) - Brazilian Foreign Minister Helena Prado arrived in Tokyo on Tuesday. The visiting minister met Japanese Trade Minister Sayuri Kanda on Wednesday.",
			want: []string{"meeting: Helena Prado | Sayuri Kanda"}},

		{name: "the visiting minister, the guest of the dateline's country", text: "TOKYO, May 20, 2026 (Pacific Ledger) - Brazilian Foreign Minister Helena Prado praised Japanese ethanol rules on Tuesday. The visiting minister met Japanese Trade Minister Sayuri Kanda on Wednesday.",
			want: []string{"meeting: Helena Prado | Sayuri Kanda"}},
		{name: "a counterpart after a participle the tagger misread", text: "Ethanol talks\n\nTOKYO, May 20, 2026 (Pacific Ledger) - Brazilian Foreign Minister Helena Prado met her Japanese counterpart in Tokyo on Wednesday, the ministry said.\n\nJapan's foreign minister, Kenji Ota, told reporters the talks were frank. The visiting minister later met Japanese Trade Minister Sayuri Kanda at the trade ministry. The Brazilian minister and Kanda agreed to set up a working group.",
			want: []string{"meeting: Helena Prado | Kenji Ota", "meeting: Helena Prado | Sayuri Kanda", "agreement: Helena Prado | Sayuri Kanda"}},
		// class 5: a focal person far back, "I met him" in a quotation
		{name: "focal person paragraphs back", text: "Copper envoy goes east\n\nLucia Ferrer has sold Chilean copper for thirty years. In March the government made her its trade envoy to Asia.\n\nCopper prices fell by a fifth over the winter. Smelters in the region cut their orders.\n\nOn Sunday she flew to Hanoi for talks with Vietnamese Industry Minister Tran Van Long.",
			want: []string{"visit: Lucia Ferrer @ Hanoi"}, not: []string{"visit: Tran Van Long"}},
		{name: "a fronted phrase's person is not the subject pronoun", text: "LONDON, March 10, 2026 (Thames Wire) - Finance Minister Oliver Hartley entered parliament in 2001. He became deputy leader under Ruth Calloway in 2012. After the death of Ruth Calloway in 2019 he stood aside, agreeing with Marcus Penrose on a joint ticket.",
			want: []string{"agreement: Oliver Hartley | Marcus Penrose"}, not: []string{"agreement: Ruth Calloway | Marcus Penrose"}},
		{name: "a fronted clause with a verb keeps its person", text: "LONDON, March 10, 2026 (Thames Wire) - After Finance Minister Oliver Hartley won the vote on Monday, he met Home Secretary Marcus Penrose.",
			want: []string{"meeting: Oliver Hartley | Marcus Penrose"}},
		{name: "she ... with him: him is not she", text: "ACCRA, May 4, 2026 (Gold Coast Wire) - Ghanaian Trade Minister Abena Owusu met Togolese Trade Minister Kodjo Agbeko in Accra on Monday. Later that day she signed a border market accord with him.",
			want: []string{"agreement: Abena Owusu | Kodjo Agbeko"}},
		{name: "I met him, said of", text: "SANTIAGO, April 16, 2026 (Andes Wire) - Chilean trade envoy Lucia Ferrer held talks with Vietnamese Industry Minister Tran Van Long in Hanoi on Monday. \"I met him last October in Singapore,\" Ferrer said of Tran.",
			want: []string{"meeting: Lucia Ferrer | Tran Van Long"}, count: map[string]int{extract.Meeting: 2}},
		{name: "I met her: not the speaker", text: "NAIROBI, Feb 4, 2026 (Savanna Daily) - Kenyan President Daniel Kiprono hosted Chilean President Elena Marchant at State House on Tuesday. \"I first met her in Geneva in 2019,\" Kiprono said.",
			want: []string{"meeting: Daniel Kiprono | Elena Marchant"}, count: map[string]int{extract.Meeting: 2}},
		{name: "said of a description", text: "CORK, Oct 2, 2026 (Munster Post) - Cork Mayor Grainne Duggan welcomed Mayor Henri Calvez of Rennes on Thursday. Councillor Tom Brophy praised the visit. \"I met him in Rennes in 2024,\" Brophy said of the French mayor.",
			want: []string{"meeting: Tom Brophy | Henri Calvez"}},
	}
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "discourse", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.at != "" && fold(f.ev.Location) != fold(f.at) {
					t.Errorf("%s: place %q, want %q", f.want, f.ev.Location, f.at)
				}
				if f.i == 0 && c.rule != "" {
					if want := "participants by rule " + c.rule; !containsLine(f.ev.Explain, want) {
						t.Errorf("%s: explain lacks %q:\n%s", f.want, want, strings.Join(f.ev.Explain, "\n"))
					}
				}
			}
			checkEventCounts(t, rec, c.count)
		})
	}
}

// parseWantEvent reads "type: A | B @ at", where at is a place or a date
// as the test reads it.
func parseWantEvent(s string) (typ string, parts []string, at string) {
	typ, rest, _ := strings.Cut(s, ":")
	rest, at, _ = strings.Cut(rest, "@")
	for _, p := range strings.Split(rest, "|") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.TrimSpace(typ), parts, strings.TrimSpace(at)
}

// exactEvent: the event of type typ whose participants are exactly parts
// (through the record's aliases).
func exactEvent(rec *extract.Record, typ string, parts []string) *extract.Event {
	for i, ev := range rec.Events {
		if ev.Type != typ || len(ev.Participants) != len(parts) {
			continue
		}
		if matchEvent(&extract.Record{Entities: rec.Entities, Events: []extract.Event{ev}}, typ, parts) != nil {
			return &rec.Events[i]
		}
	}
	return nil
}

// foundEvent is one want of checkEvents that the record has: its index in
// want, its text, the "@" part of the text (a place or a date, as the
// test reads it) and the event that matched.
type foundEvent struct {
	i    int
	want string
	at   string
	ev   *extract.Event
}

// checkEvents checks the record's events against want and not, each
// written "type: A | B @ extra" (parseWantEvent): every want must name an
// event whose participants are exactly its parts (exactEvent), and no not
// may. A failure names the expectation and lists the events produced
// (eventList); the subtest's name names the case. It returns the wants it
// found, in order, for the caller's own checks of date, place or explain.
func checkEvents(t *testing.T, rec *extract.Record, want, not []string) []foundEvent {
	t.Helper()
	var found []foundEvent
	for i, w := range want {
		typ, parts, at := parseWantEvent(w)
		ev := exactEvent(rec, typ, parts)
		if ev == nil {
			t.Errorf("want %s: %s", w, eventList(rec))
			continue
		}
		found = append(found, foundEvent{i: i, want: w, at: at, ev: ev})
	}
	for _, w := range not {
		typ, parts, _ := parseWantEvent(w)
		if exactEvent(rec, typ, parts) != nil {
			t.Errorf("want no %s: %s", w, eventList(rec))
		}
	}
	return found
}

// checkEventCounts checks how many events of each type the record has.
func checkEventCounts(t *testing.T, rec *extract.Record, count map[string]int) {
	t.Helper()
	for typ, n := range count {
		if got := len(eventsOf(rec, typ)); got != n {
			t.Errorf("want %d %s events, got %d: %s", n, typ, got, eventList(rec))
		}
	}
}

// TestOrgShortNames: news shortens a company's name after its first
// mention ("Haldor" for "Haldor Steel Corp"); the short form is the same
// organization, and its events are that organization's. Two organizations
// that start alike leave the short form alone.
func TestOrgShortNames(t *testing.T) {
	cases := []struct {
		name, text, org, alias string
		want                   string // an event "type: A | B", or ""
	}{
		{"a company's first word", "Metals news\n\nBrannock Steel Corp reported higher sales on Monday. Separately, Brannock held talks on Tuesday with the rail operator Ostrava Freight Lines about a supply contract.",
			"Brannock Steel Corp", "Brannock", "meeting: Brannock Steel Corp | Ostrava Freight Lines"},
		{"two companies that start alike", "Metals news\n\nBrannock Steel Corp and Brannock Rail Ltd reported higher sales on Monday. Brannock said prices would rise.",
			"Brannock Steel Corp", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "short", "2026-06-24", c.text)
			e := findEntity(rec, extract.Organization, c.org)
			if e == nil {
				t.Fatalf("no organization %q: %s", c.org, show(rec))
			}
			has := false
			for _, a := range e.Aliases {
				has = has || a == "Brannock"
			}
			if has != (c.alias != "") {
				t.Errorf("%s aliases %v, want the short form %q", c.org, e.Aliases, c.alias)
			}
			if c.want != "" {
				checkEvents(t, rec, []string{c.want}, nil)
			}
		})
	}
}
