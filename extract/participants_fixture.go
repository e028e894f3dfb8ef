package extract

// A fixture told with a group subject. In a sports story "The sides meet
// again at Riverside Park on March 11" and "the two teams meet in the
// final" are a contest of the teams, no meeting: the group subject (class
// fixtureside: side, team) stands for teams, and a meeting of teams is a
// fixture. A sports story is one with two or more distinct words of the
// classes sport, sportrole and defeat ("semi-final", "striker", "beat":
// sportsStory, teams_clubs.go).
// Outside sports, "both sides will meet again" stays the parties told
// before (resolveArg).

// sidesFixture reports whether the meeting verb's subject is only group
// words of class fixtureside in a sports story.
func (d *document) sidesFixture(c *eventDraft) bool {
	if c.tr.typ != Meeting || !c.tr.verb || len(c.cl.subj) == 0 {
		return false
	}
	for _, a := range c.cl.subj {
		if a.pron == "" || !d.lx.is(d.toks[a.span.t1-1].lower, wcFixtureSide) {
			return false
		}
	}
	return d.sportsStory(d.lx) // teams_clubs.go
}
