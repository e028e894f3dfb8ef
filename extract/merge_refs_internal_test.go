package extract

import "testing"

// wordAt is the token index of the first token of words (lower case) in
// sentence si of d, or -1.
func wordAt(d *document, si int, words ...string) int {
	s := d.sent[si]
	for k := s.t0; k+len(words) <= s.t1; k++ {
		ok := true
		for i, w := range words {
			if d.toks[k+i].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return -1
}

// TestBareReference: a definite or possessive noun trigger that is the
// object of a verb or a preposition, with no phrase of its own after it,
// only points back; a subject, a trigger with its own argument or date,
// and an indefinite one do not. Every sentence is written for this test.
func TestBareReference(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"On Thursday she flew to Oslo to brief officials on the talks.", "talks", true},
		{"Opposition leaders criticised the visit as a waste of money.", "visit", true},
		{"At the end of the trip, the minister spoke to reporters.", "trip", true},
		{"Reporters asked her about their meeting, her aide said.", "meeting", true},
		{"The trip began in Tokyo on Monday.", "trip", false},               // the subject tells its own place
		{"Their next meeting is set for June.", "meeting", false},           // and its own date
		{"She briefed officials on the talks with Mwangi.", "talks", false}, // its own argument
		{"She briefed officials on talks between the two.", "talks", false}, // no determiner
		{"She spoke about the visit on Monday.", "visit", false},            // a date of its own
	}
	for _, c := range cases {
		d, f := nounMention(t, c.text, c.word)
		if got := d.bareReference(f); got != c.want {
			t.Errorf("%q: bareReference(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestOnePhrase: two triggers of one phrase (a verb and the noun that is
// its object, two nouns side by side) are one mention read twice; two
// triggers apart, or one trigger the events pass split (a trip's legs),
// are not. Every sentence is written for this test.
func TestOnePhrase(t *testing.T) {
	type trig struct {
		words []string
		verb  bool
	}
	cases := []struct {
		text string
		a, b trig
		want bool
	}{
		{"Castor Foods signed a memorandum of understanding with Lindqvist Farms.",
			trig{[]string{"signed"}, true}, trig{[]string{"memorandum", "of", "understanding"}, false}, true},
		{"The mayor won them over at a breakfast meeting with Prata.",
			trig{[]string{"breakfast"}, false}, trig{[]string{"meeting"}, false}, true},
		{"The two firms reached a tentative deal on Monday.",
			trig{[]string{"reached"}, true}, trig{[]string{"deal"}, false}, true},
		{"Castor signed a supply deal with Lindqvist and on Wednesday a memorandum with Oberg.",
			trig{[]string{"signed"}, true}, trig{[]string{"memorandum"}, false}, false},
		{"Ito met Sato before the summit.",
			trig{[]string{"met"}, true}, trig{[]string{"summit"}, false}, false},
		{"Ito will travel to Lima and Quito.", // one trigger, two legs
			trig{[]string{"travel", "to"}, true}, trig{[]string{"travel", "to"}, true}, false},
	}
	facts := func(d *document, tr trig) mentionFacts {
		at := wordAt(d, 0, tr.words...)
		if at < 0 {
			t.Fatalf("no %q", tr.words)
		}
		return mentionFacts{set: true, sent: 0, t0: at, n0: at, t1: at + len(tr.words), head: at, verb: tr.verb}
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		a, b := facts(d, c.a), facts(d, c.b)
		for _, order := range [][2]mentionFacts{{a, b}, {b, a}} {
			if got := d.onePhrase(order[0], order[1]); (got != "") != c.want {
				t.Errorf("%q: onePhrase(%v, %v) = %q, want %v", c.text, c.a.words, c.b.words, got, c.want)
			}
		}
	}
	d := analysed(t, "2026-03-02", "Ito signed the accord. The memorandum is short.")
	a := mentionFacts{set: true, sent: 0, t0: wordAt(d, 0, "signed"), t1: wordAt(d, 0, "signed") + 1, verb: true}
	b := mentionFacts{set: true, sent: 1, t0: wordAt(d, 1, "memorandum"), t1: wordAt(d, 1, "memorandum") + 1}
	if got := d.onePhrase(a, b); got != "" {
		t.Errorf("two sentences: onePhrase = %q, want none", got)
	}
}

// TestDescribesTold: a noun phrase that describes the event just told
// ("It was their second meeting", ", their fourth visit since May") is that
// event whatever its ordinal says; a clause that tells another occasion
// ("will hold a second meeting", "A second round is planned") is not one.
// Every sentence is written for this test.
func TestDescribesTold(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"It was their second meeting this year.", "meeting", true},
		{"This is Ito's third visit to Lima since May.", "visit", true},
		{"Ito met Sato in Lima on Monday, their fourth meeting since January.", "meeting", true},
		{"The two will hold a second meeting on Friday.", "meeting", false},
		{"A second meeting is planned for June.", "meeting", false},
		{"Ito met Sato on Monday, and a second meeting followed.", "meeting", false},
		{"It was held after the second meeting of the council.", "meeting", false},
	}
	for _, c := range cases {
		d, f := nounMention(t, c.text, c.word)
		if got := d.describesTold(f); got != c.want {
			t.Errorf("%q: describesTold(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// TestPartyRank: of two readings of one phrase, the one that names a
// person ranks first, then one that names an organization, then the rest.
func TestPartyRank(t *testing.T) {
	cases := []struct {
		ps   []Participant
		want int
	}{
		{[]Participant{{Name: "Chile", Type: Location}, {Name: "Ana Soto", Type: Person}}, 0},
		{[]Participant{{Name: "Castor Foods", Type: Organization}, {Name: "Peru", Type: Location}}, 1},
		{[]Participant{{Name: "Chile", Type: Location}, {Name: "Peru", Type: Location}}, 2},
		{nil, 2},
	}
	for _, c := range cases {
		if got := partyRank(c.ps); got != c.want {
			t.Errorf("partyRank(%v) = %d, want %d", c.ps, got, c.want)
		}
	}
}

// TestPredicateNoun: a noun trigger after a copula, only determiners,
// numbers and adjectives between, says what an event told is ("the talks
// were the second round"); a subject, an object and a noun after a
// preposition tell events of their own (merge.go predicateNoun, read by
// otherOccasion). Every sentence is written for this test.
func TestPredicateNoun(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"The hearings were the fourth round since the strike began.", "round", true},
		{"Monday's session is their third formal meeting this spring.", "meeting", true},
		{"It was an unusually short meeting, aides said.", "meeting", true},
		{"A second round opened in Bergen on Friday.", "round", false},             // the subject
		{"The envoys held a second round on Friday.", "round", false},              // an object
		{"She spoke after the third meeting of the panel.", "meeting", false},      // after a preposition
		{"The quota is the issue for a second meeting in June.", "meeting", false}, // a preposition between
	}
	for _, c := range cases {
		d, f := nounMention(t, c.text, c.word)
		if got := d.predicateNoun(f); got != c.want {
			t.Errorf("%q: predicateNoun(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// nounMention analyses text (published 2026-03-02) and gives the facts of
// a one-word noun mention at word's first place in its first sentence.
func nounMention(t *testing.T, text, word string) (*document, mentionFacts) {
	t.Helper()
	d := analysed(t, "2026-03-02", text)
	at := wordAt(d, 0, word)
	if at < 0 {
		t.Fatalf("%q: no %q", text, word)
	}
	return d, mentionFacts{set: true, sent: 0, t0: at, n0: at, t1: at + 1, head: at}
}
