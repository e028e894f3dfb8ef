package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestWireReadings: readings found on wire styles the sets had little of
// (testdata/forms/wires-*): a meeting participle after the people it is
// said of (people-meeting, clause_participle.go), a chair of talks
// between two sides (frames.tsv: chair roles subj|between), and a bare
// or counted plural that names new people, not the last event's parties
// (bare-plural, groups_bare.go; newGroupAt). leaders-nations: "the two
// governments" after two leaders told with their nationalities are those
// countries; demonym-person: "the Vietnamese prime minister" is the
// person the story put the nationality next to ("his Vietnamese
// counterpart X"; participants_demonym.go, and antecedent in events.go for
// "the Pakistani president"). Each case gives the parties
// of every event of its type, joined by "+" and sorted, one event a "|";
// "" when there must be none. Every sentence is our own.
func TestWireReadings(t *testing.T) {
	cases := []struct {
		name, text, typ, want string
	}{
		{"people-meeting: a participle after the ministers of a named body",
			"OSLO, May 20, 2026 - Arctic Council foreign ministers meeting in Tromso on Tuesday backed a plan to map the seabed.",
			extract.Meeting, "Arctic Council"},
		{"people-meeting: an alliance's defence ministers",
			"BRUSSELS, Oct 22, 2026 - NATO defence ministers meeting in Brussels on Thursday backed a plan to double the stocks.",
			extract.Meeting, "NATO"},
		{"trap: a compound noun inside a phrase stays a noun with no party",
			"OSLO, May 20, 2026 - At the shareholders meeting in Bergen on Tuesday, investors backed the plan.",
			extract.Meeting, ""},
		{"chair-between: the chair and the two sides the talks were between",
			"Ana Soto served as Chile's president for a decade. In 2004 she chaired talks in Nairobi between the Ethiopian and Eritrean foreign ministers.",
			extract.Meeting, "Ana Soto+Eritrea+Ethiopia"},
		{"trap: chairing a meeting with no between-phrase is the chair's alone",
			"Defence Minister Ana Soto chaired a session on the eastern flank in Brussels on Thursday.",
			extract.Meeting, "Ana Soto"},
		{"bare-plural: ministers from counted countries are new people",
			"GENEVA, Aug 24, 2026 - Amara Okafor and Samuel Otieno signed a memorandum on Monday. Health ministers from 12 African countries met virtually on Friday to discuss testing.",
			extract.Meeting, ""},
		{"bare-plural: a bare plural subject is no one told before",
			"LIMA, May 20, 2026 - President Ana Soto met President Li Wei on Monday. Health ministers met virtually on Tuesday to discuss testing.",
			extract.Meeting, "Ana Soto+Li Wei"},
		{"demonym-person: the nationality put near a mention names the person",
			"NEW DELHI, May 20, 2026 - Prime Minister Ravi Kumar held talks with his Vietnamese counterpart Pham Van Duc on Wednesday. Pham also met President Savitri Rao. The Vietnamese prime minister will travel to Mumbai on Friday.",
			extract.Visit, "Pham Van Duc"},
		{"trap: the other nationality is the other person",
			"NEW DELHI, May 20, 2026 - Indian Prime Minister Ravi Kumar held talks with his Vietnamese counterpart Pham Van Duc on Wednesday. Pham also met President Savitri Rao. The Indian prime minister will travel to Mumbai on Friday.",
			extract.Visit, "Ravi Kumar"},
		{"leaders-nations: the two governments are the leaders' countries",
			"QUITO, May 20, 2026 - Ecuadorian President Ana Soto and her Colombian counterpart, Li Wei, met in Quito on Monday. Aides said the two governments would sign a security accord in Bogota in June.",
			extract.Agreement, "Colombia+Ecuador"},
		{"trap: one leader's nationality names no two countries",
			"QUITO, May 20, 2026 - Ecuadorian President Ana Soto met President Li Wei in Quito on Monday. Aides said the two governments would sign a security accord in Bogota in June.",
			extract.Agreement, "Ana Soto+Li Wei"},
		{"trap: a definite plural points back at the last event's parties",
			"LIMA, May 20, 2026 - President Ana Soto met President Li Wei on Monday. The two leaders met again in Geneva on Tuesday.",
			extract.Meeting, "Ana Soto+Li Wei|Ana Soto+Li Wei"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "wires", "2026-05-20", c.text)
			if g := eventParties(rec, c.typ); g != c.want {
				t.Fatalf("%s parties %q, want %q; events: %s", c.typ, g, c.want, eventList(rec))
			}
		})
	}
}
