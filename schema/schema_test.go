package schema_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/schema"
)

func full() *extract.Record {
	empty := ""
	return &extract.Record{Schema: extract.ArticleSchema, ID: "a", Source: "s", URL: "u", Published: "2025-05-31",
		Headline: "h", Form: "json", Words: 10, Text: "Minister Ana Soto met in Lima on May 31. Soto.",
		Entities: []extract.Entity{{Type: extract.Person, Text: "Ana Soto", Aliases: []string{"Soto"}, Title: "Minister",
			Organization: "Ministry", Mentions: 2, Spans: []extract.Span{{9, 17}, {41, 45}}}, {Type: extract.Acronym, Text: "NSC", Expansion: &empty, Mentions: 1},
			{Type: extract.Date, Text: "May 31", Value: "2025-05-31", Mentions: 1},
			{Type: extract.Title, Text: "Minister", Holder: "Ana Soto", Mentions: 1},
			{Type: extract.Location, Text: "Lima", Kind: "city", Mentions: 1}},
		Events: []extract.Event{{ID: "e", Type: extract.Meeting, Participants: []extract.Participant{
			{Name: "Ana Soto", Type: extract.Person, Title: "Minister", Organization: "Ministry"}},
			Date: "2025-05-31", Location: "Lima", Trigger: "met", Sentence: "S.", Confidence: 0.8, Planned: true,
			SentenceSpan: &extract.Span{0, 40}, TriggerSpan: &extract.Span{18, 21}}},
		Truncated: &extract.Truncation{EventsDropped: 3, EntitiesDropped: 1, TextDropped: true, Reason: "over 1000 events"},
	}
}

func TestValidRecords(t *testing.T) {
	rec := full()
	js, _ := json.Marshal(rec)
	if err := schema.Validate(schema.Article, js); err != nil {
		t.Errorf("full article record: %v", err)
	}
	for _, er := range rec.EventRecords() {
		js, _ := json.Marshal(er)
		if err := schema.Validate(schema.Event, js); err != nil {
			t.Errorf("full event record: %v", err)
		}
	}
}

// TestWeekDate: an event told only by its week ("will sign next week")
// carries the ISO week as its date; the schema documents that form and
// accepts it.
func TestWeekDate(t *testing.T) {
	rec := &extract.Record{Schema: extract.ArticleSchema, ID: "a", Published: "2026-10-21", Form: "text",
		Events: []extract.Event{{ID: "e", Type: extract.Agreement, Participants: []extract.Participant{{Name: "Ana Soto", Type: extract.Person}},
			Date: "2026-W44", Trigger: "sign", Sentence: "Ana Soto will sign a deal next week.", Confidence: 0.6, Planned: true}},
		Entities: []extract.Entity{}}
	for _, er := range rec.EventRecords() {
		js, _ := json.Marshal(er)
		if !strings.Contains(string(js), `"date":"2026-W44"`) {
			t.Fatalf("event record has no week date: %s", js)
		}
		if err := schema.Validate(schema.Event, js); err != nil {
			t.Errorf("event with a week date: %v", err)
		}
	}
	var doc struct {
		Properties map[string]struct {
			Description string `json:"description"`
		} `json:"properties"`
	}
	raw, err := schema.File(schema.Event)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, form := range []string{"2026-W44", "2026-W44-WE", "2026-SP"} {
		if !strings.Contains(doc.Properties["date"].Description, form) {
			t.Errorf("event.v1.json does not document the date form %s", form)
		}
	}
}

func TestInvalidRecords(t *testing.T) {
	tests := []struct {
		name, schema, doc string
	}{
		{"wrong version", schema.Event, `{"schema":"newswire.event/v2","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":1,"article":{"id":"a"}}`},
		{"unknown field", schema.Event, `{"schema":"newswire.event/v1","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":1,"article":{"id":"a"},"extra":1}`},
		{"no article", schema.Event, `{"schema":"newswire.event/v1","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":1}`},
		{"confidence over 1", schema.Event, `{"schema":"newswire.event/v1","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":2,"article":{"id":"a"}}`},
		{"null entities", schema.Article, `{"schema":"newswire.article/v1","id":"a","form":"text","words":0,"entities":null,"events":[]}`},
		{"span of three", schema.Article, `{"schema":"newswire.article/v1","id":"a","form":"text","words":0,"entities":[{"type":"DATE","text":"x","mentions":1,"spans":[[0,1,2]]}],"events":[]}`},
		{"negative span", schema.Event, `{"schema":"newswire.event/v1","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":1,"article":{"id":"a"},"trigger_span":[-1,2]}`},
		{"span of one", schema.Event, `{"schema":"newswire.event/v1","id":"e","type":"meeting","participants":[],"trigger":"t","sentence":"s","confidence":1,"article":{"id":"a"},"sentence_span":[1]}`},
		{"truncation without reason", schema.Article, `{"schema":"newswire.article/v1","id":"a","form":"text","words":0,"entities":[],"events":[],"truncated":{"events_dropped":2}}`},
		{"negative events dropped", schema.Article, `{"schema":"newswire.article/v1","id":"a","form":"text","words":0,"entities":[],"events":[],"truncated":{"events_dropped":-1,"reason":"r"}}`},
		{"bad form", schema.Article, `{"schema":"newswire.article/v1","id":"a","form":"pdf","words":0,"entities":[],"events":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := schema.Validate(tt.schema, []byte(tt.doc)); err == nil {
				t.Error("accepted")
			}
		})
	}
}

// The schemas name exactly the JSON fields of the Go types in
// extract/record.go: a field added there without a new schema fails here.
func TestSchemasMatchGoTypes(t *testing.T) {
	type doc struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	read := func(name string) doc {
		b, err := schema.File(name)
		if err != nil {
			t.Fatal(err)
		}
		var d doc
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	ev, ar := read(schema.Event), read(schema.Article)
	checks := []struct {
		what  string
		props map[string]json.RawMessage
		typ   reflect.Type
	}{
		{"event record", ev.Properties, reflect.TypeOf(extract.EventRecord{})},
		{"participant", ev.Defs["participant"].Properties, reflect.TypeOf(extract.Participant{})},
		{"evidence", ev.Defs["evidence"].Properties, reflect.TypeOf(extract.Evidence{})},
		{"article ref", ev.Defs["articleRef"].Properties, reflect.TypeOf(extract.ArticleRef{})},
		{"article record", ar.Properties, reflect.TypeOf(extract.Record{})},
		{"entity", ar.Defs["entity"].Properties, reflect.TypeOf(extract.Entity{})},
		{"event", ar.Defs["event"].Properties, reflect.TypeOf(extract.Event{})},
		{"truncation", ar.Defs["truncation"].Properties, reflect.TypeOf(extract.Truncation{})},
	}
	for _, c := range checks {
		want := jsonFields(c.typ)
		var got []string
		for k := range c.props {
			got = append(got, k)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: schema properties %v, Go JSON fields %v", c.what, got, want)
		}
	}
}

func jsonFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() && !f.Anonymous {
			continue // encoding/json never writes it
		}
		if f.Anonymous {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		tag := strings.Split(f.Tag.Get("json"), ",")[0]
		if tag == "-" {
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		out = append(out, tag)
	}
	slices.Sort(out)
	return out
}

func ExampleValidate() {
	err := schema.Validate(schema.Event, []byte(`{"schema":"newswire.event/v1","id":"e1","type":"visit",
		"participants":[{"name":"Ana Soto","type":"PERSON"}],"trigger":"visited","sentence":"Ana Soto visited Lima.",
		"confidence":0.9,"article":{"id":"a1"}}`))
	fmt.Println(err)
	// Output: <nil>
}
