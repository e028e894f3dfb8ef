package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestFirstWordShortForm: a one-word person mention that is the first word
// of exactly one fuller name of the story is that person — a surname the
// family-name-first table does not know ("Mr. Okabe" after "Okabe Ren") or
// a bare given name ("Lucia" after "Lucia Ferrante"). Traps: two persons
// share the word, the word is another person's surname, or it names a
// place. Every sentence is our own (resolve.go, matchFirstWord).
func TestFirstWordShortForm(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // the fuller name
		short      string // the one-word mention
		same       bool   // short is an alias of person (else a person of its own or no person)
	}{
		{"a family-first surname with an honorific",
			"Governor Okabe Ren of Shimane met Mayor Dara Quist in Matsue on Monday. Mr. Okabe said the two cities would share flood data.",
			"Okabe Ren", "Mr. Okabe", true},
		{"a family-first surname alone",
			"Shimane Governor Okabe Ren met Dara Quist on Monday. Afterwards, Okabe flew to Seoul.",
			"Okabe Ren", "Okabe", true},
		{"a bare given name",
			"Striker Lucia Ferrante signed a new contract with Verdana City on Tuesday. Lucia scored twice last season.",
			"Lucia Ferrante", "Lucia", true},
		{"two persons share the given name",
			"Tomas Reyes met Tomas Kvist in Oslo on Monday. Tomas said the talks went well.",
			"Tomas Reyes", "Tomas", false},
		{"a given name after Mr is someone else's surname",
			"Howard Brill met Nora Kemp in Leeds on Friday. Mr Howard, the opposition leader, said little afterwards.",
			"Howard Brill", "Mr Howard", false},
		{"a given name after Sir is the knight's",
			"Sir Rupert Vane met Nora Kemp in Leeds on Friday. Sir Rupert said the talks went well.",
			"Rupert Vane", "Sir Rupert", true},
		{"the word is another person's surname",
			"Martin Odell met Clara Martin in Leeds on Friday. Martin said little afterwards.",
			"Martin Odell", "Martin", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "firstword", "2026-03-11", c.text)
			var full *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Person && e.Text == c.person {
					full = &rec.Entities[i]
				}
			}
			if full == nil {
				t.Fatalf("no person %q: %s", c.person, show(rec))
			}
			has := false
			for _, a := range full.Aliases {
				if a == c.short {
					has = true
				}
			}
			if has != c.same {
				t.Fatalf("%q an alias of %q: %v, want %v: %s", c.short, c.person, has, c.same, show(rec))
			}
		})
	}
}

// TestFirstWordShortFormEvent: the event told with the short form has the
// full name as its party, so it is one event with the one told in full.
func TestFirstWordShortFormEvent(t *testing.T) {
	text := "Governor Okabe Ren of Shimane arrived in Busan on Monday. On Tuesday, Okabe met Mayor Dara Quist at the city hall."
	rec := extractText(t, "firstword-event", "2026-03-11", text)
	for _, ev := range rec.Events {
		if ev.Type != extract.Meeting {
			continue
		}
		var names []string
		for _, p := range ev.Participants {
			names = append(names, p.Name)
		}
		if strings.Join(names, "|") != "Okabe Ren|Dara Quist" {
			t.Fatalf("meeting parties %v, want Okabe Ren and Dara Quist: %s", names, show(rec))
		}
		return
	}
	t.Fatalf("no meeting: %s", show(rec))
}

// TestCommaJoinedFields: a ministry named by fields of office with commas
// between them is one organization and one party (titles.tsv domains,
// participants_inside.go); a list of separate organizations with commas
// stays a list. Every sentence is our own.
func TestCommaJoinedFields(t *testing.T) {
	cases := []struct {
		name, text string
		orgs       []string
		parties    []string // of the agreement, when not nil
	}{
		{"arts and media",
			"The Ministry of Arts, Media and Heritage signed a memorandum with the Corvell Film Institute on Monday.",
			[]string{"Ministry of Arts, Media and Heritage", "Corvell Film Institute"},
			[]string{"Ministry of Arts, Media and Heritage", "Corvell Film Institute"}},
		{"peace and reconciliation",
			"The Office of the Adviser on Peace, Reconciliation and Unity opened a branch in Tarlac on Friday.",
			[]string{"Office of the Adviser on Peace, Reconciliation and Unity"}, nil},
		{"the subject of a deal",
			"The Department of Culture, Media and Sport signed an agreement with the Harlow Arts Trust on Monday.",
			[]string{"Department of Culture, Media and Sport", "Harlow Arts Trust"},
			[]string{"Department of Culture, Media and Sport", "Harlow Arts Trust"}},
		{"a list of organizations is no one name",
			"The Ministry of Health, Corvane Pharma and the Red Cross signed an agreement on Monday.",
			[]string{"Ministry of Health", "Corvane Pharma", "Red Cross"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "commafields", "2026-03-11", c.text)
			have := map[string]bool{}
			for _, e := range rec.Entities {
				if e.Type == extract.Organization {
					have[e.Text] = true
				}
			}
			for _, o := range c.orgs {
				if !have[o] {
					t.Fatalf("no organization %q: %s", o, show(rec))
				}
			}
			if c.parties == nil {
				return
			}
			for _, ev := range rec.Events {
				if ev.Type != extract.Agreement {
					continue
				}
				var names []string
				for _, p := range ev.Participants {
					names = append(names, p.Name)
				}
				if strings.Join(names, "|") != strings.Join(c.parties, "|") {
					t.Fatalf("agreement parties %v, want %v: %s", names, c.parties, show(rec))
				}
				return
			}
			t.Fatalf("no agreement: %s", show(rec))
		})
	}
}

// TestHonorificStyles: words of a style of address before an honorific
// ("Most Rev.", "Right Hon.", "Very Rev.") are no part of the name, even
// when a word is also a town's name ("Most" is a Czech town); the person
// after them is found. Trap: "Most" opening an ordinary sentence makes no
// person. Every sentence is our own (entities_style.go, word class
// honoradj).
func TestHonorificStyles(t *testing.T) {
	cases := []struct {
		name, text string
		person     string // "" when no person may be found
	}{
		{"Most Rev.", "The archbishop, Most Rev. Tobias Okorafor-Eze, met the imam on Friday.", "Tobias Okorafor-Eze"},
		{"the Right Hon.", "The Right Hon. Clara Wendover opened the session on Monday.", "Clara Wendover"},
		{"Very Rev.", "The dean, Very Rev. Mark Fenlow, led the service.", "Mark Fenlow"},
		{"Reverend", "Reverend Ada Quill visited the shelter on Monday.", "Ada Quill"},
		{"Most opening a sentence", "Most Delegates left the hall before the vote on Monday.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "styles", "2026-03-11", c.text)
			var persons []string
			for _, e := range rec.Entities {
				if e.Type == extract.Person {
					persons = append(persons, e.Text)
				}
			}
			if c.person == "" {
				if len(persons) > 0 {
					t.Fatalf("persons %v, want none: %s", persons, show(rec))
				}
				return
			}
			if len(persons) != 1 || persons[0] != c.person {
				t.Fatalf("persons %v, want %q: %s", persons, c.person, show(rec))
			}
		})
	}
}

// TestNameParticlesAndStyles: a Catalan "i" between family names stays in
// the name; chiefly, Malay and Thai honorifics written before the given
// name are no part of it and a short form by the given name is the same
// person; a description set off before a name with an honorific is that
// person's ("Malaysia's foreign minister, Datuk Seri X, arrived"). Every
// sentence is our own (chunk_words.tsv, honorifics.tsv, clause.go).
func TestNameParticlesAndStyles(t *testing.T) {
	cases := []struct {
		name, text string
		person     string
		alias      string // "" when none is asked
	}{
		{"Catalan i", "Mayor Pere Vilanova i Serra met Dara Quist in Girona on Monday.", "Pere Vilanova i Serra", ""},
		{"Fijian Ratu", "Ratu Josefa Tuilagi Namosi met Dara Quist in Suva on Monday. Ratu Josefa said the talks went well.", "Josefa Tuilagi Namosi", "Ratu Josefa"},
		{"Malay Datuk Seri", "Datuk Seri Anwar Kamal met Dara Quist in Kuala Lumpur on Monday.", "Anwar Kamal", ""},
		{"Thai Khun", "Khun Malee Srisuk met Dara Quist in Bangkok on Monday.", "Malee Srisuk", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "particles", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Type != extract.Person || e.Text != c.person {
					continue
				}
				if c.alias == "" {
					return
				}
				for _, a := range e.Aliases {
					if a == c.alias {
						return
					}
				}
				t.Fatalf("%q no alias of %q: %s", c.alias, c.person, show(rec))
			}
			t.Fatalf("no person %q: %s", c.person, show(rec))
		})
	}
}

// TestHonorificInApposition: the visitor of "X's foreign minister, Dr. Y,
// arrived in Z" is Y, not the minister an earlier sentence named; the
// same without an honorific is the control.
func TestHonorificInApposition(t *testing.T) {
	for _, name := range []string{"Dr. Tomas Reyna", "Datuk Seri Tomas Reyna", "Tomas Reyna"} {
		t.Run(name, func(t *testing.T) {
			text := "Chile's foreign minister, Ana Soto, spoke first on Thursday.\n\nPeru's foreign minister, " + name + ", arrived in Lima on Wednesday."
			rec := extractText(t, "apposition", "2026-03-11", text)
			for _, ev := range rec.Events {
				if ev.Type == extract.Visit {
					if len(ev.Participants) != 1 || ev.Participants[0].Name != "Tomas Reyna" {
						t.Fatalf("visit parties %v, want Tomas Reyna: %s", ev.Participants, show(rec))
					}
					return
				}
			}
			t.Fatalf("no visit: %s", show(rec))
		})
	}
}
