package extract

import "strings"

// A previous occasion told in passing. "The two leaders last met in Ljubljana in
// October", "had previously held talks in Oslo in 2024": a meeting that
// a distinct cue of event_cues.tsv marks as another occasion than the
// news, on a date of its own that is not the scene's, is background — the
// events told after it ("Also on Saturday, X held a meeting with Y")
// still happen where the news does. (The age test of background-scene
// misses such an occasion when it is only a few months old.)

// previousOccasion: the draft is marked as another occasion and its own
// date neither holds nor is held by the scene's date.
func (r *eventRun) previousOccasion(sc *scene, c *eventDraft) bool {
	if c.future || sc.date == "" || sameOccasionDate(c.ownDate, sc.date) {
		return false
	}
	return r.d.occasionCue(c.mergeFacts(), false) != ""
}

// sameOccasionDate: one date value holds the other ("2026-05" holds
// "2026-05-30"; a range by its start).
func sameOccasionDate(a, b string) bool {
	a, _, _ = strings.Cut(a, "/")
	b, _, _ = strings.Cut(b, "/")
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// occasionPlace: the place of the background occasion told last, for a
// draft dated within it ("paid a state visit to Bishkek in May 2025, when
// he and X agreed ...": the agreement is Bishkek's).
func (r *eventRun) occasionPlace(sc *scene, c *eventDraft) string {
	if sc.pastPlace == "" || c.date == "" || !sameOccasionDate(c.date, sc.pastDate) {
		return ""
	}
	return sc.pastPlace
}
