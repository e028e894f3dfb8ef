package tables

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// columns is the number of tab-separated columns of each table.
var columns = map[string]int{
	"locations.tsv":             5,
	"demonyms.tsv":              2,
	"given_names.tsv":           2,
	"surnames_family_first.tsv": 2,
	"abbreviations.tsv":         2,
	"event_cues.tsv":            2,
	"date_words.tsv":            3,
	"honorifics.tsv":            2,
	"org_cues.tsv":              3,
	"organizations.tsv":         3,
	"stopwords.tsv":             1,
	"titles.tsv":                2,
	"frames.tsv":                5,
	"frames_learned.tsv":        8,
	"irregular_verbs.tsv":       4,
	"support_verbs.tsv":         3,
	"release_sections.tsv":      3,
	"word_classes.tsv":          2,
	"confidence.tsv":            3,
	"date_rank.tsv":             2,
	"place_rank.tsv":            3,
	"party_rank.tsv":            2,
	"args.tsv":                  2,
	"reader.tsv":                3,
	"location_cues.tsv":         3,
	"venues.tsv":                2,
	"seats.tsv":                 2,
	"capitals.tsv":              2,
	"org_context.tsv":           3,
	"person_nouns.tsv":          1,
	"boilerplate.tsv":           3,
	"geo.tsv":                   7,
	"world.tsv":                 1,
	"chunk_words.tsv":           3,
	"given_gender.tsv":          2,
}

// optionalColumns: tables whose last columns may be left off, and how many
// (irregular_verbs.tsv: the present forms, for have: has; honorifics.tsv:
// the given mark; location_cues.tsv: the lower flag;
// frames_learned.tsv: its switch row has 2)
var optionalColumns = map[string]int{"irregular_verbs.tsv": 1, "honorifics.tsv": 1, "frames_learned.tsv": 6, "location_cues.tsv": 1, "support_verbs.tsv": 1}

var kinds = map[string]bool{"country": true, "city": true, "region": true, "continent": true, "water": true}

// shortAliasOK lists the short codes that English news prose really uses;
// any other alias of 4 letters or fewer that has no lower-case letter
// ("IN", "IT", "DE") would match ordinary text and is refused.
var shortAliasOK = map[string]bool{
	"US": true, "U.S.": true, "USA": true, "U.S.A.": true, "UK": true, "U.K.": true,
	"UAE": true, "U.A.E.": true, "DRC": true, "PRC": true, "DPRK": true, "ROK": true,
	"NYC": true, "L.A.": true, "D.C.": true, "EU": true, "KSA": true, "HCMC": true,
}

type row struct {
	line int
	cols []string
}

// parse is the tiny reader the tests use: comments and blank lines skipped,
// every other line split on tabs.
func parse(t *testing.T, name string) []row {
	t.Helper()
	b, err := fs.ReadFile(FS, name)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		t.Fatalf("%s: not valid UTF-8", name)
	}
	if !strings.HasPrefix(string(b), "#") {
		t.Errorf("%s: does not start with a # header", name)
	}
	var rows []row
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, row{i + 1, strings.Split(line, "\t")})
	}
	return rows
}

func TestEveryTableIsKnownAndWellFormed(t *testing.T) {
	names, err := fs.Glob(FS, "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(columns) {
		t.Errorf("tables %v, want the %d of the columns map", names, len(columns))
	}
	for _, name := range names {
		want, ok := columns[name]
		if !ok {
			t.Errorf("%s: unknown table (add it to columns)", name)
			continue
		}
		rows := parse(t, name)
		if len(rows) == 0 {
			t.Errorf("%s: no rows", name)
		}
		seen := map[string]int{}
		for _, r := range rows {
			if len(r.cols) > want || len(r.cols) < want-optionalColumns[name] {
				t.Errorf("%s:%d: %d columns, want %d: %q", name, r.line, len(r.cols), want, r.cols)
				continue
			}
			if r.cols[0] == "" || strings.TrimSpace(r.cols[0]) != r.cols[0] {
				t.Errorf("%s:%d: empty or padded first column %q", name, r.line, r.cols[0])
			}
			key := r.cols[0]
			if name == "locations.tsv" || name == "titles.tsv" || name == "geo.tsv" || name == "boilerplate.tsv" || name == "frames.tsv" || name == "frames_learned.tsv" || name == "word_classes.tsv" || name == "date_words.tsv" { // one phrase may be of several kinds
				key += "\t" + r.cols[1]
			}
			if prev, dup := seen[key]; dup {
				t.Errorf("%s:%d: duplicate of line %d: %q", name, r.line, prev, key)
			}
			seen[key] = r.line
		}
	}
}

func TestLocations(t *testing.T) {
	rows := parse(t, "locations.tsv")
	countries := map[string]bool{}
	perKind := map[string]int{}
	for _, r := range rows {
		if len(r.cols) == 5 && r.cols[1] == "country" {
			countries[r.cols[0]] = true
		}
	}
	aliasOwner := map[string]int{} // kind+alias -> line
	for _, r := range rows {
		if len(r.cols) != 5 {
			continue // reported by TestEveryTableIsKnownAndWellFormed
		}
		name, kind, country, aliases, flags := r.cols[0], r.cols[1], r.cols[2], r.cols[3], r.cols[4]
		perKind[kind]++
		if !kinds[kind] {
			t.Errorf("locations.tsv:%d: kind %q", r.line, kind)
		}
		if country != "" && !countries[country] {
			t.Errorf("locations.tsv:%d: country %q is not a country line", r.line, country)
		}
		if (kind == "country" || kind == "city") && country == "" {
			t.Errorf("locations.tsv:%d: %s %q without country", r.line, kind, name)
		}
		for _, f := range strings.Split(flags, "|") {
			if flags != "" && f != "amb" && f != "capital" || f == "capital" && kind != "city" {
				t.Errorf("locations.tsv:%d: flags %q", r.line, flags)
			}
		}
		if isShortCode(name) {
			t.Errorf("locations.tsv:%d: name %q is a short code", r.line, name)
		}
		if aliases == "" {
			continue
		}
		for _, a := range strings.Split(aliases, "|") {
			switch {
			case a == "" || strings.TrimSpace(a) != a:
				t.Errorf("locations.tsv:%d: empty or padded alias in %q", r.line, aliases)
			case a == name:
				t.Errorf("locations.tsv:%d: alias %q repeats the name", r.line, a)
			case isShortCode(a) && !shortAliasOK[a]:
				t.Errorf("locations.tsv:%d: short-code alias %q (allow-list: shortAliasOK)", r.line, a)
			}
			if prev, ok := aliasOwner[kind+"\t"+a]; ok {
				t.Errorf("locations.tsv:%d: alias %q also on line %d", r.line, a, prev)
			}
			aliasOwner[kind+"\t"+a] = r.line
		}
	}
	// Coverage floors: every country, the capitals, big cities, the regions.
	for kind, min := range map[string]int{"country": 240, "city": 1500, "region": 250, "continent": 6, "water": 50} {
		if perKind[kind] < min {
			t.Errorf("locations.tsv: %d %s lines, want at least %d", perKind[kind], kind, min)
		}
	}
}

// TestLocationSpotChecks pins the entries news depends on most.
func TestLocationSpotChecks(t *testing.T) {
	index := map[string][]string{}
	for _, r := range parse(t, "locations.tsv") {
		if len(r.cols) == 5 {
			index[r.cols[0]+"\t"+r.cols[1]] = r.cols
		}
	}
	for _, c := range []struct{ name, kind, country, alias, flags string }{
		{"United States", "country", "United States", "U.S.", ""},
		{"United Kingdom", "country", "United Kingdom", "Britain", ""},
		{"Ivory Coast", "country", "Ivory Coast", "Côte d'Ivoire", ""},
		{"Myanmar", "country", "Myanmar", "Burma", ""},
		{"Czech Republic", "country", "Czech Republic", "Czechia", ""},
		{"South Korea", "country", "South Korea", "", ""},
		{"Jordan", "country", "Jordan", "", "amb"},
		{"Washington, D.C.", "city", "United States", "Washington", "capital"},
		{"Kyiv", "city", "Ukraine", "Kiev", "capital"},
		{"Munich", "city", "Germany", "", ""},
		{"Reading", "city", "United Kingdom", "", "amb"},
		{"Nice", "city", "France", "", "amb"},
		{"California", "region", "United States", "", ""},
		{"Bavaria", "region", "Germany", "Bayern", ""},
		{"Gaza Strip", "region", "Palestine", "", ""},
		{"Strait of Hormuz", "water", "", "", ""},
		{"Africa", "continent", "", "", ""},
	} {
		cols, ok := index[c.name+"\t"+c.kind]
		if !ok {
			t.Errorf("no %s %q", c.kind, c.name)
			continue
		}
		if cols[2] != c.country || cols[4] != c.flags {
			t.Errorf("%s %q: country %q flags %q, want %q %q", c.kind, c.name, cols[2], cols[4], c.country, c.flags)
		}
		if c.alias != "" && !strings.Contains("|"+cols[3]+"|", "|"+c.alias+"|") {
			t.Errorf("%s %q: aliases %q lack %q", c.kind, c.name, cols[3], c.alias)
		}
	}
}

func TestDemonymsPointAtCountries(t *testing.T) {
	countries := map[string]bool{}
	for _, r := range parse(t, "locations.tsv") {
		if len(r.cols) == 5 && r.cols[1] == "country" {
			countries[r.cols[0]] = true
		}
	}
	got := map[string]string{}
	for _, r := range parse(t, "demonyms.tsv") {
		if len(r.cols) != 2 {
			continue
		}
		if !countries[r.cols[1]] {
			t.Errorf("demonyms.tsv:%d: %q is not a country of locations.tsv", r.line, r.cols[1])
		}
		got[r.cols[0]] = r.cols[1]
	}
	for d, c := range map[string]string{"Indian": "India", "Chinese": "China", "American": "United States", "Americans": "United States",
		"British": "United Kingdom", "Emirati": "United Arab Emirates", "Filipino": "Philippines", "Dutch": "Netherlands"} {
		if got[d] != c {
			t.Errorf("demonym %q -> %q, want %q", d, got[d], c)
		}
	}
}

func TestNames(t *testing.T) {
	given := parse(t, "given_names.tsv")
	if len(given) < 2000 {
		t.Errorf("given_names.tsv: %d names, want a few thousand", len(given))
	}
	amb := map[string]string{}
	for _, r := range given {
		if len(r.cols) == 2 {
			if r.cols[1] != "" && r.cols[1] != "amb" {
				t.Errorf("given_names.tsv:%d: flags %q", r.line, r.cols[1])
			}
			amb[r.cols[0]] = r.cols[1]
		}
	}
	for _, n := range []string{"Will", "Mark", "Rose", "Grace", "Hope", "May", "June", "Paris", "Georgia"} {
		if amb[n] != "amb" {
			t.Errorf("given name %q: flags %q, want amb", n, amb[n])
		}
	}
	for _, n := range []string{"John", "Maria", "Mohammed", "Vladimir", "Narendra", "Giorgia"} {
		if _, ok := amb[n]; !ok {
			t.Errorf("given name %q missing", n)
		}
	}
	cultures := map[string]bool{"zh": true, "ko": true, "vi": true, "ja": true}
	for _, r := range parse(t, "surnames_family_first.tsv") {
		if len(r.cols) != 2 {
			continue
		}
		for _, c := range strings.Split(r.cols[1], "|") {
			if !cultures[c] {
				t.Errorf("surnames_family_first.tsv:%d: culture %q", r.line, c)
			}
		}
	}
}

// isShortCode reports whether s looks like a code rather than a name: four
// letters or fewer and no lower-case letter ("IN", "USA", "U.K.").
func isShortCode(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 4
}
