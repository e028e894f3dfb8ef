package extract

import "strings"

// travelVerbTags: a verb of leaving or going back (word classes depart,
// goback: "returns", "leaves"), or of motion before "home" or "back"
// ("heads back"), that opens the second half of a coordination ("... and
// returns to Y on Sunday", "and then leaves for Y") is a verb when a
// place or "home"/"back" follows it. After a plural noun the tagger reads
// "and returns" as a second plural noun, and the trip's end is lost. A
// noun "returns" takes no capitalized place after "to" ("returns to
// investors" stays a noun), and one that heads a subject has a verb of its
// own before the clause ends ("bookings and returns to Y on Monday were
// up": a noun).
func (d *document) travelVerbTags(lx *lexicon) {
	for k := 1; k+1 < len(d.toks); k++ {
		t := d.toks[k]
		if t.cap || !t.word || (t.tag != "NNS" && t.tag != "NN") || !strings.HasSuffix(t.lower, "s") {
			continue
		}
		p := k - 1
		if d.toks[p].lower == "then" && p > 0 {
			p--
		}
		if d.toks[p].lower != "and" || d.toks[p].sent != t.sent {
			continue
		}
		n := d.toks[k+1]
		if n.sent != t.sent {
			continue
		}
		toPlace := (n.lower == "to" || n.lower == "for") && k+2 < len(d.toks) && d.toks[k+2].sent == t.sent && d.toks[k+2].cap && d.toks[k+2].word
		home := lx.is(n.lower, wcReturn)
		switch {
		case lx.is(t.lower, wcDepart, wcGoBack) && (toPlace || home),
			lx.is(t.lower, wcMotion) && home:
			if !d.verbOfItsOwn(lx, k+1) {
				d.toks[k].tag = "VBZ"
			}
		}
	}
}

// verbOfItsOwn: a verb (or a form of "be", a modal) stands from k on
// before the clause ends at a comma, a semicolon, "and", "but" or the
// sentence's end: what comes before it is its subject.
func (d *document) verbOfItsOwn(lx *lexicon, k int) bool {
	sent := d.toks[k].sent
	for ; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || t.lower == "and" || t.lower == "but" {
			return false
		}
		if !t.cap && (strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" || t.tag == "MD" || lx.is(t.lower, wcBe)) {
			return true
		}
	}
	return false
}

// nameAfterToTags: a capitalized word right after a lower-case "to",
// inside a sentence, is a name ("flew to Gdansk", "returns to Riga"):
// English capitalizes no verb there, but the tagger reads an unknown word
// after "to" as an infinitive, and a pass that looks for a verb between
// two words then finds one. A sentence in headline case (half its words
// or more capitalized) keeps its tags: "Mayor to Visit Riga".
func (d *document) nameAfterToTags() {
	for _, s := range d.sent {
		if d.headlineCase(s) {
			continue
		}
		for k := s.t0 + 1; k < s.t1; k++ {
			t := d.toks[k]
			if !t.cap || !t.word || d.toks[k-1].text != "to" || (t.tag != "VB" && t.tag != "VBP") {
				continue
			}
			d.toks[k].tag = "NNP"
		}
	}
}

// headlineCase: half or more of sentence s's words are capitalized.
func (d *document) headlineCase(s sentence) bool {
	words, caps := 0, 0
	for k := s.t0; k < s.t1; k++ {
		if t := d.toks[k]; t.word {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words > 0 && 2*caps >= words
}
