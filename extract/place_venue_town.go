package extract

// The town of a building. A venue (place.go, venues.tsv) is where one event
// was held; the news places in the town the building stands in. Two claims
// about news:
//
//   - a place no gazetteer knows that the story only names after "at the"
//     (class buildingat: a hotel, a hall or an embassy told by its name
//     alone) is a building, not a town: in a story with a dateline city,
//     that city stands for it for a meeting or an agreement, as it stands
//     for the venues the venue rule reads (buildingPlace,
//     datelineBuilding). "In the" names regions as often (a desert, a
//     mining belt), and a visit is a trip away from where the story was
//     filed: neither takes the dateline's city;
//   - an event the story tells later with no place of its own inherits the
//     town, not the building: talks on the sidelines of a conference are
//     held in its town, not necessarily in the hall where it sat. The town
//     is the dateline's city, else the one place the story gave what
//     happened (storyPlaces), as storyPlace reads it (venueTown).

// buildingPlace: p is a LOCATION the geocoder gave no kind whose every
// mention follows "the" after a word of class buildingat.
func (d *document) buildingPlace(p string) bool {
	e := d.byCanon[p]
	if e == nil || e.typ != Location || e.kind != "" {
		return false
	}
	spans := d.entityMentions()[e]
	if len(spans) == 0 {
		return false
	}
	for _, s := range spans {
		i := s.t0
		if i < 2 || d.toks[i-1].lower != "the" || !d.lx.is(d.toks[i-2].lower, wcBuildingAt) {
			return false
		}
	}
	return true
}

// datelineBuilding returns the dateline's city for the own place of a
// meeting or an agreement (typ) that is a building (buildingPlace), else
// the place unchanged: a visit goes away from the dateline's city.
func (d *document) datelineBuilding(p, typ string) string {
	if p == "" || typ == Visit || !d.buildingPlace(p) {
		return p
	}
	if city := d.datelinePlace(); city != "" {
		d.tracef("place: %q is a building; the dateline's city %q stands for it (rule building-town)", p, city)
		return city
	}
	return p
}

// venueTown returns the town a venue the scene holds stands in, for an
// event that inherits it; any other place unchanged, and a venue whose
// town the story does not tell too.
func (r *eventRun) venueTown(p string) string {
	if p == "" || !r.venues[p] && !r.d.buildingPlace(p) {
		return p
	}
	if city := r.d.datelinePlace(); city != "" {
		return city
	}
	town := ""
	for _, q := range r.storyPlaces {
		if r.venues[q] || r.d.buildingPlace(q) {
			continue
		}
		switch {
		case town == "":
			town = q
		case q == town || r.d.placeIn(town, q):
			// the country of the town told before
		case r.d.placeIn(q, town):
			town = q // a town of the country told before
		default:
			return p // two places: the story does not say which
		}
	}
	if e := r.d.byCanon[town]; e == nil || e.kind != "city" {
		return p // a country or region is no town for a building
	}
	r.d.tracef("place: the venue %q lies in the story's place %q (rule venue-town)", p, town)
	return town
}
