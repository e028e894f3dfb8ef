// Command train trains the learned NER tagger (package extract/ner) on the
// open corpora of shared/corpus/ner plus synthetic results lines, prints
// its held-out figures and writes the model. Run from the repository root:
//
//	go run ./extract/ner/train -data ../shared/corpus/ner -out extract/ner/model.bin.gz
//
// Held out (never trained on): GUM's official test documents and every
// tenth wikigold document. See extract/ner/README.md.
package main

import (
	"bufio"
	"compress/gzip"
	_ "embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/extract/ner"
	"github.com/newswire/newswire/extract/tables"
)

//go:embed synthetic.tsv
var syntheticTSV string

func main() {
	data := flag.String("data", "../shared/corpus/ner", "folder of gum.tsv.gz and wikigold.tsv.gz")
	out := flag.String("out", "extract/ner/model.bin.gz", "model file to write (\"\": none)")
	genres := flag.String("gum-genres", "news,interview", "GUM genres to train on (bio and voyage are CC BY-SA)")
	wikigold := flag.Bool("wikigold", true, "train on wikigold (CC BY 4.0)")
	epochs := flag.Int("epochs", 12, "perceptron epochs")
	synth := flag.Int("synthetic", 150, "synthetic results documents")
	caps := flag.Float64("caps", 0.04, "share of training sentences also given in capitals (headlines)")
	prune := flag.Float64("prune", 0.5, "drop features whose largest averaged weight is below this")
	seed := flag.Int64("seed", 1, "random seed")
	runs := flag.Int("runs", 5, "average this many perceptrons trained on different document orders")
	tablesDir := flag.String("tables", "", "extra rule tables (as newswire --tables)")
	flag.Parse()

	classes, err := extract.TaggerClasses(*tablesDir)
	if err != nil {
		log.Fatal(err)
	}
	keep := map[string]bool{}
	for _, g := range strings.Split(*genres, ",") {
		keep[strings.TrimSpace(g)] = true
	}
	var train, test []ner.Labeled
	gum, err := readGz(filepath.Join(*data, "gum.tsv.gz"))
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range gum {
		parts := strings.Split(d.ID, "_")
		if len(parts) < 2 || !keep[parts[1]] {
			continue
		}
		if ner.GUMTest[d.ID] {
			test = append(test, d)
		} else {
			train = append(train, d)
		}
	}
	if *wikigold {
		wg, err := readGz(filepath.Join(*data, "wikigold.tsv.gz"))
		if err != nil {
			log.Fatal(err)
		}
		for i, d := range wg {
			if i%10 == 9 {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
	}
	rng := rand.New(rand.NewSource(*seed))
	// capitals: some sentences again in capitals, as headlines are written
	var extra []ner.Labeled
	for _, d := range train {
		for si, s := range d.Sents {
			if rng.Float64() < *caps {
				up := make([]string, len(s.Words))
				for i, w := range s.Words {
					up[i] = strings.ToUpper(w)
				}
				extra = append(extra, ner.Labeled{ID: d.ID + "-caps", Sents: []ner.Sentence{{Words: up}}, Tags: [][]string{d.Tags[si]}})
			}
		}
	}
	train = append(train, extra...)
	syn, err := synthetic(rng, *synth)
	if err != nil {
		log.Fatal(err)
	}
	train = append(train, syn...)
	for _, set := range [][]ner.Labeled{train, test} {
		for _, d := range set {
			for si := range d.Sents {
				d.Sents[si].Classes = classes(d.Sents[si].Words)
			}
		}
	}
	words := 0
	for _, d := range train {
		for _, s := range d.Sents {
			words += len(s.Words)
		}
	}
	log.Printf("train: %d documents, %d words (%d synthetic documents, %d capitalized sentences); held out: %d documents",
		len(train), words, len(syn), len(extra), len(test))
	t0 := time.Now()
	m := ner.Train(train, ner.TrainOptions{Epochs: *epochs, Seed: *seed, Runs: *runs, Prune: *prune, Log: log.Printf})
	log.Printf("trained in %s: %d features", time.Since(t0).Round(time.Millisecond), m.Features())
	sc := ner.Evaluate(m, test)
	fmt.Println("| type | gold | F1 (P / R) |")
	fmt.Println("| --- | ---: | --- |")
	for _, t := range append(ner.Types[:], "") {
		s := sc[t]
		name := t
		if t == "" {
			name = "**all**"
		}
		fmt.Printf("| %s | %d | %.3f (%.3f / %.3f) |\n", name, s.Gold, s.F1(), s.P(), s.R())
	}
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Write(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(*out)
	log.Printf("wrote %s (%d bytes)", *out, st.Size())
}

func readGz(path string) ([]ner.Labeled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	docs, err := ner.ReadTSV(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// synthetic builds n documents of results lines from synthetic.tsv and the
// gazetteer (towns and regions as teams, countries) and given names.
func synthetic(rng *rand.Rand, n int) ([]ner.Labeled, error) {
	var lines, suffixes, heads []string
	for _, l := range strings.Split(syntheticTSV, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, _ := strings.Cut(l, "\t")
		switch k {
		case "line":
			lines = append(lines, v)
		case "suffix":
			suffixes = append(suffixes, v)
		case "head":
			heads = append(heads, v)
		}
	}
	var towns, countries, given []string
	err := readTable("locations.tsv", func(c []string) {
		if len(c) < 2 {
			return
		}
		switch c[1] {
		case "city", "region":
			if len(strings.Fields(c[0])) <= 2 {
				towns = append(towns, c[0])
			}
		case "country":
			if len(strings.Fields(c[0])) <= 2 {
				countries = append(countries, c[0])
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if err := readTable("given_names.tsv", func(c []string) { given = append(given, c[0]) }); err != nil {
		return nil, err
	}
	pick := func(s []string) string { return s[rng.Intn(len(s))] }
	var docs []ner.Labeled
	for i := 0; i < n; i++ {
		d := ner.Labeled{ID: "synthetic-" + strconv.Itoa(i)}
		add := func(words, tags []string) {
			d.Sents = append(d.Sents, ner.Sentence{Words: words})
			d.Tags = append(d.Tags, tags)
		}
		h := strings.Fields(pick(heads))
		add(h, repeat("O", len(h)))
		// one table reuses a few teams, as a real one does
		teams := make([]string, 6)
		for k := range teams {
			teams[k] = pick(towns)
			if rng.Intn(3) == 0 {
				teams[k] += " " + pick(suffixes)
			}
		}
		tmpl := pick(lines)
		for k := 0; k < 4+rng.Intn(8); k++ {
			if rng.Intn(3) == 0 {
				tmpl = pick(lines)
			}
			// headline templates, and a quarter of the table lines, in
			// capitals (agencies send standings so)
			caps := strings.HasPrefix(tmpl, "^ ") || rng.Intn(4) == 0
			var words, tags []string
			for _, slot := range strings.Fields(strings.TrimPrefix(tmpl, "^ ")) {
				var ws []string
				typ := ""
				switch slot {
				case "{T}":
					ws, typ = strings.Fields(pick(teams)), "ORG"
				case "{P}":
					ws, typ = []string{pick(given), pick(given)}, "PER"
				case "{C}":
					ws, typ = strings.Fields(pick(countries)), "LOC"
				case "{L}":
					ws, typ = strings.Fields(pick(towns)), "LOC"
				case "{N}":
					ws = []string{strconv.Itoa(rng.Intn(100))}
				case "{S}":
					ws = []string{fmt.Sprintf("%d-%d", rng.Intn(7), rng.Intn(7))}
				case "{R}":
					ws = []string{strconv.Itoa(1+rng.Intn(12)) + "."}
				case "{D}":
					months := []string{"January", "March", "May", "June", "August", "October", "December"}
					if rng.Intn(2) == 0 {
						ws = []string{fmt.Sprintf("%d-%02d-%02d", 1990+rng.Intn(40), 1+rng.Intn(12), 1+rng.Intn(28))}
					} else {
						ws = []string{pick(months), strconv.Itoa(1 + rng.Intn(28))}
					}
				case "{X}":
					ws = []string{fmt.Sprintf("%d:%02d.%02d", rng.Intn(30), rng.Intn(60), rng.Intn(100))}
				default:
					ws = []string{slot}
				}
				for j, w := range ws {
					if caps {
						w = strings.ToUpper(w)
					}
					words = append(words, w)
					switch {
					case typ == "":
						tags = append(tags, "O")
					case j == 0:
						tags = append(tags, "B-"+typ)
					default:
						tags = append(tags, "I-"+typ)
					}
				}
			}
			add(words, tags)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func readTable(name string, each func(cols []string)) error {
	data, err := fs.ReadFile(tables.FS, name)
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		each(strings.Split(l, "\t"))
	}
	return nil
}
