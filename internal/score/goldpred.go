package score

// FromGold converts a gold into the record a perfect extractor would print:
// one entity per required gold entry (TITLE entries as TITLE entities with
// their holder, acronyms with their expansion) and one event per required
// gold event. Optional entries are left out. Scoring golds against their own
// conversions must give F1 1 everywhere; anything less is an inconsistent
// gold (two entries sharing a name, two dates with one value, ...).
func FromGold(g Gold) Record {
	r := Record{ID: g.ID, Entities: []Entity{}, Events: []Event{}}
	for _, typ := range EntityTypes {
		for _, e := range g.Entities[typ] {
			switch typ {
			case "TITLE":
				r.Entities = append(r.Entities, Entity{Type: typ, Text: e.Title, Holder: e.Holder})
			case "DATE":
				r.Entities = append(r.Entities, Entity{Type: typ, Text: e.Text, Value: e.Value})
			case "ACRONYM":
				r.Entities = append(r.Entities, Entity{Type: typ, Text: e.Short, Expansion: e.Long})
			default:
				r.Entities = append(r.Entities, Entity{Type: typ, Text: e.Name, Aliases: e.Aliases})
			}
		}
	}
	for _, e := range g.Events {
		ev := Event{Type: e.Type, Date: e.Date, Location: e.Location}
		for _, p := range e.Participants {
			ev.Participants = append(ev.Participants, Participant{Name: p})
		}
		r.Events = append(r.Events, ev)
	}
	return r
}
