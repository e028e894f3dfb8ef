package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestCapitalReadings: "the DEMONYM capital" is the country's capital
// (capitals.tsv) where the place readings look — a visit's destination
// (place rule capital-destination) and a place after a locative (near) —
// unless a city is named right after it; no event ever takes the demonym
// as its place. Every sentence is our own; the stories are published on
// Wednesday 2026-03-04. want lists "type|party+party|place|date" (date ""
// not checked; place "-" wants none).
func TestCapitalReadings(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		none       []string // event types that must not appear
	}{
		{name: "travelled to the DEMONYM capital",
			text: "Foreign Minister Ana Soto travelled to the Kenyan capital on Monday for talks on fisheries.",
			want: []string{"visit|Ana Soto|Nairobi|2026-03-02"}},
		{name: "arrived in the DEMONYM capital",
			text: "Trade Minister Rui Costa arrived in the French capital on Tuesday.",
			want: []string{"visit|Rui Costa|Paris|2026-03-03"}},
		{name: "a two-word demonym",
			text: "Health Minister Dalia Ferro flew to the Sri Lankan capital on Sunday for a three-day visit.",
			want: []string{"visit|Dalia Ferro|Colombo|2026-03-01/2026-03-03"}},
		{name: "a visit noun's destination",
			text: "Defence Minister Olek Varga began a visit to the Ethiopian capital on Monday.",
			want: []string{"visit|Olek Varga|Addis Ababa|"}},
		{name: "a meeting in the DEMONYM capital",
			text: "Interior Minister Tomas Berg met Justice Minister Ilse Maartens in the Dutch capital on Friday.",
			want: []string{"meeting|Tomas Berg+Ilse Maartens|Amsterdam|2026-02-27"}},
		{name: "a city named after a comma is the story's word",
			text: "Trade Minister Rui Costa arrived in the Kenyan capital, Nairobi, on Tuesday to meet investors.",
			want: []string{"visit|Rui Costa|Nairobi|2026-03-03"}},
		{name: "a city named right after it",
			text: "Energy Minister Paulo Reis held talks with Mining Minister Edda Lund in the Bolivian capital La Paz on Monday.",
			want: []string{"meeting|Paulo Reis+Edda Lund|La Paz|2026-03-02"}},
		{name: "a hand override: the press's Bolivian capital",
			text: "Energy Minister Paulo Reis flew to the Bolivian capital on Thursday.",
			want: []string{"visit|Paulo Reis|La Paz|"}},
		{name: "the capital's outskirts are no reading of the capital itself",
			text: "Energy Minister Paulo Reis held talks with Mining Minister Edda Lund on the Kenyan capital's outskirts on Monday.",
			want: []string{"meeting|Paulo Reis+Edda Lund|-|2026-03-02"}},
		{name: "the capital city",
			text: "Health Minister Dalia Ferro arrived in the Ethiopian capital city on Sunday.",
			want: []string{"visit|Dalia Ferro|Addis Ababa|2026-03-01"}},
		{name: "plain capital without a dateline stays unresolved",
			text: "Trade Minister Rui Costa arrived in the capital on Tuesday.",
			none: []string{extract.Visit}},
		{name: "a demonym before another place noun is no capital",
			text: "Interior Minister Tomas Berg met Justice Minister Ilse Maartens in a Kenyan town on Friday.",
			want: []string{"meeting|Tomas Berg+Ilse Maartens|-|2026-02-27"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "capitals", "2026-03-04", c.text)
			for _, typ := range c.none {
				if evs := eventsOf(rec, typ); len(evs) > 0 {
					t.Fatalf("want no %s: %s", typ, show(rec))
				}
			}
			for _, w := range c.want {
				f := strings.Split(w, "|")
				if !hasTripEvent(rec, f[0], strings.Split(f[1], "+"), f[2], f[3]) {
					t.Fatalf("want %s: %s", w, show(rec))
				}
			}
			noDemonymPlace(t, rec)
		})
	}
}

// noDemonymPlace: no event and no LOCATION entity of rec is a demonym.
func noDemonymPlace(t *testing.T, rec *extract.Record) {
	t.Helper()
	for _, d := range []string{"Kenyan", "French", "Sri Lankan", "Dutch", "Ethiopian", "Bolivian"} {
		for _, e := range rec.Events {
			if strings.EqualFold(e.Location, d) {
				t.Errorf("event %s placed in the demonym %q: %s", e.Type, d, show(rec))
			}
		}
		for _, e := range rec.Entities {
			if e.Type == extract.Location && strings.EqualFold(e.Text, d) {
				t.Errorf("LOCATION entity %q is a demonym: %s", d, show(rec))
			}
		}
	}
}

// TestDemonymGuard: a story naming the country and "the Sri Lankan
// capital" (where the learned tagger may read the demonym as a place)
// publishes neither a LOCATION "Sri Lankan" nor an event placed there.
func TestDemonymGuard(t *testing.T) {
	for _, text := range []string{
		"Sri Lanka and Maldives signed a ferry deal on Monday. Shipping Adviser Farhan Qadir travelled to the Sri Lankan capital on Sunday for a three-day visit.",
		"Port officials from Sri Lanka joined the talks. Transport Minister Jon Ekberg travelled to the Sri Lankan capital on Sunday, the ministry said.",
	} {
		rec := extractText(t, "guard", "2026-03-04", text)
		noDemonymPlace(t, rec)
		if !hasTripEvent(rec, extract.Visit, []string{rec.Events[len(rec.Events)-1].Participants[0].Name}, "Colombo", "") {
			t.Errorf("want the visit in Colombo: %s", show(rec))
		}
	}
}

// TestCapitalsUserTable: a user's capitals.tsv changes a capital, removes
// one (!country) and a malformed row fails New naming file and line.
func TestCapitalsUserTable(t *testing.T) {
	const text = "Foreign Minister Ana Soto travelled to the Kenyan capital on Monday for talks on fisheries."
	visitPlace := func(opts extract.Options) (string, bool) {
		t.Helper()
		x, err := extract.New(opts)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := x.Extract(context.Background(), extract.Article{ID: "u", Published: "2026-03-04", Body: text, Form: "text"})
		if err != nil {
			t.Fatal(err)
		}
		evs := eventsOf(rec, extract.Visit)
		if len(evs) == 0 {
			return "", false
		}
		return evs[0].Location, true
	}
	if p, _ := visitPlace(extract.Options{TablesDir: writeTables(t, map[string]string{"capitals.tsv": "# a user's row\nKenya\tMombasa\n"})}); p != "Mombasa" {
		t.Errorf("user's capital: visit place %q, want Mombasa", p)
	}
	if p, ok := visitPlace(extract.Options{TablesDir: writeTables(t, map[string]string{"capitals.tsv": "!Kenya\n"})}); ok {
		t.Errorf("capital removed: want no visit (a visit needs a place), got one in %q", p)
	}
	for _, bad := range []string{"Kenya\n", "Atlantis\tNairobi\n", "Kenya\tParis\n"} {
		_, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"capitals.tsv": "# header\n" + bad})})
		if err == nil || !strings.Contains(err.Error(), "capitals.tsv line 2") {
			t.Errorf("row %q: err %v, want one naming capitals.tsv line 2", bad, err)
		}
	}
}

// FuzzCapitalsTable: any user capitals.tsv either loads or fails New with
// an error naming the table; it never panics.
func FuzzCapitalsTable(f *testing.F) {
	for _, s := range []string{"Kenya\tNairobi\n", "!Kenya\n", "# c\n\nKenya\tParis\n", "\t\n", "Kenya\tNairobi\textra\n", "!\n", "Kenya"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"capitals.tsv": s})})
		if err != nil && !strings.Contains(err.Error(), "capitals.tsv") {
			t.Fatalf("error %v does not name capitals.tsv", err)
		}
	})
}
