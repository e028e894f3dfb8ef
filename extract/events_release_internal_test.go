package extract

import "testing"

// TestReleaseHeading: the lines that open a press release's closing
// sections (release_sections.tsv), and the lines of news that look like
// them and open nothing.
func TestReleaseHeading(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ line, want string }{
		{"About Veltra Biosciences", "about"},
		{"About Orlo Freight Co., Ltd.", "about"},
		{"About the Harlan Institute of Technology", ""}, // "the": a sentence, not a name
		{"About Universiti Teknologi Seri Perdana", "about"},
		{"About 300 workers marched to the plant gates on Monday.", ""},
		{"About Us", "about"},
		{"Abouts", ""},
		{"Forward-Looking Statements", "disclaimer"},
		{"Cautionary Statement Regarding Forward-Looking Statements", "disclaimer"},
		{"Safe Harbor Statement", "disclaimer"},
		{"Forward-looking statements, the minister said on Tuesday, were of no use to anyone trying to plan a harvest this year.", ""},
		{"Media Contact:", "contacts"},
		{"Investor Contacts", "contacts"},
		{"Media: Lise Marten, +1 555 0100, press@veltra.example", "contacts"},
		{"Contacts", "contacts"},
		{"Contacted by telephone, the mayor declined to comment.", ""},
		{"Contacts between the two governments resumed in March.", ""}, // a sentence, not a heading
		{"Media contact with ministers was limited", ""},
		{"Contacts: Lise Marten", "contacts"},
		{"For further information:", "contacts"},
		{"SOURCE Veltra Biosciences", "source"},
		{"Source: national statistics office", ""}, // a chart's source line: case-sensitive row
		{"", ""},
	}
	for _, c := range cases {
		if got := lx.releaseHeading(c.line); got != c.want {
			t.Errorf("releaseHeading(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestReleaseTail: the tail starts at the first heading line past the
// first third of the body; a heading in the first third is a story's own
// subheading.
func TestReleaseTail(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	long := "Veltra Biosciences said on Monday that it had signed a supply agreement with Orlo Freight. The deal runs for five years and covers shipments to Asia and Europe.\n\n"
	cases := []struct {
		name, text, want string
	}{
		{"about section", long + long + "About Veltra Biosciences\nVeltra is based in Basel.", "about"},
		{"disclaimer then contacts", long + long + "Forward-Looking Statements\nThis release contains statements.\n\nMedia Contact:\nLise Marten", "disclaimer"},
		{"a subheading in the first third", "Contacts\n\n" + long + long + long, ""},
		{"no heading", long + long, ""},
		{"a sentence that begins with a heading's word", long + long + "Contacts between the two governments resumed in March.\n\nKenyan Foreign Minister Ana Mwangi met her Ugandan counterpart Paul Okello in Kampala on Monday.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &document{text: c.text}
			at, sec := d.releaseTail(lx)
			if sec != c.want {
				t.Fatalf("section %q at %d, want %q", sec, at, c.want)
			}
			if sec == "" && at != len(c.text) {
				t.Fatalf("no section but tail at %d of %d", at, len(c.text))
			}
		})
	}
}
