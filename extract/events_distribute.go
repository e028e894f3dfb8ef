package extract

// Distributed objects (coordination): a meeting verb whose coordinated
// objects each carry their own date or place tells one meeting per
// object, each with the subject and its own date and place —
//
//	"She met the premier at the chancellery on Monday and the opposition
//	 leader the following day"        two meetings, Tuesday and Wednesday
//	"met A in Nairobi on Monday and B in Kampala on Thursday"
//	"met A and B separately"          two meetings (class separately)
//
// while "met A and B at the ministry on Tuesday" (one date and place for
// the whole coordination) stays one meeting. Rule name in --explain:
// distributed-objects.

// conjunctSeg is one object of a distributed coordination: the party it
// names and the span its own date and place stand in.
type conjunctSeg struct {
	name  string
	attrs span
}

// distributedObjects returns the object conjuncts of a meeting verb when
// each one carries its own date or place (or a word of class separately
// follows them); nil when the objects share one occasion.
func (d *document) distributedObjects(c *eventDraft) []conjunctSeg {
	tr := c.tr
	if !tr.verb || tr.typ != Meeting || len(c.parts) < 2 {
		return nil
	}
	end := c.s.t1
	for k := tr.t1; k < end; k++ {
		if d.toks[k].text == ";" {
			end = k
		}
	}
	// the objects: the persons among the parties named after the trigger,
	// each joined to the one before by "and" or a comma with no verb
	// between (a new clause's subject is no object)
	var objs []mention
	var names []string
	for _, m := range d.mentionsIn(span{tr.t1, end}) {
		if m.typ != Person {
			continue
		}
		e := d.entityOf(m)
		if e == nil || contains(names, e.canon) || len(objs) == 0 && !contains(c.parts, e.canon) {
			continue // the first object is a party the rules found; a later one may be new ("met A in X on Monday and B in Y on Thursday")
		}
		if len(objs) > 0 && d.verbBetween(objs[len(objs)-1].span.t1, m.span.t0) {
			break
		}
		objs = append(objs, m)
		names = append(names, e.canon)
	}
	subjects := 0
	for _, p := range c.parts {
		if !contains(names, p) {
			subjects++
		}
	}
	if len(objs) < 2 || subjects == 0 {
		return nil // the subject side must stay
	}
	if d.separatelyAfter(tr, objs[len(objs)-1], end) {
		for _, n := range names {
			if !contains(c.parts, n) {
				return nil // "separately" joins objects the rules read
			}
		}
		var out []conjunctSeg
		for _, n := range names {
			out = append(out, conjunctSeg{name: n, attrs: c.attrs})
		}
		return out
	}
	// each object's own date or place: the boundary before the next
	// object is an "and" or comma after an attribute of this one
	var bounds []int
	for i := 0; i+1 < len(objs); i++ {
		b := -1
		for k := objs[i+1].span.t0 - 1; k >= objs[i].span.t1 && k >= objs[i+1].span.t0-12; k-- {
			if l := d.toks[k].lower; l == "and" || l == "," {
				b = k
				if l == "and" {
					break
				}
			}
		}
		if b < 0 || !d.attributeIn(objs[i].span.t1, b) || d.verbBetween(b, objs[i+1].span.t0) {
			return nil
		}
		bounds = append(bounds, b)
	}
	last := objs[len(objs)-1]
	at := d.attributeAfter(last.span.t1, end)
	if at < 0 {
		return nil
	}
	segEnd := c.attrs.t1
	if at >= segEnd {
		segEnd = end
	}
	var out []conjunctSeg
	from := c.attrs.t0
	for i, n := range names {
		to := segEnd
		if i < len(bounds) {
			to = bounds[i]
		}
		out = append(out, conjunctSeg{name: n, attrs: span{from, to}})
		if i < len(bounds) {
			from = bounds[i]
		}
	}
	return out
}

// separatelyAfter: a word of class separately right after the trigger
// ("met separately with A and B") or within three words after the last
// object ("met A and B separately").
func (d *document) separatelyAfter(tr trigMatch, last mention, end int) bool {
	for k := tr.t1; k < end && k <= tr.t1+1; k++ {
		if d.lx.is(d.toks[k].lower, wcSeparately) {
			return true
		}
	}
	for k := last.span.t1; k < end && k < last.span.t1+3; k++ {
		if d.lx.is(d.toks[k].lower, wcSeparately) {
			return true
		}
	}
	return false
}

// attributeIn: a date, or a place after "in" or "at", stands in [from, to)
// with no verb of its own before it.
func (d *document) attributeIn(from, to int) bool {
	if d.verbBetween(from, to) {
		return false
	}
	for k := from; k < to; k++ {
		if d.dateStartsAt(k) || d.placePhraseAt(k, to) {
			return true
		}
	}
	return false
}

// attributeAfter: the first date, or place after "in" or "at", after the
// last object up to end, past a comma-set relative clause ("and B, who
// claims the count was falsified, the next day"); -1 when a verb of another
// clause or the end comes first.
func (d *document) attributeAfter(from, end int) int {
	aside := false
	for k := from; k < end; k++ {
		t := d.toks[k]
		switch {
		case t.text == "," && k+1 < end && d.lx.is(d.toks[k+1].lower, wcRelative):
			aside = true
		case aside && t.text == ",":
			aside = false
		case aside:
		case d.dateStartsAt(k) || d.placePhraseAt(k, end):
			return k
		case finiteTag(t.tag) || t.text == "." || t.lower == "and" || t.lower == "but":
			return -1
		}
	}
	return -1
}

// placePhraseAt: "in" or "at" at token k before a capitalized name
// ("in Kampala", "at State House", "at the Ponta Vermelha palace").
func (d *document) placePhraseAt(k, end int) bool {
	if l := d.toks[k].lower; l != "in" && l != "at" {
		return false
	}
	j := k + 1
	if j < end && d.toks[j].lower == "the" {
		j++
	}
	return j < end && d.toks[j].cap && d.toks[j].word
}

// distribute makes one draft per distributed object (distributedObjects),
// each with the subject side, its own object, and its own span for date
// and place; the draft itself when its objects share one occasion.
func (r *eventRun) distribute(c *eventDraft) []*eventDraft {
	segs := r.d.distributedObjects(c)
	if len(segs) < 2 {
		return []*eventDraft{c}
	}
	r.d.tracef("S%d %s %q: one meeting per object %v", c.si, c.tr.typ, r.d.textOf(span{c.tr.t0, c.tr.t1}), segs)
	objs := map[string]bool{}
	for _, sg := range segs {
		objs[sg.name] = true
	}
	var out []*eventDraft
	for _, sg := range segs {
		one := *c
		one.parts, one.persons = nil, nil
		for _, p := range c.parts {
			if !objs[p] {
				one.parts = append(one.parts, p)
			}
		}
		for _, p := range c.persons {
			if !objs[p] {
				one.persons = append(one.persons, p)
			}
		}
		one.parts = append(one.parts, sg.name)
		one.persons = append(one.persons, sg.name)
		one.attrs = sg.attrs
		// the clause's own phrases: those before the trigger and those of
		// this object's span
		one.cl.pp = map[string][]arg{}
		for k, as := range c.cl.pp {
			for _, a := range as {
				if a.span.t1 <= c.tr.t0 || a.span.t0 >= sg.attrs.t0 && a.span.t0 < sg.attrs.t1 {
					one.cl.pp[k] = append(one.cl.pp[k], a)
				}
			}
		}
		one.vias = append(append([]string(nil), c.vias...), "one meeting per object with its own date or place (distributed-objects)")
		out = append(out, &one)
	}
	return out
}

// finiteTag: a finite or base verb's tag (a reporting verb too: "and B
// said on Wednesday" opens a clause of its own).
func finiteTag(tag string) bool {
	return tag == "VB" || tag == "VBD" || tag == "VBP" || tag == "VBZ"
}
