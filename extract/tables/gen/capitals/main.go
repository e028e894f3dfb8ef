//go:build ignore

// Command capitals builds extract/tables/capitals.tsv (each country's
// capital city, as news names it by "the Kenyan capital") from the
// world-countries data the other tables come from (see ../../README.md,
// "Rebuilding"), the committed locations.tsv and the hand overrides of
// gen/hand/capitals.txt.
//
// Usage (from the repository root):
//
//	go run extract/tables/gen/capitals/main.go \
//	    -countries /tmp/geodata/world-countries-5.1.0/package/countries.json
//
// A country's capital is world-countries' first capital, written as the
// city line of locations.tsv in that country whose name or alias it is
// (folded: letters and digits only, diacritics dropped, "St." read as
// "Saint", a leading "City of" dropped); when the source's capital is no
// such city, the one city of that country locations.tsv flags capital
// (GeoNames' PPLC: "South Tarawa" is Tarawa). A row of capitals.txt
// replaces the source's capital (an empty city leaves the country out).
// A capital geo.tsv does not place is left out. Countries left without a
// capital are logged.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	countriesPath = flag.String("countries", "", "world-countries countries.json")
	tablesDir     = flag.String("tables", "extract/tables", "folder of locations.tsv, and where capitals.tsv is written")
	handDir       = flag.String("hand", "extract/tables/gen/hand", "folder of hand-written lists (capitals.txt)")
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	Capital []string `json:"capital"`
}

type loc struct{ name, kind, country, aliases, flags string }

func main() {
	log.SetFlags(0)
	flag.Parse()
	if *countriesPath == "" {
		log.Fatal("capitals: -countries is required")
	}
	raw, err := os.ReadFile(*countriesPath)
	if err != nil {
		log.Fatal(err)
	}
	var src []country
	if err := json.Unmarshal(raw, &src); err != nil {
		log.Fatalf("capitals: %s: %v", *countriesPath, err)
	}
	locs, err := readLocations(filepath.Join(*tablesDir, "locations.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	placed, err := readGeoCities(filepath.Join(*tablesDir, "geo.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	hand, err := readHand(filepath.Join(*handDir, "capitals.txt"))
	if err != nil {
		log.Fatal(err)
	}

	countryOf := map[string]string{} // folded country name or alias -> locations name
	city := map[[2]string]string{}   // {folded name or alias, country} -> city line's name
	flagged := map[string][]string{} // country -> cities flagged capital
	for _, l := range locs {
		names := append([]string{l.name}, splitAliases(l.aliases)...)
		switch l.kind {
		case "country":
			for _, n := range names {
				countryOf[fold(n)] = l.name
			}
		case "city":
			for _, n := range names {
				if k := [2]string{fold(n), l.country}; city[k] == "" {
					city[k] = l.name
				}
			}
			if strings.Contains(l.flags, "capital") {
				flagged[l.country] = append(flagged[l.country], l.name)
			}
		}
	}

	out := map[string]string{}
	for _, c := range src {
		name := countryOf[fold(c.Name.Common)]
		if name == "" {
			name = countryOf[fold(c.Name.Official)]
		}
		if name == "" || len(c.Capital) == 0 {
			continue // Antarctica, uninhabited territories
		}
		cap := city[[2]string{fold(c.Capital[0]), name}]
		if cap == "" && len(flagged[name]) == 1 {
			cap = flagged[name][0]
		}
		if cap == "" {
			log.Printf("capitals: %s: source capital %q is no city of locations.tsv", name, c.Capital[0])
			continue
		}
		if !placed[[2]string{cap, name}] {
			log.Printf("capitals: %s: %s has no row in geo.tsv", name, cap)
			continue
		}
		out[name] = cap
	}
	for cn, cy := range hand {
		if cy == "" {
			delete(out, cn)
			continue
		}
		if city[[2]string{fold(cy), cn}] != cy {
			log.Fatalf("capitals: capitals.txt: %s\t%s is no city line of locations.tsv", cn, cy)
		}
		if !placed[[2]string{cy, cn}] {
			log.Fatalf("capitals: capitals.txt: %s\t%s has no row in geo.tsv", cn, cy)
		}
		out[cn] = cy
	}

	names := make([]string, 0, len(out))
	for n := range out {
		names = append(names, n)
	}
	sort.Strings(names)
	path := filepath.Join(*tablesDir, "capitals.tsv")
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprint(w, header(hand))
	for _, n := range names {
		fmt.Fprintf(w, "%s\t%s\n", n, out[n])
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("capitals: %d countries -> %s", len(names), path)
}

func header(hand map[string]string) string {
	var b strings.Builder
	b.WriteString(`# capitals.tsv: each country's capital city, as news names it ("the Kenyan capital" is Nairobi).
# Columns: country<TAB>city
#   country: a country line of locations.tsv; city: a city line of locations.tsv in that country that geo.tsv places.
# Read by the capital reading (extract/capitals.go): "the DEMONYM capital" (demonyms.tsv) after a locative or as a
# visit's destination is this city, unless a city is named right after it ("the Kenyan capital, Nairobi").
# Generated by extract/tables/gen/capitals/main.go (see README.md, "Rebuilding"):
#   source: npm world-countries 5.1.0 "capital" (mledoze/countries, ODbL 1.0; a derived database under ODbL 1.0),
#   the first capital where it lists several, written as locations.tsv's city (else the one city it flags capital).
# Overrides (gen/hand/capitals.txt: where the press means another city than the source's first capital):
`)
	keys := make([]string, 0, len(hand))
	for k := range hand {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if hand[k] == "" {
			fmt.Fprintf(&b, "#   %s: left out\n", k)
		} else {
			fmt.Fprintf(&b, "#   %s: %s\n", k, hand[k])
		}
	}
	b.WriteString("# Users' tables (--tables DIR) add rows (the last row of a country wins) or remove one with !country.\n")
	return b.String()
}

func readLocations(path string) ([]loc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []loc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		for len(c) < 5 {
			c = append(c, "")
		}
		out = append(out, loc{c[0], c[1], c[2], c[3], c[4]})
	}
	return out, sc.Err()
}

// readGeoCities: the {city, country} pairs geo.tsv places.
func readGeoCities(path string) (map[[2]string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[[2]string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) > 2 && c[1] == "city" && !strings.HasPrefix(c[0], "#") {
			out[[2]string{c[0], c[2]}] = true
		}
	}
	return out, sc.Err()
}

// readHand reads capitals.txt: country<TAB>city (city may be empty).
func readHand(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cn, cy, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want country<TAB>city", path, n)
		}
		out[cn] = strings.TrimSpace(cy)
	}
	return out, sc.Err()
}

func splitAliases(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// fold: letters and digits only, lower case, diacritics dropped, "St." as
// "Saint", a leading "City of" dropped.
func fold(s string) string {
	s = strings.TrimPrefix(s, "City of ")
	if strings.HasPrefix(s, "St. ") {
		s = "Saint " + s[4:]
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
