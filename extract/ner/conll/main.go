// Command conll runs the learned tagger alone (no rules) over the CoNLL dev
// documents of ../shared/eval/conll-dev (one sentence a line, tokens
// separated by spaces) and prints records for score.go. Measuring only:
// nothing here trains on them.
//
//	go run ./extract/ner/conll -gold ../shared/eval/conll-dev > /tmp/t.jsonl
//	go run ../shared/eval/score.go -gold ../shared/eval/conll-dev -pred /tmp/t.jsonl -types PERSON,ORGANIZATION,LOCATION
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/extract/ner"
)

func main() {
	gold := flag.String("gold", "../shared/eval/conll-dev", "folder of <id>.json CoNLL documents")
	model := flag.String("model", "", "model file (default: the shipped one)")
	show := flag.Bool("show", false, "print each tagged line to stderr")
	flag.Parse()
	m, err := ner.Default()
	if *model != "" {
		f, err2 := os.Open(*model)
		if err2 != nil {
			log.Fatal(err2)
		}
		m, err = ner.Read(f)
		f.Close()
	}
	if err != nil {
		log.Fatal(err)
	}
	classes, err := extract.TaggerClasses("")
	if err != nil {
		log.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(*gold, "*[0-9].json"))
	enc := json.NewEncoder(os.Stdout)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		var a struct{ ID, Headline, Body string }
		if err := json.Unmarshal(data, &a); err != nil {
			log.Fatal(err)
		}
		var sents []ner.Sentence
		for _, l := range strings.Split(a.Headline+"\n"+a.Body, "\n") {
			w := strings.Fields(l)
			if len(w) > 0 {
				sents = append(sents, ner.Sentence{Words: w, Classes: classes(w)})
			}
		}
		type ent struct {
			Type string `json:"type"`
			Text string `json:"text"`
		}
		seen := map[ent]bool{}
		var ents []ent
		for _, sp := range m.Tag(sents) {
			t := map[string]string{"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}[sp.Type]
			e := ent{t, strings.Join(sents[sp.Sent].Words[sp.Start:sp.End], " ")}
			if t == "" || seen[e] {
				continue
			}
			seen[e] = true
			ents = append(ents, e)
			if *show {
				fmt.Fprintf(os.Stderr, "%s\t%s\t%s\t%.1f\n", a.ID, t, e.Text, sp.Score)
			}
		}
		enc.Encode(map[string]any{"id": a.ID, "entities": ents})
	}
}
