package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestMeetingFrontedPronoun: a pronoun subject after a fronted phrase
// with no verb of its own ("During the recess he goes north to meet X") is
// the sentence's subject, as an opening pronoun is, and the infinitive of
// purpose shares it.
func TestMeetingFrontedPronoun(t *testing.T) {
	checkPartyRules(t, []partyRuleCase{
		{"a fronted season before the pronoun",
			"Fisheries Minister Halvard Sunde lost the quota vote in parliament on Tuesday. During the summer recess he went to Tromso to meet harbour board chairman Eirik Vang.",
			extract.Meeting, []string{"Halvard Sunde", "Eirik Vang"}, "sentence-subject"},
		{"a fronted span of weeks before the pronoun",
			"Trade envoy Amara Okonjo took up her post in January. Within six weeks she went to Accra to meet Finance Minister Kojo Mensah.",
			extract.Meeting, []string{"Amara Okonjo", "Kojo Mensah"}, "sentence-subject"},
	})
}

// TestMeetingAfterContrastedDenial: a denial reaches the clause it governs,
// not one a contrast word opens after it ("denies that X flew to Kigali
// but confirms X held talks with Y"): the talks stand; with no contrast
// the denial covers them too.
func TestMeetingAfterContrastedDenial(t *testing.T) {
	checkRecall(t, []recallCase{
		{"the talks after the contrast stand",
			"The embassy answered the opposition's questions on Monday. It denies that Ambassador Clara Mbeki travelled to Kigali in March but confirms Mbeki held talks with President Jean Habimana in Nairobi on April 3.",
			extract.Meeting, [][]string{{"Clara Mbeki", "Jean Habimana"}}, nil, "2026-06-10", ""},
		{"a denial with no contrast covers both",
			"The embassy answered the opposition's questions on Monday. It denies that Ambassador Clara Mbeki travelled to Kigali in March or held talks with President Jean Habimana in Nairobi on April 3.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
	})
}

// TestMeetingBareTwoInSentence: "the two" with no noun after it stands for
// the only two persons its own sentence names before it (group rule
// sentence-pair); with three persons named there it stands for none of
// them by this rule.
func TestMeetingBareTwoInSentence(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the meeting's parties; nil: no meeting of two
	}{
		{"two persons before the bare count",
			"Rovers lost the cup final on Sunday. Coach Ivo Petrak denies any rift with captain Luka Soren but says the two met over breakfast in Zagreb on Monday.",
			[]string{"Ivo Petrak", "Luka Soren"}},
		{"three persons before it: no pair to take",
			"Rovers lost the cup final on Sunday. Coach Ivo Petrak denies any rift with captain Luka Soren or striker Marko Vidic but says the two met over breakfast in Zagreb on Monday.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "pair", "2026-06-10", "Sports news\n\n"+c.text)
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
	checkRecall(t, []recallCase{
		{"past a span of time and a topic",
			"The river rose again overnight. Mayor Nils Brekke conferred for most of Friday afternoon about the flood barrier with Environment Minister Sofia Lind.",
			extract.Meeting, [][]string{{"Nils Brekke", "Sofia Lind"}}, nil, "2026-06-10", ""},
		{"negated",
			"The river rose again overnight. Mayor Nils Brekke never conferred for most of Friday afternoon about the flood barrier with Environment Minister Sofia Lind.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with-phrase of another verb",
			"The river rose again overnight. Mayor Nils Brekke discussed plans by the water utility to merge with Lind Pumps.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with-phrase of a dispute",
			"The strike ended last week. Interior Minister Selma Haddad discussed the regional airline's long landing-fee dispute with Norrfly Airlines at a news briefing on Monday.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with-phrase of a rivalry",
			"The by-election is in March. Green leader Hana Petrov discussed her two decades of bitter rivalry with Labour leader Olav Moen on a campaign stop.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with-phrase of an interview",
			"The budget is due next week. Culture Minister Eva Strom discussed the museum grants on Monday in a radio interview with presenter Jon Dahl.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a friendship close after the verb",
			"The festival opens on Friday. At the launch Senator Tomas Reel talked warmly of a thirty-year friendship with Governor Ida Marsh.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"an interview close after the verb",
			"Harvest figures came out on Thursday. Farm Secretary Leon Havel talked on a podcast interview with reporter Nina Sol about yields.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"the row talked over is the object of both sides' talk",
			"The pension law passes in June. Over lunch on Tuesday, Labour Minister Ruth Obi discussed the quarrel with union chief Kwame Asante.",
			extract.Meeting, [][]string{{"Ruth Obi", "Kwame Asante"}}, nil, "2026-06-10", ""},
		{"ties are a topic, not the noun's own with",
			"The harbour treaty lapses in May. Premier Idris Kallas talked about their provinces' fishing ties on Tuesday with Governor Maren Tolle.",
			extract.Meeting, [][]string{{"Idris Kallas", "Maren Tolle"}}, nil, "2026-06-10", ""},
		{"relations are a topic, not the noun's own with",
			"Talks resume in the autumn. Envoy Rafael Ibsen discussed cross-border rail relations for two hours with Transport Secretary Lotte Vik.",
			extract.Meeting, [][]string{{"Rafael Ibsen", "Lotte Vik"}}, nil, "2026-06-10", ""},
	})
}

// TestMeetingSatDown: a bare "sit down" is a meeting only with "with"
// right after it (past "face to face" and the like, class facing) and a
// named party right after "with" (need withnamed). A subject of two
// without "with", or a "with" past a place or an occasion of its own, is
// no meeting.
func TestMeetingSatDown(t *testing.T) {
	checkRecall(t, []recallCase{
		{"three facing words, planned and reported",
			"Governor Ama Owusu will sit down together face to face with opposition chief Kofi Boateng before the budget vote, her office said on Monday.",
			extract.Meeting, [][]string{{"Ama Owusu", "Kofi Boateng"}}, nil, "2026-06-10", ""},
		{"a hyphenated facing word after a fronted place",
			"In a hotel near the airport, pilots' union leader Ines Moreau sat down face-to-face with transport minister Paul Girard late on Tuesday.",
			extract.Meeting, [][]string{{"Ines Moreau", "Paul Girard"}}, nil, "2026-06-10", ""},
		{"one-on-one before the with",
			"Once the floodwater had gone, Mayor Olu Adeyemi sat down one-on-one with state governor Bisi Alade to plan the rebuilding.",
			extract.Meeting, [][]string{{"Olu Adeyemi", "Bisi Alade"}}, nil, "2026-06-10", ""},
		{"a fronted phrase, a pair subject and the infinitive of conferring",
			"After months of silence over the border fence, President Alma Duric and Prime Minister Teo Rask sat down to confer in Sarajevo on Saturday.",
			extract.Meeting, [][]string{{"Alma Duric", "Teo Rask"}}, nil, "2026-06-10", ""},
		{"a planned sit-down to talk, told in reported speech",
			"Next week the chairwoman of Vardar FC, Ilinka Petrova, and manager Goran Stojanov will sit down to talk about his contract, a spokesman said.",
			extract.Meeting, [][]string{{"Ilinka Petrova", "Goran Stojanov"}}, []bool{true}, "2026-06-10", ""},
		{"a pair subject and an infinitive of another verb",
			"With the rain easing, Senator Edda Holm and Mayor Bjorn Lie sat down to watch a youth relay at the stadium.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a pair subject talking to a third side",
			"Once the polls had closed, Governor Ana Melo and Mayor Rui Paz sat down to talk to the waiting reporters in the lobby.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a pair subject talking with the press",
			"Once the count ends, Mayor Maia Tamm and Senator Karl Ots will sit down to talk with journalists at city hall.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a pair subject talking to one another",
			"After a year of feuding in public, Mayor Maia Tamm and Senator Karl Ots sat down to talk to one another in Tartu on Friday.",
			extract.Meeting, [][]string{{"Maia Tamm", "Karl Ots"}}, nil, "2026-06-10", ""},
		{"a pair subject with no with: players on the turf",
			"Rovers drew 1-1 at home. Midfielder Jonas Erlingsen and defender Tariq Mbeki sat down on the turf during the drinks break.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a pair subject with no with: relatives in a pew",
			"Hundreds attended the memorial in Leon. Senator Delia Ruiz and her brother, Tomas Ruiz, sat down in the second pew before the service began.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with past a place of its own",
			"Hundreds attended the concert in Leon. Governor Ines Lamarque sat down beside the organ with choir director Pavel Nowak.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
		{"a with past an occasion of its own",
			"The election is in May. Governor Ines Lamarque sat down for a podcast with host Pavel Nowak on Monday.",
			extract.Meeting, nil, nil, "2026-06-10", ""},
	})
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
