package extract_test

import (
	"math"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestGeocode: LOCATION entities carry the gazetteer's point, GeoNames id
// and country code when the article says which place a name is, and stay
// without coordinates rather than guessing between namesakes.
func TestGeocode(t *testing.T) {
	type want struct {
		place    string
		cc       string  // "" = no coordinates
		lat, lon float64 // checked to 0.5 degrees when cc != ""
		geonames bool    // a GeoNames id is expected
	}
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"city", "Trade Minister Rosa Quintero met bankers in Lima on Tuesday.",
			[]want{{"Lima", "PE", -12.05, -77.03, true}}},
		{"country", "Farmers in Kenya said rains had come late.",
			[]want{{"Kenya", "KE", 1, 38, false}}},
		{"US state by its neighbours", "Governor Ann Bell toured storm damage in Georgia on Monday and later spoke to reporters in Atlanta.",
			[]want{{"Georgia", "US", 33.1, -83.6, false}, {"Atlanta", "US", 33.75, -84.39, true}}},
		{"country by its neighbours", "Officials in Tbilisi said Georgia and Armenia would reopen a border crossing near Yerevan.",
			[]want{{"Georgia", "GE", 42, 43.5, false}}},
		{"namesakes with no context", "Heavy snow fell in Georgia overnight, officials said.",
			[]want{{"Georgia", "", 0, 0, false}}},
		{"qualified by another country's place", "Mayor Tom Reed of Paris, Texas, met Governor Ann Bell in Austin on Monday.",
			[]want{{"Paris", "", 0, 0, false}, {"Texas", "US", 31, -97.7, false}, {"Austin", "US", 30.27, -97.74, true}}},
		{"qualified by its own country", "Talks opened in Paris, France, on Monday.",
			[]want{{"Paris", "FR", 48.85, 2.35, true}}},
		{"the capital, not the state", "Lawmakers in Washington passed the budget late on Friday.",
			[]want{{"Washington", "US", 38.9, -77.0, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "geo", "2026-03-02", c.text)
			for _, w := range c.want {
				e := findEntity(rec, extract.Location, w.place)
				if e == nil {
					t.Fatalf("no LOCATION %q in %+v", w.place, rec.Entities)
				}
				if w.cc == "" {
					if e.Lat != nil || e.Lon != nil || e.CountryCode != "" || e.GeoNamesID != 0 {
						t.Errorf("%s: got %v,%v %s %d, want no coordinates", w.place, *e.Lat, *e.Lon, e.CountryCode, e.GeoNamesID)
					}
					continue
				}
				if e.Lat == nil || e.Lon == nil {
					t.Fatalf("%s: no coordinates, want %s %.2f,%.2f", w.place, w.cc, w.lat, w.lon)
				}
				if e.CountryCode != w.cc || math.Abs(*e.Lat-w.lat) > 0.5 || math.Abs(*e.Lon-w.lon) > 0.5 {
					t.Errorf("%s: got %s %.4f,%.4f, want %s %.2f,%.2f", w.place, e.CountryCode, *e.Lat, *e.Lon, w.cc, w.lat, w.lon)
				}
				if w.geonames != (e.GeoNamesID > 0) {
					t.Errorf("%s: geonames_id %d, want one: %v", w.place, e.GeoNamesID, w.geonames)
				}
			}
		})
	}
}

// TestEventCoordinates: an event's lat/lon are its location's.
func TestEventCoordinates(t *testing.T) {
	rec := extractText(t, "geo-ev", "2026-03-02", "NAIROBI, March 2 (Wire) - Foreign Minister Amina Odhiambo met her Ugandan counterpart Joseph Okello in Mombasa on Monday.")
	var found bool
	for _, ev := range rec.Events {
		if ev.Location != "Mombasa" {
			continue
		}
		found = true
		if ev.Lat == nil || ev.Lon == nil || math.Abs(*ev.Lat+4.05) > 0.3 || math.Abs(*ev.Lon-39.66) > 0.3 {
			t.Errorf("event at Mombasa: lat/lon %v/%v, want about -4.05, 39.66", ev.Lat, ev.Lon)
		}
	}
	if !found {
		t.Fatalf("no event at Mombasa: %+v", rec.Events)
	}
}
