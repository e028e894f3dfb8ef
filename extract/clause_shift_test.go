package extract

import "testing"

// TestShiftedObject: a verb's object after its adjuncts of place and time
// (heavy-NP shift), and the traps where what follows the adjuncts is no
// object.
func TestShiftedObject(t *testing.T) {
	cases := []struct {
		text string
		obj  string // the object read; "" for none
	}{
		{"Prime Minister Tomas Varga will receive in Budapest next Tuesday Canada's Minister of International Trade Claire Dubois, whose visit was announced on Friday.", "Claire Dubois"},
		{"Trade Commissioner Oskar Brandt met in Porto Alegre on Friday the state governor, Maria Rossi, and the mayor, Li Wei.", "Maria Rossi+Li Wei"},
		{"The delegation is due to meet in Rabat on Thursday the trade minister, Li Wei.", "Li Wei"},
		{"Governor Ada Eze welcomed at Government House yesterday a delegation of Korean investors led by Park Min-ho.", "~delegation"},
		{"President Ana Soto hosted on Monday Peruvian Foreign Minister Li Wei.", "Li Wei"},
		{"The mayor welcomed to Lima on Monday the Peruvian trade minister, Li Wei.", "Li Wei"},
		// traps: a comma, an infinitive, a clause word or a thing after the adjuncts
		{"Ana Soto and Li Wei met in Geneva on Monday, officials said.", ""},
		{"Ana Soto and Li Wei met in Geneva on Monday to discuss the border.", ""},
		{"Ana Soto and Li Wei met in Geneva on Monday and agreed to talk again.", ""},
		{"Ana Soto received in Geneva on Monday an award for her work on refugees.", ""},
		{"The two ministers met at the foreign ministry on Monday for three hours.", ""},
		{"Ana Soto met in Geneva on Monday.", ""},
		{"Trade Minister Ana Soto met in Quito on Friday Ecuadorean officials said, though neither side gave details.", ""},
		{"President Li Wei received in Hanoi on Tuesday Laotian Prime Minister Oskar Brandt told reporters, adding that trade was discussed.", ""},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		s := d.sent[len(d.sent)-1]
		trigs := d.triggersIn(d.lx, s)
		if len(trigs) == 0 {
			if c.obj != "" {
				t.Errorf("%q: no trigger", c.text)
			}
			continue
		}
		cl := d.readClause(trigs[0], s)
		if g := argNames(cl.obj); g != c.obj {
			t.Errorf("%q: object %q, want %q", c.text, g, c.obj)
		}
	}
}

// TestNamesAfterDescription: a subject told as a description of people
// with their names in an appositive is the names; traps: a description of
// one person, a list of names with no description, a place list.
func TestNamesAfterDescription(t *testing.T) {
	cases := []struct{ text, subj string }{
		{"Two of the region's trade ministers, Kenya's Amos Njoroge and Tanzania's Rehema Mushi, are expected to meet in Arusha later this month.", "Amos Njoroge+Rehema Mushi"},
		{"The two negotiators, Joost Verhagen and Ilse de Rooij, met in Rotterdam on Thursday.", "Joost Verhagen+Ilse de Rooij"},
		{"The three premiers, Lorne Halvorsen, Denise Arcand and Curtis Ebbett, met in Regina on Thursday.", "Lorne Halvorsen+Denise Arcand+Curtis Ebbett"},
		{"Their foreign ministers, Foreign Minister Ana Soto and Foreign Secretary Li Wei, will meet in Lima.", "Ana Soto+Li Wei"},
		// traps
		{"Ana Soto, Li Wei and Oskar Brandt met in Lima.", "Ana Soto+Li Wei+Oskar Brandt"},
		{"Her Peruvian counterpart, Li Wei, met Ana Soto in Lima.", "Li Wei"},
		{"The ministers, from Peru and Chile, met in Lima.", "~ministers"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-10", c.text)
		s := d.sent[len(d.sent)-1]
		trigs := d.triggersIn(d.lx, s)
		if len(trigs) == 0 {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		cl := d.readClause(trigs[0], s)
		if g := argNames(cl.subj); g != c.subj {
			t.Errorf("%q: subject %q, want %q", c.text, g, c.subj)
		}
	}
}
