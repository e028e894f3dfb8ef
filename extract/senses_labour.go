package extract

// membersBallot (rule "a members' ballot", senses, called from
// senseHolds): a frame that needs a deliberative body ("the council
// voted", frames.tsv need body) tells a meeting of that body; when the
// voters before the verb are people of an organization (word class people:
// "Members of the union voted to accept the offer", "its members voted")
// and no body word (word class body) stands among them, the vote is a
// ballot of the membership, no session: a ballot is no meeting. Only
// verbs: "a session of MPs" stays a session. The
// offer it accepts is still a deal (events_deal_approve.go).
func (d *document) membersBallot(m trigMatch, s sentence) bool {
	if m.needs != "body" || !m.verb {
		return false
	}
	people := false
	for k := m.t0 - 1; k >= s.t0; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || d.lx.is(t.lower, wcClause, wcSubordinate) {
			break
		}
		if d.lx.is(t.lower, wcBody) {
			return false
		}
		if d.lx.is(t.lower, wcPeople) {
			people = true
		}
	}
	return people
}
