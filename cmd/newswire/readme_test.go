package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// The README's sample record is what extract prints for the sample: every
// field it shows has the real value (the README leaves entities, events
// and fields out, never changes one).
func TestReadmeSampleRecord(t *testing.T) {
	doc, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(doc, []byte("An **article record**"))
	if at < 0 {
		t.Fatal("README has no article record section")
	}
	block := doc[at:]
	start := bytes.Index(block, []byte("```json\n"))
	end := bytes.Index(block[start+8:], []byte("```"))
	if start < 0 || end < 0 {
		t.Fatal("no JSON block after \"An **article record**\"")
	}
	var shown map[string]any
	if err := json.Unmarshal(block[start+8:start+8+end], &shown); err != nil {
		t.Fatalf("the README's sample record is not JSON: %v", err)
	}
	var out, errb bytes.Buffer
	if code := mainCode([]string{"extract", "../../testdata/north-news-2025-05-31.txt"}, nil, &out, &errb); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errb.String())
	}
	var real map[string]any
	if err := json.Unmarshal(out.Bytes(), &real); err != nil {
		t.Fatal(err)
	}
	for k, v := range shown {
		if k == "entities" || k == "events" {
			continue
		}
		if !reflect.DeepEqual(v, real[k]) {
			t.Errorf("README %q: %v, extract prints %v", k, v, real[k])
		}
	}
	find := func(list any, key, want string) map[string]any {
		for _, x := range list.([]any) {
			m := x.(map[string]any)
			if m[key] == want && (key != "text" || m["type"] != nil) {
				return m
			}
		}
		return nil
	}
	compare := func(what string, shown, real map[string]any) {
		if real == nil {
			t.Errorf("README shows %s; extract prints none", what)
			return
		}
		for k, v := range shown {
			if !reflect.DeepEqual(v, real[k]) {
				t.Errorf("README %s %q: %v, extract prints %v", what, k, v, real[k])
			}
		}
	}
	n := 0
	for _, x := range shown["entities"].([]any) {
		e := x.(map[string]any)
		var match map[string]any
		for _, y := range real["entities"].([]any) {
			r := y.(map[string]any)
			if r["type"] == e["type"] && r["text"] == e["text"] {
				match = r
			}
		}
		compare(e["type"].(string)+" "+e["text"].(string), e, match)
		n++
	}
	for _, x := range shown["events"].([]any) {
		e := x.(map[string]any)
		compare("event "+e["id"].(string), e, find(real["events"], "id", e["id"].(string)))
		n++
	}
	if n < 3 {
		t.Errorf("the README shows only %d entities and events", n)
	}
}

// README.md's table for serve lists every flag with its variable and
// default.
func TestServeFlagTableInDocs(t *testing.T) {
	doc, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var c serveConfig
	f := serveFlags(&c)
	var table bytes.Buffer
	f.VisitAll(func(fl *flag.Flag) {
		usage := strings.TrimSuffix(fl.Usage, " (env "+f.env[fl.Name]+")")
		def := "`" + fl.DefValue + "`"
		switch {
		case fl.Name == "max-in-flight":
			def = "2 × number of CPUs"
		case fl.DefValue == "":
			def = "(empty)"
		}
		fmt.Fprintf(&table, "| `--%s` | `%s` | %s | %s |\n", fl.Name, f.env[fl.Name], def, usage)
	})
	for _, line := range strings.Split(strings.TrimSpace(table.String()), "\n") {
		if !strings.Contains(string(doc), line) {
			t.Errorf("README.md lacks the row\n%s\n(the whole table for `newswire serve`:)\n%s", line, table.String())
			break
		}
	}
}

// serve's flags take their environment variables.
func TestServeEnvAndFlags(t *testing.T) {
	var c serveConfig
	env := map[string]string{"NEWSWIRE_ADDR": "0.0.0.0:9000", "NEWSWIRE_MAX_IN_FLIGHT": "3"}
	if err := serveFlags(&c).parse([]string{"--max-bytes", "1000"}, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if c.Addr != "0.0.0.0:9000" || c.MaxInFlight != 3 || c.MaxBytes != 1000 {
		t.Errorf("config %+v", c)
	}
	var d serveConfig
	serveFlags(&d).parse(nil, func(string) string { return "" })
	if d.Addr != "127.0.0.1:8080" {
		t.Errorf("default --addr %q, want 127.0.0.1:8080", d.Addr)
	}
}
