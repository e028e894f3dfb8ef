package extract

// The merge pass: the same event told several times (same type,
// participants and date: the same stable id) is one event. The first
// mention stays the event's trigger and sentence; every further one is
// kept as evidence, and the event takes the highest confidence any
// mention gave.

// mergeMention folds another mention of the same event into e.
func (e *Event) mergeMention(o Event) {
	if o.Sentence == e.Sentence && o.Trigger == e.Trigger {
		return
	}
	for _, x := range e.Evidence {
		if x.Sentence == o.Sentence && x.Trigger == o.Trigger {
			return
		}
	}
	e.Evidence = append(e.Evidence, Evidence{Trigger: o.Trigger, Sentence: o.Sentence, Confidence: o.Confidence})
	if o.Confidence > e.Confidence {
		e.Confidence = o.Confidence
	}
	if e.Location == "" && o.Location != "" {
		e.Location, e.Lat, e.Lon = o.Location, o.Lat, o.Lon
	}
	if len(o.Explain) > 0 {
		e.Explain = append(e.Explain, "also told by "+o.Trigger+": "+o.Sentence)
	}
}
