package extract

// Round-ups: one article that holds several briefs, each a story of its
// own opened by a dateline of its own at the start of a paragraph
// ("NAIROBI — ...", "ANKARA, Turkey — ...", "OSLO -- ..."). Nothing in a
// brief points back into the brief before it: a pronoun or a description
// ("he", "the deputy prime minister") is a person of its own brief, the
// last event, the scene and the story's focal person start again, so
// "Vietnam's deputy prime minister will visit Laos" is nobody named in
// the Kenyan brief above it, and a meeting in Baku does not inherit Laos.
// An article with fewer than two such paragraphs is no round-up.

// briefPlaceWords: how many capitalized place words a brief's dateline may
// have before its dash or its comma ("SAN JOSE", "ST. JOHN'S").
const briefPlaceWords = 3

// briefRegionWords: how many words may follow the comma ("ANKARA, Turkey",
// "PORT MORESBY, Papua New Guinea").
const briefRegionWords = 3

// findBriefs returns the first sentences of a round-up's briefs, in order,
// or nil when the article is no round-up.
func (d *document) findBriefs() []int {
	var out []int
	for si, s := range d.sent {
		if s.t0 < d.bodyTok || !d.toks[s.t0].para {
			continue
		}
		if _, ok := d.briefDateline(s); ok {
			out = append(out, si)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// briefDateline: sentence s opens with place words in capitals, an
// optional ", Region", and a dash; it returns those words up to the dash,
// which stand for the article's dateline while the brief is read (its
// city places what happened there: "NAIROBI — X met Y").
func (d *document) briefDateline(s sentence) (span, bool) {
	toks := d.toks
	k := s.t0
	for k < s.t1 && k-s.t0 < briefPlaceWords && toks[k].upper {
		k++
	}
	if k == s.t0 || k >= s.t1 || !d.briefPlace(s.t0, k) {
		return span{}, false
	}
	if toks[k].text == "," {
		j := k + 1
		for j < s.t1 && j-k-1 < briefRegionWords && toks[j].cap && toks[j].word {
			j++
		}
		if j == k+1 {
			return span{}, false
		}
		k = j
	}
	if k >= s.t1 {
		return span{}, false
	}
	switch toks[k].text {
	case "—", "–", "--", "-":
		return span{s.t0, k}, k+1 < s.t1
	}
	return span{}, false
}

// briefPlace: the capitals from t0 to t1 name a place (a place mention
// starts there, or the gazetteer holds them whole), so that a line label
// ("UPDATE —", "FILE —", "BREAKING —" in a live blog) opens no brief.
func (d *document) briefPlace(t0, t1 int) bool {
	if d.placeAt(t0) {
		return true
	}
	n, v := d.lx.locs.longest(d.toks, t0, t1)
	return v >= 0 && n == t1-t0
}

// briefFloor returns the first sentence of the brief that sentence si
// stands in, or 0 when the article is no round-up (or si stands before
// its first brief).
func (d *document) briefFloor(si int) int {
	floor := 0
	for _, b := range d.briefs {
		if b > si {
			break
		}
		floor = b
	}
	return floor
}

// briefTok returns the first token of the brief that token at stands in,
// or 0.
func (d *document) briefTok(at int) int {
	if len(d.briefs) == 0 || at >= len(d.toks) {
		return 0
	}
	return d.sent[d.briefFloor(d.toks[at].sent)].t0
}

// otherBrief: e is named nowhere in the brief of token at before at, in
// a round-up (a description or pronoun at at cannot mean it).
func (d *document) otherBrief(e *entity, at int) bool {
	if len(d.briefs) == 0 {
		return false
	}
	for _, m := range d.mentionsIn(span{d.briefTok(at), at}) {
		if d.entityOf(m) == e {
			return false
		}
	}
	return true
}

// newBrief starts the story's context again at a brief's first sentence:
// the last event, the scene and plan, the story's places and date, its
// focal person (the most mentioned person of the brief) and its dateline
// (the brief's own; findEvents gives the article's back at its end).
func (r *eventRun) newBrief(si int) {
	d := r.d
	r.ctx = eventCtx{lastSent: -10}
	r.storyPlaces = nil
	end := len(d.toks)
	for _, b := range d.briefs {
		if b > si {
			end = d.sent[b].t0
			break
		}
	}
	counts := map[*entity]int{}
	r.focal = nil
	for _, m := range d.mentionsIn(span{d.sent[si].t0, end}) {
		if m.typ != Person {
			continue
		}
		if e := d.entityOf(m); e != nil {
			counts[e]++
			if r.focal == nil || counts[e] > counts[r.focal] {
				r.focal = e
			}
		}
	}
	r.companions = d.companions(r.focal)
	var order []int
	for k := si; k < len(d.sent) && d.sent[k].t0 < end; k++ {
		order = append(order, k)
	}
	r.storyDate = d.ledeDate(order)
	d.dateline, _ = d.briefDateline(d.sent[si]) // a brief's first sentence has one (findBriefs)
}
