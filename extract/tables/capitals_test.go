package tables

import (
	"strings"
	"testing"
)

// TestCapitals: every row of capitals.tsv names a country line of
// locations.tsv and a city line of that country that geo.tsv places; a
// country has one row; the hand overrides (gen/hand/capitals.txt) and a
// few plain capitals hold.
func TestCapitals(t *testing.T) {
	countries := map[string]bool{}
	cities := map[[2]string]bool{}
	for _, r := range parse(t, "locations.tsv") {
		if len(r.cols) != 5 {
			continue
		}
		switch r.cols[1] {
		case "country":
			countries[r.cols[0]] = true
		case "city":
			cities[[2]string{r.cols[0], r.cols[2]}] = true
		}
	}
	placed := map[[2]string]bool{}
	for _, r := range parse(t, "geo.tsv") {
		if len(r.cols) == 7 && r.cols[1] == "city" {
			placed[[2]string{r.cols[0], r.cols[2]}] = true
		}
	}
	got := map[string]string{}
	for _, r := range parse(t, "capitals.tsv") {
		if len(r.cols) != 2 {
			t.Errorf("capitals.tsv:%d: %d columns, want 2", r.line, len(r.cols))
			continue
		}
		country, city := r.cols[0], r.cols[1]
		if !countries[country] {
			t.Errorf("capitals.tsv:%d: %q is not a country of locations.tsv", r.line, country)
		}
		if !cities[[2]string{city, country}] {
			t.Errorf("capitals.tsv:%d: %q is not a city of %s in locations.tsv", r.line, city, country)
		}
		if !placed[[2]string{city, country}] {
			t.Errorf("capitals.tsv:%d: %q (%s) has no row in geo.tsv", r.line, city, country)
		}
		if prev, dup := got[country]; dup {
			t.Errorf("capitals.tsv:%d: a second capital of %s (%q, %q)", r.line, country, prev, city)
		}
		got[country] = city
	}
	if len(got) < 200 {
		t.Errorf("capitals.tsv: %d countries, want the world's (over 200)", len(got))
	}
	for c, want := range map[string]string{
		"Kenya": "Nairobi", "France": "Paris", "Netherlands": "Amsterdam", "Sri Lanka": "Colombo", "Ethiopia": "Addis Ababa",
		"Bolivia": "La Paz", "South Africa": "Pretoria", "Eswatini": "Mbabane", // hand overrides
		"Kiribati": "Tarawa", // the source's "South Tarawa", written as locations.tsv's city
	} {
		if got[c] != want {
			t.Errorf("capital of %s = %q, want %q", c, got[c], want)
		}
	}
	if c, ok := got["Palestine"]; ok {
		t.Errorf("capital of Palestine = %q, want no row (left out by capitals.txt)", c)
	}
}

// TestDemonymPlacesAmbiguous: a place of locations.tsv named like a
// demonym ("Brits", a South African town) is flagged amb, so it is a place
// only after "in", "to"... and "the Brits" stays the British; a country's
// alias ("Saudi") is a country's own short name and exempt.
func TestDemonymPlacesAmbiguous(t *testing.T) {
	dem := map[string]bool{}
	for _, r := range parse(t, "demonyms.tsv") {
		dem[strings.ToLower(r.cols[0])] = true
	}
	for _, r := range parse(t, "locations.tsv") {
		if len(r.cols) == 5 && r.cols[1] != "country" && dem[strings.ToLower(r.cols[0])] && !strings.Contains(r.cols[4], "amb") {
			t.Errorf("locations.tsv:%d: %q is a demonym but not flagged amb (gen/hand/amb_overrides.txt)", r.line, r.cols[0])
		}
	}
}
