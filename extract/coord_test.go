package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// coordCase is one reading of coordination or reference: the events that
// must come out ("type: A | B @ date" — the date optional), those that must
// not, and counts per type. Every sentence is invented.
type coordCase struct {
	name, text string
	want       []string
	not        []string
	count      map[string]int
}

func runCoordCases(t *testing.T, cases []coordCase) {
	t.Helper()
	x, err := extract.New(extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "coord", Body: c.text, Form: "text", Published: "2026-06-12T12:00:00Z"})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range checkEvents(t, rec, c.want, c.not) {
				if f.at != "" && f.ev.Date != f.at {
					t.Errorf("%s: date %q, want %q", f.want, f.ev.Date, f.at)
				}
			}
			checkEventCounts(t, rec, c.count)
		})
	}
}

// TestDistributedObjects: coordinated objects of a meeting verb that each
// carry their own date or place are one meeting each, with the subject
// (events_distribute.go); "separately" after them does the same; objects
// that share one date and place stay one meeting. (The "@" part of a want
// is its date here.)
func TestDistributedObjects(t *testing.T) {
	runCoordCases(t, []coordCase{
		{name: "own day each, the second relative",
			text: "HARARE, June 12 - The envoy, Tomas Reyna, arrived on Sunday. He met President Joyce Banda at State House on Monday and the opposition leader, Peter Moyo, the following day.",
			want: []string{"meeting: Tomas Reyna | Joyce Banda @ 2026-06-08", "meeting: Tomas Reyna | Peter Moyo @ 2026-06-09"},
			not:  []string{"meeting: Tomas Reyna | Joyce Banda | Peter Moyo"}},
		{name: "own place and day each",
			text: "ACCRA, June 12 - Foreign Minister Ama Owusu met Kenya's foreign minister, Paul Mwangi, in Nairobi on Tuesday and Uganda's prime minister, Ruth Okello, in Kampala on Thursday.",
			want: []string{"meeting: Ama Owusu | Paul Mwangi @ 2026-06-09", "meeting: Ama Owusu | Ruth Okello @ 2026-06-11"}},
		{name: "a relative clause inside the second conjunct",
			text: "LILONGWE, June 12 - The mediator, Rhoda Phiri, met President Amos Banda on Tuesday and Grace Tembo, who says the vote was rigged in April, on Wednesday.",
			want: []string{"meeting: Rhoda Phiri | Amos Banda @ 2026-06-09", "meeting: Rhoda Phiri | Grace Tembo @ 2026-06-10"}},
		{name: "separately",
			text: "MAPUTO, June 12 - On Thursday the envoy Tomas Reyna met Joao Sitoe and Rosa Matola separately, his office said.",
			want: []string{"meeting: Tomas Reyna | Joao Sitoe @ 2026-06-11", "meeting: Tomas Reyna | Rosa Matola @ 2026-06-11"}},
		// traps
		{name: "one date and place for both objects is one meeting",
			text: "ADDIS ABABA, June 12 - On Friday Foreign Minister Ama Owusu met Idris Tekle and Samuel Adeyemi at the African Union headquarters.",
			want: []string{"meeting: Ama Owusu | Idris Tekle | Samuel Adeyemi"}, count: map[string]int{extract.Meeting: 1}},
		{name: "a second clause with its own verb is no object",
			text: "NAIROBI, June 12 - Foreign Minister Ama Owusu met Paul Mwangi in Nairobi on Tuesday and Ruth Okello said on Wednesday that she welcomed the visit.",
			not:  []string{"meeting: Ama Owusu | Ruth Okello"}},
		{name: "a date before the first object only dates the whole",
			text:  "LIMA, June 12 - On Monday Trade Minister Ana Soto met Li Wei and Carlos Ruiz in Lima.",
			count: map[string]int{extract.Meeting: 1}},
	})
}

// TestPronounAfterDescription: a "she" or "he" after a sentence whose
// subject is a description and that names no one outside its quotations
// means the person the description means — the person the lede described
// and the next sentence named — not the last person named further back
// (resolve_description.go). The traps: a sentence that names its subject
// keeps the ordinary reading; "the two sides" after it are still the parties of the meeting
// told.
func TestPronounAfterDescription(t *testing.T) {
	lede := "LONDON - The transport secretary has held talks with the rail unions.\n\nHelen Carver met Tom Reid, leader of the drivers' union, on Tuesday.\n\n"
	runCoordCases(t, []coordCase{
		{name: "she after the description is the lede's person",
			text: lede + "\"We are not there yet,\" Reid's deputy, Anna Byrne, said afterwards.\n\nThe transport secretary had not held formal talks with the unions before, aides said. Last month she met Paul Dunn, who chairs the operators' group.",
			want: []string{"meeting: Helen Carver | Paul Dunn"}, not: []string{"meeting: Anna Byrne | Paul Dunn"}},
		{name: "the head alone agrees with the lede's description",
			text: lede + "\"We are not there yet,\" Reid's deputy, Anna Byrne, said afterwards.\n\nThe secretary has promised another round. On Friday she met Paul Dunn.",
			want: []string{"meeting: Helen Carver | Paul Dunn"}, not: []string{"meeting: Anna Byrne | Paul Dunn"}},
		{name: "the description itself is the lede's person",
			text: lede + "\"We are not there yet,\" Reid's deputy, Anna Byrne, said afterwards.\n\nOn Friday the transport secretary met Paul Dunn, who chairs the operators' group.",
			want: []string{"meeting: Helen Carver | Paul Dunn"}, not: []string{"meeting: Anna Byrne | Paul Dunn"}},
		// traps
		{name: "a named subject keeps the ordinary reading",
			text: lede + "Anna Byrne, the union's deputy, said the talks had gone well. On Friday she met Paul Dunn.",
			want: []string{"meeting: Anna Byrne | Paul Dunn"}},
		{name: "a real back-reference still resolves",
			text: lede + "The transport secretary had not held formal talks with the unions before, aides said. The two sides will meet again on Friday, officials said.",
			want: []string{"meeting: Helen Carver | Tom Reid"}},
	})
}

// TestUnnamedObjectBorrowsNoOne: a meeting whose other side is an
// explicit group of unnamed people ("to meet Japanese component makers")
// takes no one from context — neither the last event's parties nor the
// person spoken of — only its own named side (events_parties.go,
// ruleLastEvent and ruleSalientPerson). The traps: real back-references
// ("the two", "both sides", a pronoun) still resolve.
func TestUnnamedObjectBorrowsNoOne(t *testing.T) {
	lede := "FRANKFURT, June 12 - Chief executive Katrin Adler met Economy Minister Jonas Brandt in Berlin on Tuesday to press for a longer subsidy.\n\n"
	runCoordCases(t, []coordCase{
		{name: "an infinitive of purpose after a delegation",
			text: lede + "Adler said the group's purchasing director, Henrik Maier, would lead a delegation to Tokyo next month to meet Japanese component makers.",
			not:  []string{"meeting: Katrin Adler | Henrik Maier", "meeting: Katrin Adler | Jonas Brandt | Henrik Maier", "meeting: Jonas Brandt | Henrik Maier"}},
		// traps: real back-references
		{name: "the two",
			text: lede + "The two will meet again in Munich on Friday.",
			want: []string{"meeting: Katrin Adler | Jonas Brandt"}},
		{name: "a pronoun and a named object",
			text: lede + "On Wednesday she met Finance Minister Petra Lang.",
			want: []string{"meeting: Katrin Adler | Petra Lang"}},
	})
}

// TestFixtureSides: in a sports story "the sides" or "the teams" as the
// whole subject of a meeting verb are the teams of a fixture, no meeting
// (participants_fixture.go). The traps: "both sides" in talks outside
// sports are still the parties told before; in a sports story a meeting of
// named persons stays.
func TestFixtureSides(t *testing.T) {
	sport := "GLASGOW, June 12 - Ashdown Rovers beat Kelbury City 2-1 in the first leg of the semi-final on Wednesday. Striker Ian Moffat scored twice, and Rovers manager Colin Dunn praised his defence. "
	runCoordCases(t, []coordCase{
		{name: "the sides meet again",
			text:  sport + "The sides meet again at Kelbury on June 20.",
			count: map[string]int{extract.Meeting: 0}},
		{name: "the two teams meet",
			text:  sport + "The two teams meet in the return leg next Saturday.",
			count: map[string]int{extract.Meeting: 0}},
		// traps
		{name: "both sides in talks outside sports",
			text: "LONDON, June 12 - Health Secretary Graham Lowe met union leader Patricia Venn on Wednesday. Both sides will meet again on Friday, officials said.",
			want: []string{"meeting: Graham Lowe | Patricia Venn"}},
		{name: "named persons in a sports story",
			text: sport + "Dunn met league chairman Alan Reid on Thursday to discuss the stadium.",
			want: []string{"meeting: Colin Dunn | Alan Reid"}},
	})
}

// TestGroupSubjectObject: a name after a group subject that continues
// parties told before ("The two met X") is the group's object, so a later
// "she" looks further back (resolve_description.go, groupSubjectOpens).
// The trap: a sentence that opens with a named subject keeps it.
func TestGroupSubjectObject(t *testing.T) {
	runCoordCases(t, []coordCase{
		{name: "she after the two met X",
			text: "LIMA, June 12 - Ana Soto and Pedro Ruiz arrived in Lima on Monday. The two met Trade Minister Carla Mendez on Tuesday. On Wednesday she flew to Cusco.",
			want: []string{"visit: Ana Soto"}, not: []string{"visit: Carla Mendez"}},
		// trap
		{name: "a named subject stays the subject",
			text: "LIMA, June 12 - Ana Soto and Pedro Ruiz arrived in Lima on Monday. Carla Mendez met them on Tuesday. On Wednesday she flew to Cusco.",
			want: []string{"visit: Carla Mendez"}},
	})
}

var _ = strings.TrimSpace
