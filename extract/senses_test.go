package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestTriggerSenses: whether a trigger word tells an event by what follows
// it (senses.go). Each case names the trigger's first word and whether it
// is kept; why a trigger is dropped is checked against the pass's reason.
func TestTriggerSenses(t *testing.T) {
	cases := []struct {
		text, word string
		keep       bool
		why        string // part of the reason when dropped
	}{
		// meeting a thing is meeting a target
		{"Peru is unlikely to meet those targets, an economist said.", "meet", false, "thing"},
		{"Analysts say Peru does not meet World Bank standards for relief.", "meet", false, "thing"},
		{"Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday.", "met", true, ""},
		{"She met da Costa Pereira in Lisbon on Monday.", "met", true, ""},
		{"The minister will meet this week with leaders of the farmers' unions.", "meet", true, ""},
		{"Ana Soto met Monday with Li Wei.", "met", true, ""},
		{"President Ana Soto welcomed Li Wei yesterday.", "welcomed", true, ""},
		{"We hope to meet our friends before the end of the year.", "meet", true, ""},
		{"Senator Tom Reyes met voters in Lima on Monday.", "met", true, ""},
		// a verb that needs a person for its object
		{"The government welcomed Peru's release of two fishermen on Tuesday.", "welcomed", false, "no person"},
		{"President Ana Soto welcomed Kenya's President Samuel Otieno to Lima.", "welcomed", true, ""},
		{"The envoy called on Chile to release the prisoners.", "called", false, "no person"},
		{"Officials briefed on the call said it had been tense.", "briefed", false, "no person"},
		{"The president addressed ambassadors during a receiving ceremony in the palace.", "receiving", false, "no person"},
		{"Tomas Rydell was received by President Ana Soto at the palace on Friday.", "received", true, ""},
		// the press
		{"Governor Tom Reyes, speaking to reporters on Tuesday, said the port would reopen.", "speaking", false, "press"},
		{"Ana Soto met with journalists in Lima on Tuesday.", "met", false, "press"},
		{"Ana Soto spoke to President Li Wei by telephone on Tuesday.", "spoke", true, ""},
		// chairing: a meeting only when what is chaired is one
		{"Senator Mia Holt, who chairs the budget committee, criticised the plan.", "chairs", false, "no meeting"},
		{"Deputy Minister Lars Berg chaired the talks in Oslo on Monday.", "chaired", true, ""},
		{"The talks were co-chaired by Ana Soto and Li Wei.", "co-chaired", true, ""},
		{"Deputy Minister Lars Berg chaired the second round of talks in Oslo.", "chaired", true, ""},
		{"Rosa Lind, chair of the farmers' union, said prices were too low.", "chair", false, ""},
		// a contest is no meeting; a person met around one is
		{"\"We have met them three times this season,\" the Rovers coach said.", "met", false, "sports"},
		{"Harbour City and Rovers meet in the final at the national stadium on Saturday.", "meet", false, "sports"},
		{"Sports Minister Ana Soto met Rovers captain Tom Reyes after the final on Saturday.", "met", true, ""},
		// an attributive participle is an adjective
		{"Omar Haddad, a visiting scholar at the institute, said the risk was growing.", "visiting", false, "adjective"},
		// a body's own session with no named body
		{"A city council meeting on Monday drew hundreds of residents.", "meeting", false, "session"},
		{"Residents crowded into the board of supervisors meeting at city hall.", "meeting", false, "session"},
		{"Mayor Ana Soto speaks during a city council meeting in Lima.", "meeting", true, ""},
		{"The Security Council meeting on Peru ended without a vote.", "meeting", true, ""},
		// deals: the thing bought is no party
		{"Officials urged both governments to buy more aircraft.", "buy", false, "thing"},
		{"Norvik Telecom agreed to buy Harbor Group, its one-time owner, for $2bn.", "buy", true, ""},
		{"The firm was bought by rival Harbor Group last year.", "bought", true, ""},
		// greeting verbs, and the meeting noun that is their occasion
		{"President Ana Soto shakes hands with Li Wei before their meeting in Lima.", "shakes", true, ""},
		{"Premier Li Wei greets Ana Soto on the palace steps before a meeting.", "greets", true, ""},
		{"Premier Li Wei greets Ana Soto on the palace steps before a meeting.", "meeting", false, ""},
		{"Ana Soto greeted the crowd outside the palace.", "greeted", false, "thing"},
		{"They were greeted by cheering crowds in the south, with singer Tom Reyes among them.", "greeted", false, "thing"},
		{"Ana Soto and Li Wei greet Tom Reyes for a meeting at the palace.", "meeting", false, "occasion"},
		// an event noun that modifies the common noun after it names a thing
		{"Cleaners swept the summit hall long after the last delegate had left.", "summit", false, "modifying"},
		{"Volunteers repainted the summit kitchen that the spring floods had damaged.", "summit", false, "modifying"},
		{"Ushers led the two envoys past the meeting room and into a lift.", "meeting", false, "modifying"},
		{"Tom Reyes hosted a summit with Ana Soto on Friday.", "summit", true, ""},
		{"Tom Reyes held a summit yesterday with Ana Soto in Quito.", "summit", true, ""},
		{"A trade visit helps the two ports mend ties.", "visit", true, ""},
		// traps: a noun a finite verb follows is a clause's subject; a
		// noun of time or direction is no head the event noun modifies
		{"All through the summit traffic crawled along the coast road to Faro.", "summit", true, ""},
		{"Mayor Ines Duarte hosted a summit midweek for the valley's water boards.", "summit", true, ""},
		{"Paulo Mendes made a short visit home to Recife after the cup final.", "visit", true, ""},
		// trap: a headline verb prose tags as a noun is no modifier
		{"Kenya and Oman sign fishing deal", "sign", true, ""},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		var why []string
		d.trace = func(format string, args ...any) {
			why = append(why, strings.ToLower(fmt.Sprintf(format, args...)))
		}
		s := d.sent[0]
		kept := false
		for _, tr := range d.triggersIn(d.lx, s) {
			if d.toks[tr.t0].lower == c.word {
				kept = true
			}
		}
		if kept != c.keep {
			t.Errorf("%q: %q kept %v, want %v (trace %q)", c.text, c.word, kept, c.keep, why)
			continue
		}
		if !c.keep && c.why != "" && !strings.Contains(strings.Join(why, " | "), c.why) {
			t.Errorf("%q: %q dropped for %q, want a reason with %q", c.text, c.word, why, c.why)
		}
	}
}

// TestUnnamedSide: a meeting trigger whose other side is unnamed people,
// or whose object is the meeting its subject attends.
func TestUnnamedSide(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"Aid worker Ana Soto meets with residents of a flooded village near Cusco.", "meets", true},
		{"Senator Tom Reyes talked to supporters at a cafe in Lima on Monday.", "talked", true},
		{"Governor Li Wei addresses a packed meeting at a school hall in Hangzhou.", "addresses", true},
		{"Ana Soto met Li Wei in Lima on Monday.", "met", false},
		{"Ana Soto met with officials in Lima on Monday.", "met", true},
	}
	for _, c := range cases {
		d := analysed(t, "2026-06-10", c.text)
		found := false
		for _, tr := range d.triggersIn(d.lx, d.sent[0]) {
			if d.toks[tr.t0].lower == c.word {
				found = true
				if g := d.unnamedSide(tr); g != c.want {
					t.Errorf("%q: %q unnamed side %v, want %v", c.text, c.word, g, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no trigger %q", c.text, c.word)
		}
	}
}

// TestPlaceNotParty: a country that says where or whose is no party.
func TestPlaceNotParty(t *testing.T) {
	cases := []struct {
		text  string
		place string
		not   bool
	}{
		{"Ana Soto attended the summit in Warsaw, Poland, on Monday.", "Poland", true},
		{"Ana Soto attended the summit in Poland on Monday.", "Poland", true},
		{"U.S. President Tom Reyes met Ana Soto on Monday.", "U.S.", true},
		{"Chile's Foreign Minister Ana Soto met Li Wei on Monday.", "Chile", true},
		{"Officials met representatives from Chile, Peru and Bolivia on Monday.", "Peru", false},
		{"Chile and Peru signed a fisheries accord on Monday.", "Chile", false},
		{"Ana Soto held talks with Gulf ministers on Syria in Geneva.", "Syria", true},
		{"Ana Soto held talks with Li Wei over Ukraine on Monday.", "Ukraine", true},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		found := false
		for _, m := range d.mentions {
			if m.typ == Location && d.textOf(m.span) == c.place {
				found = true
				if g := d.placeNotParty(m); g != c.not {
					t.Errorf("%q: %q not a party %v, want %v", c.text, c.place, g, c.not)
				}
			}
		}
		if !found {
			t.Errorf("%q: no place %q among %v", c.text, c.place, d.mentions)
		}
	}
}

// TestLineLabel: "FILE -" opening a photo caption is no acronym; an
// acronym inside the line still is.
func TestLineLabel(t *testing.T) {
	d := analysed(t, "2026-06-10", "Ana Soto met Li Wei on Monday.\nFILE - Ana Soto, right, greets Li Wei at the WTO in Geneva, June 8, 2026.")
	var got []string
	for _, a := range d.acronyms {
		got = append(got, a.short)
	}
	if strings.Join(got, " ") != "WTO" {
		t.Errorf("acronyms %q, want only WTO", got)
	}
}

// TestEncourageIsHope: urging or encouraging parties to hold talks states
// no talks (event_cues.tsv, hope).
func TestEncourageIsHope(t *testing.T) {
	for _, text := range []string{
		"Norway has encouraged Bolivia and Paraguay to reopen their border talks.",
		"The envoy is urging Ana Soto and Li Wei to meet in Lima.",
	} {
		analysed(t, "2026-06-10", text) // builds testX
		rec, err := testX.Extract(context.Background(), Article{ID: "t", Body: text, Published: "2026-06-10T09:00:00Z"})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range rec.Events {
			t.Errorf("%q: event %s %v, want none", text, e.Type, e.Participants)
		}
	}
}

// TestSessionPointedBack: "the meeting" after an unnamed council's session
// is that session, no event with the sentence's other names.
func TestSessionPointedBack(t *testing.T) {
	text := "A city council meeting in Porto on Monday drew hundreds of dock workers.\n" +
		"Many at the heated meeting called for Mayor Rui Costa and Police Chief Ana Lima to resign."
	d := analysed(t, "2026-06-10", text)
	var why []string
	d.trace = func(format string, args ...any) { why = append(why, fmt.Sprintf(format, args...)) }
	for si, s := range d.sent {
		for _, tr := range d.triggersIn(d.lx, s) {
			t.Errorf("sentence %d: trigger %q kept", si, d.textOf(span{tr.t0, tr.t1}))
		}
	}
	if j := strings.Join(why, " | "); !strings.Contains(j, "points back") {
		t.Errorf("trace %q: want the second meeting pointing back", j)
	}
}

// TestOtherOnes: "other officials" flying somewhere is not the last event's
// party flying there.
func TestOtherOnes(t *testing.T) {
	text := "Foreign Minister Ana Soto held a meeting with the European Commission in Brussels on Monday.\n" +
		"Other senior army officers flew to nearby Austria by helicopter."
	analysed(t, "2026-06-10", text)
	rec, err := testX.Extract(context.Background(), Article{ID: "t", Body: text, Published: "2026-06-10T09:00:00Z"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.Events {
		if e.Type == "visit" {
			t.Errorf("visit %v to %q, want none", e.Participants, e.Location)
		}
	}
	if len(rec.Events) != 1 {
		t.Errorf("%d events, want the meeting only", len(rec.Events))
	}
}
