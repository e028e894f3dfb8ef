package extract

// Clubs named after their towns (rule club-cue, part of the teams pass):
// in a sports story a name made of a town and a club word — "Kelbury City",
// "Ashdown Rovers", "Real Kelbury" (word classes clubsuffix and clubprefix)
// — is a club, an organization, even where no results line or table stands
// beside it and a place cue ("City", "Town"), the gazetteer or the tagger
// typed it as a place. English news names football, rugby and cricket clubs
// this way; outside sports stories the same shape is a place ("Kansas
// City", "Mexico City"), so the rule reads only a story with two or more
// distinct contest words (word classes sport, sportrole, defeat: "striker",
// "season", "beat", "final") and never a name the gazetteer knows whole as
// a city or country.

// sportsStory: the body holds two or more distinct contest words. The
// body is read once per document (the senses ask for every trigger).
func (d *document) sportsStory(lx *lexicon) bool {
	if d.sports == 0 {
		d.sportsScans++
		d.sports = -1
		if d.countSportWords(lx) {
			d.sports = 1
		}
	}
	return d.sports > 0
}

func (d *document) countSportWords(lx *lexicon) bool {
	seen := map[string]bool{}
	for k := d.bodyTok; k < len(d.toks); k++ {
		l := d.toks[k].lower
		if lx.is(l, wcSport, wcSportRole, wcDefeat) && !seen[l] {
			seen[l] = true
			if len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// clubCueNames: the body's mentions a club word makes a club (rule
// club-cue, see above), as candidates for the teams pass.
func (d *document) clubCueNames(lx *lexicon) []span {
	if !d.sportsStory(lx) {
		return nil
	}
	var out []span
	for _, m := range d.mentions {
		c := m.span
		if c.t0 < d.bodyTok || c.t1-c.t0 < 2 || m.typ == Organization || m.typ == Person {
			continue
		}
		first, last := d.toks[c.t0], d.toks[c.t1-1]
		if !(isCapitalised(last.text) && lx.is(last.lower, wcClubSuffix)) &&
			!(isCapitalised(first.text) && lx.is(first.lower, wcClubPrefix) && isCapitalised(d.toks[c.t0+1].text)) {
			continue
		}
		// a city or country the gazetteer knows whole ("Mexico City",
		// "Vatican City") stays a place
		if n, v := lx.locs.longest(d.toks, c.t0, c.t1); n == c.t1-c.t0 && v >= 0 {
			continue
		}
		if d.trace != nil {
			d.trace("club-cue %q: a club word in a sports story", m.text)
		}
		out = append(out, c)
	}
	return out
}

func isCapitalised(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
