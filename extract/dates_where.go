package extract

import "strings"

// whereClauseClosed (reading where-closed): trigger tr stands in a
// relative clause opened by ", where" (word class locrelative), and a
// comma with a coordinator (", and": class coordinator) closes that clause
// before token k: a date at k or after belongs to the main clause's next
// conjunct ("stops in X on Friday, where she meets Y, and in Z on Monday":
// the talks are Friday's, not Monday's). The clause closes only when the
// conjunct after ", and" opens like one of the main clause's: with a
// preposition of place (classes locative, goalprep, destprep), perhaps
// after an itinerary word ("and then to Z"), a verb or a place. A comma of
// an apposition (", Y's finance minister, on Friday") or of a list ("met
// A, B, and C on Tuesday") closes nothing. The day the place carries
// before "where" stays a candidate.
func (d *document) whereClauseClosed(tr trigMatch, k int) bool {
	if tr.t0 <= 0 || tr.t0 >= len(d.toks) {
		return false
	}
	sent := d.toks[tr.t0].sent
	open := -1
	for j := tr.t0 - 1; j > 0 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if t.text == "," || d.lx.is(t.lower, wcClause) {
			return false
		}
		if d.lx.is(t.lower, wcLocRelative) {
			if d.toks[j-1].text == "," {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := tr.t1; j+2 < k && j+2 < len(d.toks); j++ {
		if d.toks[j].text == "," && d.lx.is(d.toks[j+1].lower, wcCoordinator) && d.opensConjunct(j+2, k) && !d.serialItemBefore(j) {
			return true
		}
	}
	return false
}

// opensConjunct: the words from j on (before k) open a conjunct of a main
// clause, not another item of a list: a preposition of place, perhaps
// after an itinerary word, a finite verb or a modal, or a place mention.
func (d *document) opensConjunct(j, k int) bool {
	if j+1 < k && d.lx.is(d.toks[j].lower, wcItinerary) && !d.toks[j].cap {
		j++
	}
	t := d.toks[j]
	switch {
	case t.cap && d.placeAt(j):
		return true
	case t.cap:
		return false
	case d.lx.is(t.lower, wcLocative, wcGoalPrep, wcDestPrep):
		return true
	case t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN":
		return true
	}
	return false
}

// serialItemBefore: the comma at j ends an item of a serial list of
// names: a capitalized name opens what follows ", and", a
// capitalized run ends right before j, a comma stands right before that
// run and a capitalized word right before that comma ("to Linz, Graz, and
// Villach": the ", and" at j opens the list's last item, not a conjunct of
// the main clause). An apposition is no list: its head before the first
// comma is a common noun ("its mayor, Ana Ruiz, and in Tarbes"), and a
// conjunct opening with a preposition is no list item.
func (d *document) serialItemBefore(j int) bool {
	sent := d.toks[j].sent
	if j+2 >= len(d.toks) || d.toks[j+2].sent != sent || !d.toks[j+2].cap || !d.toks[j+2].word {
		return false
	}
	b := j - 1
	if b < 1 || !d.toks[b].cap || !d.toks[b].word {
		return false
	}
	for b > 0 && d.toks[b-1].cap && d.toks[b-1].word && d.toks[b-1].sent == sent {
		b--
	}
	if b < 2 || d.toks[b-1].text != "," || d.toks[b-1].sent != sent {
		return false
	}
	head := d.toks[b-2]
	return head.sent == sent && head.cap && head.word
}
