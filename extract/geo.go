package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// This file is the geocoding pass: it gives each LOCATION entity the
// coordinates, GeoNames id and country code of the gazetteer place it
// names, when the article says which place that is. A name that several
// places share (Georgia the country and the US state) takes the one the
// article's other places point to, and none when they do not; a name
// qualified by a place of another country ("Paris, Texas") takes none.

// placeGeo is one row of geo.tsv.
type placeGeo struct {
	cc       string // ISO 3166-1 alpha-2
	geonames int64  // 0 when the sources give none
	lat, lon float64
}

// knownPlace: name is a city, region or country of the gazetteer.
func (lx *lexicon) knownPlace(name string) bool {
	for _, i := range lx.placeNames[strings.ToLower(name)] {
		switch lx.places[i].kind {
		case "city", "region", "country":
			return true
		}
	}
	return false
}

// countryName: name is a country of the gazetteer.
func (lx *lexicon) countryName(name string) bool {
	for _, i := range lx.placeNames[strings.ToLower(name)] {
		if lx.places[i].kind == "country" {
			return true
		}
	}
	return false
}

// namePlace indexes a place under one of its names.
func (lx *lexicon) namePlace(name string, i int) {
	k := strings.ToLower(name)
	for _, j := range lx.placeNames[k] {
		if j == i {
			return
		}
	}
	lx.placeNames[k] = append(lx.placeNames[k], i)
}

// loadGeo attaches one geo.tsv row (name, kind, country, country_code,
// geonames_id, lat, lon) to the locations.tsv place of the same name, kind
// and country. A row naming no such place is an error: geo.tsv only
// locates places the gazetteer has.
func (lx *lexicon) loadGeo(r row) error {
	lat, err := strconv.ParseFloat(r.col(5), 64)
	if err != nil || lat < -90 || lat > 90 {
		return fmt.Errorf("lat %q: want decimal degrees in [-90, 90]", r.col(5))
	}
	lon, err := strconv.ParseFloat(r.col(6), 64)
	if err != nil || lon < -180 || lon > 180 {
		return fmt.Errorf("lon %q: want decimal degrees in [-180, 180]", r.col(6))
	}
	cc := r.col(3)
	if len(cc) != 2 || strings.ToUpper(cc) != cc {
		return fmt.Errorf("country_code %q: want ISO 3166-1 alpha-2 (two capital letters)", cc)
	}
	g := &placeGeo{cc: cc, lat: lat, lon: lon}
	if s := r.col(4); s != "" {
		if g.geonames, err = strconv.ParseInt(s, 10, 64); err != nil || g.geonames <= 0 {
			return fmt.Errorf("geonames_id %q: want a positive integer", s)
		}
	}
	for _, i := range lx.placeNames[strings.ToLower(r.col(0))] {
		p := &lx.places[i]
		if p.name == r.col(0) && p.kind == r.col(1) && p.country == r.col(2) {
			p.geo = g
			return nil
		}
	}
	return fmt.Errorf("no place %q (%s, %s) in locations.tsv", r.col(0), r.col(1), r.col(2))
}

// geoRule is one step of the geocoding cascade; a trace reports which one
// decided each LOCATION entity.
type geoRule struct {
	name string
	// pick returns the place chosen among the candidates (an index into
	// cands), -1 for "no coordinates", or -2 to pass to the next rule.
	pick func(d *document, e *entity, cands []int, ctx geoContext) int
}

// geoContext is what the rules read about the rest of the article.
type geoContext struct {
	// countries named by the article's unambiguous places, with counts.
	countries map[string]int
	// qualifiers: for each entity, the countries of the places written
	// right after one of its mentions ("Paris, Texas": United States).
	qualifiers map[*entity][]string
}

// geoRules is the cascade, in order.
var geoRules = []geoRule{
	{"no-candidate", func(d *document, e *entity, cands []int, _ geoContext) int {
		if len(cands) == 0 {
			return -1
		}
		return -2
	}},
	{"qualified", func(d *document, e *entity, cands []int, ctx geoContext) int {
		// "Paris, Texas" / "Georgia, USA": the qualifier's country decides;
		// a qualifier no candidate matches leaves the place unlocated.
		qs := ctx.qualifiers[e]
		if len(qs) == 0 {
			return -2
		}
		pick := -1
		for i, c := range cands {
			p := d.lx.places[c]
			for _, q := range qs {
				if p.country == q && p.kind != "country" {
					if pick >= 0 && pick != i {
						return -1
					}
					pick = i
				}
			}
		}
		return pick
	}},
	{"only-place", func(d *document, e *entity, cands []int, _ geoContext) int {
		if len(cands) == 1 {
			return 0
		}
		return -2
	}},
	{"city-over-region", func(d *document, e *entity, cands []int, _ geoContext) int {
		// One country, a city and a region of one name ("Washington",
		// "New York"): news means the city.
		if len(placeCountries(d.lx, cands)) != 1 {
			return -2
		}
		city := -1
		for i, c := range cands {
			if d.lx.places[c].kind == "city" {
				if city >= 0 {
					return -2
				}
				city = i
			}
		}
		if city < 0 {
			return -2
		}
		return city
	}},
	{"article-country", func(d *document, e *entity, cands []int, ctx geoContext) int {
		// Several places share the name: the one in the country the
		// article's other places are in; none on a tie.
		best, bestN, tie := -1, 0, false
		for i, c := range cands {
			n := ctx.countries[d.lx.places[c].country]
			switch {
			case n > bestN:
				best, bestN, tie = i, n, false
			case n == bestN && n > 0:
				tie = true
			}
		}
		if tie {
			return -1
		}
		return best
	}},
}

// geocode runs the cascade for every LOCATION entity.
func (d *document) geocode() {
	ctx := geoContext{countries: map[string]int{}, qualifiers: map[*entity][]string{}}
	cands := map[*entity][]int{}
	for _, e := range d.ents {
		if e.typ != Location {
			continue
		}
		cs := d.placesNamed(e)
		cands[e] = cs
		if countries := placeCountries(d.lx, cs); len(countries) == 1 {
			ctx.countries[countries[0]]++
		}
	}
	// qualifiers: a LOCATION mention right after "<mention> ,"
	entOf := func(m *mention) *entity {
		name := m.canon
		if name == "" {
			name = m.text
		}
		if e := d.byCanon[name]; e != nil && e.typ == Location {
			return e
		}
		return nil
	}
	byStart := map[int]*mention{}
	for i := range d.mentions {
		if m := &d.mentions[i]; m.typ == Location {
			byStart[m.span.t0] = m
		}
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.typ != Location || m.span.t1+1 >= len(d.toks) || d.toks[m.span.t1].text != "," {
			continue
		}
		q, ok := byStart[m.span.t1+1]
		if !ok {
			continue
		}
		me, qe := entOf(m), entOf(q)
		if me == nil || qe == nil || me == qe {
			continue
		}
		ctx.qualifiers[me] = append(ctx.qualifiers[me], placeCountries(d.lx, cands[qe])...)
	}
	for _, e := range d.ents {
		if e.typ != Location {
			continue
		}
		cs := cands[e]
		for _, r := range geoRules {
			i := r.pick(d, e, cs, ctx)
			if i == -2 {
				continue
			}
			if i >= 0 {
				p := d.lx.places[cs[i]]
				e.geo, e.kind = p.geo, p.kind
			}
			if d.trace != nil {
				d.trace("geo %q: rule %s: %v", e.canon, r.name, e.geo != nil)
			}
			break
		}
	}
}

// placesNamed lists the gazetteer places with coordinates that one of the
// entity's names names.
func (d *document) placesNamed(e *entity) []int {
	var out []int
	add := func(name string) {
		for _, i := range d.lx.placeNames[strings.ToLower(name)] {
			if d.lx.places[i].geo == nil {
				continue
			}
			if !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
	}
	add(e.canon)
	for _, a := range e.aliases {
		add(a)
	}
	return out
}

// placeCountries lists the distinct countries of places.
func placeCountries(lx *lexicon, ps []int) []string {
	var out []string
	for _, i := range ps {
		c := lx.places[i].country
		if c == "" {
			continue
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// subnational: name is a region of one country in the gazetteer (a US
// state, a German Land, a province), not a region of several countries.
func (lx *lexicon) subnational(name string) bool {
	for _, i := range lx.placeNames[strings.ToLower(name)] {
		if p := lx.places[i]; p.kind == "region" && p.country != "" {
			return true
		}
	}
	return false
}
