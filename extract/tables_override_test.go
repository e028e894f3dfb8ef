package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// writeTables writes user tables (file name -> content) into a temp folder.
func writeTables(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTablesOverride: a user folder adds rows to a table of the same name,
// and a row starting with "!" removes an embedded entry.
func TestTablesOverride(t *testing.T) {
	cases := []struct {
		name    string
		files   map[string]string
		text    string
		check   func(t *testing.T, rec *extract.Record)
		pending string
	}{
		{name: "added organization",
			files: map[string]string{"organizations.tsv": "# user organizations\nTidewater\tTDW\tcompany\n"},
			text:  "Executives of Tidewater met port officials in Oslo on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if findEntity(rec, extract.Organization, "Tidewater") == nil {
					t.Errorf("no ORGANIZATION Tidewater: %s", show(rec))
				}
			}},
		{name: "added inside word (word_classes.tsv, class inside): a meeting amid a visit is where the visit went",
			files: map[string]string{"word_classes.tsv": "amid\tinside\n"},
			text:  "Foreign Minister Wanjiru Kamau flew to Mogadishu on Wednesday. Amid the five-hour visit, she met President Hassan Warsame.",
			check: func(t *testing.T, rec *extract.Record) {
				for _, ev := range rec.Events {
					if ev.Type == extract.Meeting && hasParty(ev, "Hassan Warsame") {
						if ev.Location != "Mogadishu" {
							t.Errorf("meeting at %q, want Mogadishu: %s", ev.Location, eventList(rec))
						}
						return
					}
				}
				t.Errorf("no meeting of Hassan Warsame: %s", eventList(rec))
			}},
		{name: "added title head",
			files: map[string]string{"titles.tsv": "harbourmaster\thead\n"},
			text:  "Harbourmaster Erik Lund said the port of Bergen would reopen.",
			check: func(t *testing.T, rec *extract.Record) {
				var p *extract.Entity
				for i, e := range rec.Entities {
					if e.Type == extract.Person && e.Text == "Erik Lund" {
						p = &rec.Entities[i]
					}
				}
				if p == nil {
					t.Fatalf("no PERSON Erik Lund: %v", personList(rec))
				}
				if !hasTitle(rec, "Erik Lund", "Harbourmaster") {
					t.Errorf("Erik Lund lacks title Harbourmaster: %v %v", personList(rec), titleList(rec))
				}
			}},
		{name: "added place with an alias",
			files: map[string]string{"locations.tsv": "Tromsø\tcity\tNorway\tTromso\t\n"},
			text:  "Arctic Council officials gathered in Tromso on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if findEntity(rec, extract.Location, "Tromsø") == nil {
					t.Errorf("no LOCATION Tromsø (alias Tromso): %s", show(rec))
				}
			}},
		{name: "added event frame, inflected",
			files: map[string]string{"frames.tsv": "huddle\tverb\tmeeting\tsubj|with\t\n"},
			text:  "Japanese Foreign Minister Kenji Mori huddled with Australian Foreign Minister Claire Dunn in Canberra on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if matchEvent(rec, extract.Meeting, []string{"Kenji Mori", "Claire Dunn"}) == nil {
					t.Errorf("no meeting from the user trigger: %s", eventList(rec))
				}
			}},
		{name: "moved place",
			files: map[string]string{"geo.tsv": "Lima\tcity\tPeru\tPE\t\t-10.5\t-70.25\n"},
			text:  "Trade Minister Rosa Quintero met bankers in Lima on Tuesday.",
			check: func(t *testing.T, rec *extract.Record) {
				e := findEntity(rec, extract.Location, "Lima")
				if e == nil || e.Lat == nil || *e.Lat != -10.5 || *e.Lon != -70.25 || e.GeoNamesID != 0 {
					t.Errorf("Lima not at the user's point: %s", show(rec))
				}
			}},
		{name: "future word read by the event cues",
			// word_classes.tsv's future class is also event_cues.tsv's
			// future effect: a word added there makes an event planned
			files: map[string]string{"word_classes.tsv": "shalt\tfuture\n"},
			text:  "Japanese Foreign Minister Kenji Mori shalt meet Australian Foreign Minister Claire Dunn in Canberra on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				ev := matchEvent(rec, extract.Meeting, []string{"Kenji Mori", "Claire Dunn"})
				if ev == nil || !ev.Planned || ev.Date != "2025-10-13" {
					t.Errorf("no planned meeting on 2025-10-13 after adding shalt to future: %s", eventList(rec))
				}
			}},
		{name: "added postnominal",
			// word_classes.tsv's postnominal class: a degree between commas
			// after a name is skipped before the appositive title
			files: map[string]string{"word_classes.tsv": "dphil\tpostnominal\n"},
			text:  "Liam Fitzgerald, DPhil, chief executive of Helixa, said the plant in Cork would open in May.",
			check: func(t *testing.T, rec *extract.Record) {
				if !hasTitle(rec, "Liam Fitzgerald", "chief executive") {
					t.Errorf("Liam Fitzgerald lacks title chief executive after adding DPhil: %v %v", personList(rec), titleList(rec))
				}
			}},
		{name: "added time zone",
			// word_classes.tsv's timezone class: capitals that are no acronym
			files: map[string]string{"word_classes.tsv": "MSK\ttimezone\n"},
			text:  "The talks in Ankara began at 10:00 MSK on Monday and the MSK schedule was kept.",
			check: func(t *testing.T, rec *extract.Record) {
				for _, e := range rec.Entities {
					if e.Text == "MSK" {
						t.Errorf("MSK still an entity after adding it to timezone: %s", show(rec))
					}
				}
			}},
		{name: "added orgnoun in org_context",
			// org_context.tsv's third column orgnoun: "the shipper" stands
			// for the organization named before it
			files: map[string]string{"org_context.tsv": "shipper\tbefore\torgnoun\n"},
			text:  "Kirin Freight named a new chief executive. Harbor Logistics signed a long-term agreement with the shipper on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if matchEvent(rec, extract.Agreement, []string{"Harbor Logistics", "Kirin Freight"}) == nil {
					t.Errorf("no agreement with Kirin Freight through \"the shipper\": %s", eventList(rec))
				}
			}},
		{name: "removed organization",
			files: map[string]string{"organizations.tsv": "!Quad\n"},
			text:  "Leaders of the Quad met in Tokyo on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if e := findEntity(rec, extract.Organization, "Quad"); e != nil {
					t.Errorf("Quad still an ORGANIZATION after !Quad: %s", show(rec))
				}
			}},
		{name: "removed frame",
			files: map[string]string{"frames.tsv": "!meet\n"},
			text:  "Japanese Foreign Minister Kenji Mori met Australian Foreign Minister Claire Dunn in Canberra on Monday.",
			check: func(t *testing.T, rec *extract.Record) {
				if evs := eventsOf(rec, extract.Meeting); len(evs) > 0 {
					t.Errorf("meeting still found after !meet: %s", eventList(rec))
				}
			}},
		{name: "removal and addition in one file",
			files: map[string]string{"organizations.tsv": "!Quad\nTidewater\t\tcompany\n"},
			text:  "Tidewater will ship gear to the Quad navies.",
			check: func(t *testing.T, rec *extract.Record) {
				if findEntity(rec, extract.Organization, "Tidewater") == nil {
					t.Errorf("no ORGANIZATION Tidewater: %s", show(rec))
				}
				if findEntity(rec, extract.Organization, "Quad") != nil {
					t.Errorf("Quad still an ORGANIZATION: %s", show(rec))
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			x, err := extract.New(extract.Options{TablesDir: writeTables(t, c.files)})
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			rec, err := x.Extract(context.Background(), extract.Article{ID: "tables", Published: "2025-10-09", Body: c.text})
			if err != nil {
				t.Fatal(err)
			}
			c.check(t, rec)
		})
	}
}

// TestTablesOverrideLeavesDefaultsAlone: a user folder changes only the
// Extractor built with it.
func TestTablesOverrideLeavesDefaultsAlone(t *testing.T) {
	if _, err := extract.New(extract.Options{TablesDir: writeTables(t, map[string]string{"organizations.tsv": "!Quad\n"})}); err != nil {
		t.Fatal(err)
	}
	rec := extractText(t, "defaults", "2025-10-09", "Leaders of the Quad met in Tokyo on Monday.")
	if findEntity(rec, extract.Organization, "Quad") == nil {
		t.Errorf("default Extractor lost Quad: %s", show(rec))
	}
	if _, err := extract.New(extract.Options{TablesDir: t.TempDir()}); err != nil {
		t.Errorf("empty user folder: %v", err)
	}
}

// TestTablesMalformed: a bad user table fails New with the file and line.
func TestTablesMalformed(t *testing.T) {
	cases := []struct {
		name, file, content string
		line                int
		pending             string
	}{
		{name: "missing column", file: "titles.tsv", content: "# my titles\nharbourmaster\thead\nharbourmaster\n", line: 3},
		{name: "unknown title kind", file: "titles.tsv", content: "harbourmaster\tboss\n", line: 1},
		{name: "unknown abbreviation kind", file: "abbreviations.tsv", content: "\nGov.\tsometimes\n", line: 2},
		{name: "frame without type", file: "frames.tsv", content: "huddle\tverb\n", line: 1},
		{name: "frame with an unknown part of speech", file: "frames.tsv", content: "huddle\tadverb\tmeeting\n", line: 1},
		{name: "frame with an unknown role", file: "frames.tsv", content: "huddle\tverb\tmeeting\tsubj|beside\n", line: 1},
		{name: "unknown cue effect", file: "event_cues.tsv", content: "# cues\n\nshelved\tmaybe\n", line: 3},
		{name: "date word with an unknown class", file: "date_words.tsv", content: "fortnight\tspan\t14\n", line: 1},
		{name: "date unit that is no unit", file: "date_words.tsv", content: "# mine\nfortnight\tunit\tfortnight\n", line: 2},
		{name: "date number that is no number", file: "date_words.tsv", content: "sixty\tnumber\tmany\n", line: 1},
		{name: "org context with an unknown flag", file: "org_context.tsv", content: "shipper\tbefore\tnoun\n", line: 1},
		{name: "orgnoun outside org_context", file: "word_classes.tsv", content: "# mine\ncarrier\torgnoun\n", line: 2},
		{name: "org cue with bad position", file: "org_cues.tsv", content: "Syndicate\tmiddle\tcompany\n", line: 1},
		{name: "geo row for an unknown place", file: "geo.tsv", content: "Nowhereville\tcity\tPeru\tPE\t\t-12\t-77\n", line: 1},
		{name: "geo latitude out of range", file: "geo.tsv", content: "# mine\nLima\tcity\tPeru\tPE\t\t-120\t-77\n", line: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			dir := writeTables(t, map[string]string{c.file: c.content})
			_, err := extract.New(extract.Options{TablesDir: dir})
			if err == nil {
				t.Fatalf("New with a malformed %s: no error", c.file)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.file) {
				t.Errorf("error %q does not name %s", msg, c.file)
			}
			if !strings.Contains(msg, "line "+strconv.Itoa(c.line)) && !strings.Contains(msg, c.file+":"+strconv.Itoa(c.line)) {
				t.Errorf("error %q does not name line %d", msg, c.line)
			}
		})
	}
}

// A tables folder that is not there is an error naming it, not silently
// no extensions.
func TestTablesDirMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-folder")
	_, err := extract.New(extract.Options{TablesDir: missing})
	if err == nil || !strings.Contains(err.Error(), "no-such-folder") {
		t.Errorf("New with a missing tables folder: %v, want an error naming it", err)
	}
	file := filepath.Join(t.TempDir(), "file.tsv")
	if err := os.WriteFile(file, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := extract.New(extract.Options{TablesDir: file}); err == nil {
		t.Error("New with a file as tables folder: no error")
	}
}
