package extract

import "strings"

// City-states. A dateline names a city; "SINGAPORE —", "LUXEMBOURG
// (Reuters) -", "MONACO, June 3" name a country whose capital has the
// country's name, and the story's "here" and its events with no other
// place are in that city. cityState says the entity is such a country:
// the gazetteer has a city of the same name in it.
func (lx *lexicon) cityState(e *entity) bool {
	if e == nil || e.typ != Location {
		return false
	}
	for _, i := range lx.placeNames[strings.ToLower(e.canon)] {
		if p := lx.places[i]; p.kind == "city" && p.country == e.canon && strings.EqualFold(p.name, e.canon) {
			return true
		}
	}
	return false
}
