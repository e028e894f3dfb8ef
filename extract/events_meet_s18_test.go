package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestMeetingFrontedPronoun: a pronoun subject after a fronted phrase
// with no verb of its own ("On Wednesday she drives to X to meet Y") is
// the sentence's subject, as an opening pronoun is, and the infinitive of
// purpose shares it.
func TestMeetingFrontedPronoun(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a fronted day before the pronoun",
			"Agriculture Minister Tove Brandsrud opened a dairy fair in Bergen on Monday. On Wednesday she drives to Stavanger to meet the county mayor, Arild Hovda, about ferry subsidies.",
			extract.Meeting, []string{"Tove Brandsrud", "Arild Hovda"}, "sentence-subject"},
		{"a fronted month and year before the pronoun",
			"Deputy Foreign Minister Marta Oyelaran has spent two years on the river dispute. In March 2025 she flew to Maputo to meet Water Minister Tomas Chissano alone.",
			extract.Meeting, []string{"Marta Oyelaran", "Tomas Chissano"}, "sentence-subject"},
	})
}

// TestMeetingAfterContrastedDenial: a denial reaches the clause it governs,
// not one a contrast word opens after it ("denied that X met Y, but said
// X had phoned Y"): the call stands, the denied meeting does not.
func TestMeetingAfterContrastedDenial(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the meeting's parties; nil: no meeting
	}{
		{"the call after the contrast stands",
			"Deputy Mayor Ruth Okafor-Lind faces questions over the tender. Her office denied that Okafor-Lind had met builder Samir Haddou at a golf club in May, but said Okafor-Lind had spoken with Haddou by phone on June 2.",
			[]string{"Ruth Okafor-Lind", "Samir Haddou"}},
		{"a denial with no contrast still covers its sentence",
			"Deputy Mayor Ruth Okafor-Lind faces questions over the tender. Her office denied that Okafor-Lind had met builder Samir Haddou at a golf club in May or spoken with him since.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "deny", "2026-06-10", "City news\n\n"+c.text)
			ms := eventsOf(rec, extract.Meeting)
			if c.want == nil {
				if len(ms) > 0 {
					t.Errorf("%q: denied, yet meetings %s", c.text, eventList(rec))
				}
				return
			}
			if matchEvent(rec, extract.Meeting, c.want) == nil {
				t.Errorf("%q: no meeting of %v: %s", c.text, c.want, eventList(rec))
			}
		})
	}
}

// TestMeetingBareTwoInSentence: "the two" with no noun after it stands for
// the only two persons its own sentence names before it (group rule
// sentence-pair); with three persons named there it stands for none of
// them by this rule.
func TestMeetingBareTwoInSentence(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the call's parties; nil: no call of the three
	}{
		{"a denied meeting, then a call of the same two",
			"Deputy Mayor Ruth Okafor-Lind faces questions over the tender. Her office denied that Okafor-Lind had met builder Samir Haddou at a golf club in May, but said the two had spoken by phone on June 2.",
			[]string{"Ruth Okafor-Lind", "Samir Haddou"}},
		{"three persons before it: no pair to take",
			"Deputy Mayor Ruth Okafor-Lind faces questions over the tender. Her office denied that Okafor-Lind had met builder Samir Haddou or architect Lena Brug at a golf club in May, but said the two had spoken by phone on June 2.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "pair", "2026-06-10", "City news\n\n"+c.text)
			if c.want == nil {
				for _, e := range eventsOf(rec, extract.Meeting) {
					if len(e.Participants) == 2 {
						t.Errorf("%q: the two resolved to %v", c.text, e.Participants)
					}
				}
				return
			}
			if matchEvent(rec, extract.Meeting, c.want) == nil {
				t.Errorf("%q: no meeting of %v: %s", c.text, c.want, eventList(rec))
			}
		})
	}
}

// TestMeetingWithLaterInClause: a verb of talking together finds its
// partner in a "with" phrase later in its own clause, past its adjuncts
// and topic; a "with" that belongs to another verb, or to a noun that
// takes its own (class withnoun: a dispute, a rivalry, an interview), is
// none.
func TestMeetingWithLaterInClause(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the meeting's parties; nil: no meeting
	}{
		{"past a span of time and a topic",
			"The river rose again overnight. Mayor Nils Brekke conferred for most of Friday afternoon about the flood barrier with Environment Minister Sofia Lind.",
			[]string{"Nils Brekke", "Sofia Lind"}},
		{"negated",
			"The river rose again overnight. Mayor Nils Brekke never conferred for most of Friday afternoon about the flood barrier with Environment Minister Sofia Lind.",
			nil},
		{"a with-phrase of another verb",
			"The river rose again overnight. Mayor Nils Brekke discussed plans by the water utility to merge with Lind Pumps.",
			nil},
		{"a with-phrase of a dispute",
			"The strike ended last week. Interior Minister Selma Haddad discussed the regional airline's long landing-fee dispute with Norrfly Airlines at a news briefing on Monday.",
			nil},
		{"a with-phrase of a rivalry",
			"The by-election is in March. Green leader Hana Petrov discussed her two decades of bitter rivalry with Labour leader Olav Moen on a campaign stop.",
			nil},
		{"a with-phrase of an interview",
			"The budget is due next week. Culture Minister Eva Strom discussed the museum grants on Monday in a radio interview with presenter Jon Dahl.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "with", "2026-06-10", "Local news\n\n"+c.text)
			if c.want == nil {
				if ms := eventsOf(rec, extract.Meeting); len(ms) > 0 {
					t.Errorf("%q: meetings %s", c.text, eventList(rec))
				}
				return
			}
			if matchEvent(rec, extract.Meeting, c.want) == nil {
				t.Errorf("%q: no meeting of %v: %s", c.text, c.want, eventList(rec))
			}
		})
	}
}

// TestMeetingSatDown: a bare "sit down" is a meeting only with "with"
// right after it (past "face to face" and the like, class facing) and a
// named party right after "with" (need withnamed). A subject of two
// without "with", or a "with" past a place or an occasion of its own, is
// no meeting.
func TestMeetingSatDown(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the meeting's parties; nil: no meeting
	}{
		{"face to face with a titled person",
			"Nurses walked out again at three hospitals. Health Secretary Maren Solberg sat down face to face with union head Ravi Kulkarni on Thursday.",
			[]string{"Maren Solberg", "Ravi Kulkarni"}},
		{"face-to-face in one word",
			"Nurses walked out again at three hospitals. Health Secretary Maren Solberg sat down face-to-face with union head Ravi Kulkarni on Thursday.",
			[]string{"Maren Solberg", "Ravi Kulkarni"}},
		{"a pair subject with no with: players on the turf",
			"Rovers drew 1-1 at home. Midfielder Jonas Erlingsen and defender Tariq Mbeki sat down on the turf during the drinks break.",
			nil},
		{"a pair subject with no with: relatives in a pew",
			"Hundreds attended the memorial in Leon. Senator Delia Ruiz and her brother, Tomas Ruiz, sat down in the second pew before the service began.",
			nil},
		{"a with past a place of its own",
			"Hundreds attended the concert in Leon. Governor Ines Lamarque sat down at the organ with choir director Pavel Nowak.",
			nil},
		{"a with past an occasion of its own",
			"The election is in May. Governor Ines Lamarque sat down for a podcast with host Pavel Nowak on Monday.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "sat", "2026-06-10", "Local news\n\n"+c.text)
			if c.want == nil {
				if ms := eventsOf(rec, extract.Meeting); len(ms) > 0 {
					t.Errorf("%q: meetings %s", c.text, eventList(rec))
				}
				return
			}
			if matchEvent(rec, extract.Meeting, c.want) == nil {
				t.Errorf("%q: no meeting of %v: %s", c.text, c.want, eventList(rec))
			}
		})
	}
}

// TestMeetingTalkedSeparately: a verb of talking together followed by
// "separately with A and B" is one meeting with each (class separately):
// the subject talked with A and, apart, with B.
func TestMeetingTalkedSeparately(t *testing.T) {
	for _, text := range []string{
		"The reservoir levy goes to a vote on Friday. Commissioner Priya Valtonen talked separately with Mayor Dario Fenwick and farm union chief Olga Strand on Tuesday.",
		"The reservoir levy goes to a vote on Friday. Before the vote, Commissioner Priya Valtonen conferred separately with Mayor Dario Fenwick and farm union chief Olga Strand.",
	} {
		rec := extractText(t, "apart", "2026-06-10", "Water news\n\n"+text)
		for _, want := range [][]string{{"Priya Valtonen", "Dario Fenwick"}, {"Priya Valtonen", "Olga Strand"}} {
			if matchEvent(rec, extract.Meeting, want) == nil {
				t.Errorf("%q: no meeting of %v: %s", text, want, eventList(rec))
			}
		}
	}
}
