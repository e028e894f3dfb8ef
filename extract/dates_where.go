package extract

// whereClauseClosed (reading where-closed): trigger tr stands in a
// relative clause opened by ", where" after a place, and a comma with a
// coordinator (", and": word class coordinator) closes that clause before token k (a
// comma of an apposition, ", Y's finance minister, on Friday", does not): a date at k or after belongs to the main
// clause's next conjunct ("stops in X on Friday, where she meets Y, and in
// Z on Monday": the talks are Friday's, not Monday's). The day the place
// carries before "where" stays a candidate.
func (d *document) whereClauseClosed(tr trigMatch, k int) bool {
	if tr.t0 <= 0 || tr.t0 >= len(d.toks) {
		return false
	}
	sent := d.toks[tr.t0].sent
	open := -1
	for j := tr.t0 - 1; j > 0 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if t.text == "," || t.text == ";" {
			return false
		}
		if t.lower == "where" {
			if d.toks[j-1].text == "," {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := tr.t1; j+1 < k && j+1 < len(d.toks); j++ {
		if (d.toks[j].text == "," || d.toks[j].text == ";") && d.lx.is(d.toks[j+1].lower, wcCoordinator) {
			return true
		}
	}
	return false
}
