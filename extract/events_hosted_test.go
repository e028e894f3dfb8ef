package extract_test

import (
	"context"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestHostedTalks: "talks hosted by X" after an agreement told just before
// are the signers' talks with their host, who is a party; a lunch hosted by
// X after a meeting told before is not that meeting's, and a
// chair is no party by this rule. Every sentence is invented.
func TestHostedTalks(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "type: A | B | C"
		not        []string
	}{
		{name: "an accord that talks hosted by a prime minister produced",
			text: "DAKAR, Nov 19, 2025 (Sahel Courier) - A river-sharing accord was signed on Thursday by Mali's water minister, Teodor Koffa, and Niger's water minister, Ilsabe Dembrel. Four rounds of talks hosted by Senegalese Prime Minister Radu Vasilescu had produced it.",
			want: []string{"meeting: Teodor Koffa | Ilsabe Dembrel | Radu Vasilescu"}},
		{name: "a dinner hosted after a meeting told before",
			text: "TUNIS, Feb 10, 2026 (Carthage Post) - In Algiers on Sunday, Health Minister Mirela Stoica met her Algerian counterpart, Goran Matic. A dinner hosted by Algerian surgeon Ondrej Tovrek followed on Monday evening.",
			not:  []string{"meeting: Mirela Stoica | Goran Matic | Ondrej Tovrek"}},
		{name: "a chair is no party by this rule",
			text: "DAKAR, Nov 19, 2025 (Sahel Courier) - A river-sharing accord was signed on Thursday by Mali's water minister, Teodor Koffa, and Niger's water minister, Ilsabe Dembrel. Four rounds of talks chaired by retired diplomat Radu Vasilescu had produced it.",
			not:  []string{"meeting: Teodor Koffa | Ilsabe Dembrel | Radu Vasilescu"}},
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "hosted", Body: c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			checkEvents(t, rec, c.want, c.not)
		})
	}
}

// TestHostedTalksRole: the rule reads the frame's role host:by
// (frames.tsv), not the lemma: a user's host frame without the role gives
// the talks' host no party by this rule. The sentences are our own.
func TestHostedTalksRole(t *testing.T) {
	text := "ACCRA, Sept 9, 2026 (Gulf Coast Wire) - On Tuesday, Togolese Trade Minister Kossi Amegan and his Beninese counterpart, Rachida Bello, signed a customs accord in Accra. The signing closed two days of talks hosted by Ghanaian Vice President Esi Boateng."
	want := "meeting: Kossi Amegan | Rachida Bello | Esi Boateng"
	for _, c := range []struct {
		name  string
		files map[string]string
		found bool
	}{
		{name: "embedded frame with host:by", found: true},
		{name: "user frame without host:by", files: map[string]string{"frames.tsv": "!host\nhost\tverb\tmeeting\tsubj|obj|guest:obj\tobject\n"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := extract.Options{}
			if c.files != nil {
				opts.TablesDir = writeTables(t, c.files)
			}
			x, err := extract.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.Extract(context.Background(), extract.Article{ID: "hosted-role", Body: text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			if c.found {
				checkEvents(t, rec, []string{want}, nil)
			} else {
				checkEvents(t, rec, nil, []string{want})
			}
		})
	}
}
