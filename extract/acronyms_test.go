package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestAcronyms: every acronym or initialism is an ACRONYM entity with the
// expansion the article gives, or "" (a non-nil pointer) when it gives none.
func TestAcronyms(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		short     string
		expansion string // "" when the article gives none
		pending   string
	}{
		{name: "name (ACRONYM)", short: "FATF", expansion: "Financial Action Task Force",
			text: "Pakistan's finance ministry said it would brief the Financial Action Task Force (FATF) in Paris next month."},
		{name: "ACRONYM (name)", short: "OPEC", expansion: "Organization of the Petroleum Exporting Countries",
			text: "Ministers of OPEC (Organization of the Petroleum Exporting Countries) gathered in Vienna on Thursday."},
		{name: "lower-case expansion", short: "ACSA", expansion: "acquisition and cross-servicing agreement",
			text: "Tokyo and New Delhi signed the acquisition and cross-servicing agreement (ACSA) in 2020, officials recalled."},
		{name: "expansion with a hyphenated word", short: "IMEEC", expansion: "India-Middle East-Europe Economic Corridor",
			text: "Saudi officials in Riyadh discussed the India-Middle East-Europe Economic Corridor (IMEEC) with European envoys."},
		{name: "two coordinated companies, the acronym the second's", short: "HMS", expansion: "Harlow Marine Services",
			text: "Ostrava Steel GmbH and Harlow Marine Services (HMS) will build two barges at a yard near Gdynia."},
		{name: "trap: an \"and\" of the name before the acronym's letters stays", short: "WPS", expansion: "Forest and Wildlife Protection Service",
			text: "Rangers of the Forest and Wildlife Protection Service (WPS) closed two reserves near Arusha on Monday."},
		{name: "digit form G7", short: "G7", expansion: "",
			text: "Italy hosted the G7 leaders in Apulia, where Japan's prime minister spoke on trade."},
		{name: "P5+1", short: "P5+1", expansion: "",
			text: "Iranian diplomats met representatives of the P5+1 in Geneva on Monday."},
		{name: "I2U2", short: "I2U2", expansion: "",
			text: "The I2U2 grouping of India, Israel, the United Arab Emirates and the United States met in Abu Dhabi."},
		{name: "COVID-19", short: "COVID-19", expansion: "",
			text: "Tourism in Bali has recovered from the COVID-19 pandemic, Indonesian officials said."},
		{name: "undefined acronym", short: "ITAR", expansion: "",
			text: "Australian defence firms in Adelaide want relief from ITAR export rules."},
		{name: "undefined acronym CEO", short: "CEO", expansion: "",
			text: "The CEO of Kirin Freight, Mei Tanaka, spoke to reporters in Osaka."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "acr", "2025-06-02", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Acronym && e.Text == c.short {
					got = &rec.Entities[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("text %q: no ACRONYM %q; ACRONYMs: %v", c.text, c.short, acronymList(rec))
			}
			if got.Expansion == nil {
				t.Fatalf("text %q: ACRONYM %q has a nil expansion, want %q", c.text, c.short, c.expansion)
			}
			if fold(*got.Expansion) != fold(c.expansion) {
				t.Errorf("text %q: ACRONYM %q expansion %q, want %q", c.text, c.short, *got.Expansion, c.expansion)
			}
		})
	}
}

// TestAcronymIsOrganizationAlias: an acronym defined for an organization is
// an alias of that ORGANIZATION, not a second organization.
func TestAcronymIsOrganizationAlias(t *testing.T) {
	cases := []struct {
		name, text, org, short string
		pending                string
	}{
		{name: "known organization", org: "Financial Action Task Force", short: "FATF",
			text: "The Financial Action Task Force (FATF) kept Nigeria on its grey list. FATF inspectors will return to Abuja in June."},
		{name: "organization not in any table", org: "Andean Fisheries Authority", short: "AFA",
			text: "Peru joined the Andean Fisheries Authority (AFA) on Monday. The AFA will set catch limits for anchovy off Lima."},
		{name: "regional bloc", org: "Economic Community of West African States", short: "ECOWAS",
			text: "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja. ECOWAS said it would lift sanctions."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "acr-org", "2025-06-02", c.text)
			org := findEntity(rec, extract.Organization, c.org)
			if org == nil || fold(org.Text) != fold(c.org) {
				t.Fatalf("text %q: no ORGANIZATION %q; record %s", c.text, c.org, show(rec))
			}
			if !names(*org, c.short) {
				t.Errorf("text %q: ORGANIZATION %q lacks alias %q (aliases %v)", c.text, org.Text, c.short, org.Aliases)
			}
			if n := len(entitiesNamed(rec, extract.Organization, c.short)); n != 1 {
				t.Errorf("text %q: %d ORGANIZATION entities named %q, want 1; record %s", c.text, n, c.short, show(rec))
			}
		})
	}
}

// TestDatelineIsNotAcronym: an all-capitals dateline city is no acronym.
func TestDatelineIsNotAcronym(t *testing.T) {
	cases := []struct {
		name, text, word string
		pending          string
	}{
		{name: "dash dateline", word: "GENEVA",
			text: "GENEVA — Swiss and Iranian diplomats met on Tuesday to discuss prisoner exchanges."},
		{name: "dateline with country and agency", word: "NAIROBI",
			text: "NAIROBI, Kenya (AP) — Kenya's president met Ugandan officials on Friday."},
		{name: "two-word dateline", word: "BUENOS AIRES",
			text: "BUENOS AIRES, June 4 (Mercado) — Argentina's economy minister met bankers on Wednesday."},
		{name: "dateline with date", word: "SEOUL",
			text: "SEOUL, Nov. 18 (Korea Wire) -- South Korean officials met a Japanese delegation on Tuesday."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "dateline", "2025-06-05", c.text)
			parts := append(strings.Fields(c.word), c.word)
			for _, e := range ofType(rec, extract.Acronym) {
				if slices.Contains(parts, e.Text) {
					t.Errorf("text %q: dateline %q became ACRONYM %q", c.text, c.word, e.Text)
				}
			}
		})
	}
}

func acronymList(rec *extract.Record) []string {
	var out []string
	for _, e := range ofType(rec, extract.Acronym) {
		x := "<nil>"
		if e.Expansion != nil {
			x = *e.Expansion
		}
		out = append(out, e.Text+"="+x)
	}
	return out
}
