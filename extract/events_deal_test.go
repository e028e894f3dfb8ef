package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// dealCase is one sentence or short story of a deal reading: the events of
// a type it must tell, each by its exact participant names (sorted), and
// the types it must not tell at all.
type dealCase struct {
	name, text string
	typ        string
	want       [][]string // exact participant sets of typ, any order
	none       []string   // event types that must not appear
	banned     []string   // names no event of typ may have as a participant
}

func runDealCases(t *testing.T, cases []dealCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := cascadeText(t, "deal", "2026-10-08", "Business news\n\n"+c.text) // a headline line, then the story
			var got [][]string
			for _, ev := range rec.Events {
				if ev.Type != c.typ {
					continue
				}
				var ps []string
				for _, p := range ev.Participants {
					ps = append(ps, p.Name)
				}
				slices.Sort(ps)
				got = append(got, ps)
			}
			for _, w := range c.want {
				w = slices.Clone(w)
				slices.Sort(w)
				if !slices.ContainsFunc(got, func(g []string) bool { return slices.Equal(g, w) }) {
					t.Errorf("no %s with exactly %v; events: %s", c.typ, w, eventList(rec))
				}
			}
			for _, g := range got {
				for _, b := range c.banned {
					if slices.Contains(g, b) {
						t.Errorf("%s with %q: %v", c.typ, b, g)
					}
				}
			}
			if len(c.want) == 0 && len(got) > 0 && c.typ != "" {
				t.Errorf("want no %s, got %v", c.typ, got)
			}
			for _, typ := range c.none {
				if evs := eventsOf(rec, typ); len(evs) > 0 {
					t.Errorf("want no %s, got %s", typ, eventList(rec))
				}
			}
		})
	}
}

// TestDealTalksTopic: a deal verb in the infinitive after talks is what the
// talks are about: a meeting of the talks' holder and the deal's other
// side, no agreement (rule talks-topic, events_deal_talks.go).
func TestDealTalksTopic(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "in talks to merge with",
			text: "Pellworth Telecom said on Thursday it was in talks to merge with Dunvale Networks.\n",
			typ:  extract.Meeting, want: [][]string{{"Pellworth Telecom", "Dunvale Networks"}}, none: []string{extract.Agreement}},
		{name: "held talks to buy",
			text: "Carrick Foods has held talks to buy Ambleside Dairies, the company said on Thursday.\n",
			typ:  extract.Meeting, want: [][]string{{"Carrick Foods", "Ambleside Dairies"}}, none: []string{extract.Agreement}},
		{name: "pulled out of talks to buy: no event",
			text: "Carrick Foods has pulled out of talks to buy Ambleside Dairies, the company said on Thursday.\n",
			none: []string{extract.Agreement, extract.Meeting}},
		{name: "an agreed purchase stays an agreement",
			text: "Carrick Foods has agreed to buy Ambleside Dairies for £40m, the company said on Thursday.\n",
			typ:  extract.Agreement, want: [][]string{{"Carrick Foods", "Ambleside Dairies"}}},
		{name: "met to sign: a meeting verb with a purpose is no talks noun",
			text: "Trade Minister Ana Serrat met Trade Minister Li Wen in Lima on Thursday to sign a trade agreement.\n",
			typ:  extract.Meeting, want: [][]string{{"Ana Serrat", "Li Wen"}}},
	})
}

// TestShortOrgNames: a company's short name ("Pellworth") and its full
// name ("Pellworth Communications") are one participant, named in full; a
// short name two companies share is neither's, and a unit with a name of
// its own stays itself (events_deal_names.go).
func TestShortOrgNames(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "an initialism and its full name",
			text: "KTL Communications agreed on Monday to buy Dunvale Networks for $2bn. The telecoms market is shrinking, with Ferrin Cable bought by KTL last year.\n",
			typ:  extract.Agreement, want: [][]string{{"KTL Communications", "Dunvale Networks"}, {"KTL Communications", "Ferrin Cable"}},
			banned: []string{"KTL"}},
		{name: "short name in a later sentence",
			text: "Pellworth Communications agreed on Monday to buy Dunvale Networks for $2bn. Last year Pellworth agreed to buy Ferrin Cable for $300m.\n",
			typ:  extract.Agreement, want: [][]string{{"Pellworth Communications", "Dunvale Networks"}, {"Pellworth Communications", "Ferrin Cable"}},
			banned: []string{"Pellworth"}},
		{name: "a legal form after a company cue",
			text: "Korvane Pharma AG said on Tuesday it would cut 300 jobs. Korvane signed a supply deal with Tamsin Therapeutics in March.\n",
			typ:  extract.Agreement, want: [][]string{{"Korvane Pharma AG", "Tamsin Therapeutics"}}, banned: []string{"Korvane"}},
		{name: "a short name two companies share stays short",
			text: "Castlebrook Bank and Castlebrook Group are run separately. On Monday Castlebrook signed a deal with Orrin Capital.\n",
			typ:  extract.Agreement, want: [][]string{{"Castlebrook", "Orrin Capital"}}},
		{name: "a unit with a name of its own stays itself",
			text: "Castlebrook Bank owns Castlebrook Home Loans. On Monday Castlebrook Home Loans signed a deal with Orrin Capital.\n",
			typ:  extract.Agreement, want: [][]string{{"Castlebrook Home Loans", "Orrin Capital"}}},
	})
}

// TestCompanyNames: the company names a deal's parties need. A company cue
// ends a name ("Pellworth Communications"); a person "of" a company is two
// names, not one organization (entities.go, ruleOrgCue); "X of Y" that is
// one name stays one.
func TestCompanyNames(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // text -> type
		not  []string          // no entity of any type with this text
	}{
		{text: "The ship sank, said Erin Lund of Boston-based Marrow Communications on Friday.\n",
			want: map[string]string{"Erin Lund": extract.Person, "Marrow Communications": extract.Organization},
			not:  []string{"Erin Lund of Boston-based Marrow Communications", "Boston-based Marrow Communications"}},
		{text: "Rates were left unchanged by the Bank of England on Thursday.\n",
			want: map[string]string{"Bank of England": extract.Organization}},
		{text: "KTL Communications agreed on Monday to buy Dunvale Networks for $2bn.\n",
			want: map[string]string{"KTL Communications": extract.Organization}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "names", "2026-10-08", c.text)
			for text, typ := range c.want {
				found := false
				for _, e := range ofType(rec, typ) {
					found = found || e.Text == text
				}
				if !found {
					t.Errorf("no %s %q: %v", typ, text, rec.Entities)
				}
			}
			for _, n := range c.not {
				for _, e := range rec.Entities {
					if e.Text == n {
						t.Errorf("%s %q", e.Type, n)
					}
				}
			}
		})
	}
}

// TestDescribedCompany: a company description is the company its words
// fit — its head noun ends the name ("the bank"), a place before it is in
// the name or the company's base ("the Oslo market", "the Leeds
// operator"), a nationality rules out a company of another ("the German
// company" is no Danish drugmaker) — else the story's company; "Both X and
// Y held talks with Z" is one meeting each (events_deal_describe.go,
// party rule described-company).
func TestDescribedCompany(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "a place in the name, a distributive subject",
			text: "Turnover at the Oslo Stock Exchange hit a record in May. Both Nordvik Capital and rival Baltra Group met with the Oslo market on Tuesday over listing fees.\n",
			typ:  extract.Meeting, want: [][]string{{"Nordvik Capital", "Oslo Stock Exchange"}, {"Baltra Group", "Oslo Stock Exchange"}}},
		{name: "a place the company is based in",
			text: "Tolland Mobile, which is based in Leeds, said profits rose. Both Ferris Group and rival Quarry Telecom held talks with the Leeds operator last month.\n",
			typ:  extract.Meeting, want: [][]string{{"Ferris Group", "Tolland Mobile"}, {"Quarry Telecom", "Tolland Mobile"}}},
		{name: "no distributive word: one meeting of three",
			text: "Tolland Mobile, which is based in Leeds, said profits rose. Ferris Group and Quarry Telecom held talks with the Leeds operator last month.\n",
			typ:  extract.Meeting, want: [][]string{{"Ferris Group", "Quarry Telecom", "Tolland Mobile"}}},
		{name: "a nationality rules out a company of another",
			text: "Korvane Pharma AG has agreed to buy Danish drugmaker Lindholm Bio for 900 million euros. Separately, Tamsworth Labs said on Monday that it had signed a licensing agreement with the German company.\n",
			typ:  extract.Agreement, want: [][]string{{"Tamsworth Labs", "Korvane Pharma AG"}}},
		{name: "the head noun ends the name",
			text: "Castlebrook Bank has agreed to pay £4m to settle claims by the Prudential Conduct Authority. Separately, the bank reached a settlement with Attorney General Dana Whitmore.\n",
			typ:  extract.Agreement, want: [][]string{{"Castlebrook Bank", "Dana Whitmore"}}},
		{name: "a described subject of saying is what 'it' means",
			text: "Shares in Carrick Foods rose on Thursday after the food group said it was in talks to buy Ambleside Dairies.\n",
			typ:  extract.Meeting, want: [][]string{{"Carrick Foods", "Ambleside Dairies"}}, none: []string{extract.Agreement}},
		// a public body's head noun ("the port authority", "the ministry")
		// stands for the one named before whose name holds it, never for
		// another organization named last (org_context.tsv, flag named)
		{name: "the authority named before by its last word",
			text: "Freight volumes at the Kessing Harbour Authority fell in June. Dorrin Shipping signed a berth lease with the harbour authority last week.\n",
			typ:  extract.Agreement, want: [][]string{{"Dorrin Shipping", "Kessing Harbour Authority"}}},
		{name: "the ministry named before by its first word",
			text: "Veloria's Ministry of Fisheries froze quotas in May. Halden Trawlers said on Friday it had concluded a quota deal with the ministry.\n",
			typ:  extract.Agreement, want: [][]string{{"Halden Trawlers", "Ministry of Fisheries"}}},
		{name: "the ministry is no company named before",
			text: "Pellow Textiles said profits fell in March. On Thursday Arnic Mills struck a deal with the ministry over cotton import duties.\n",
			typ:  extract.Agreement, banned: []string{"Pellow Textiles"}},
		{name: "the department is no company named before",
			text: "Vantor Cables opened a plant near the river in March. Governor Ruth Okafor finalised a road-building accord with the department on Wednesday.\n",
			typ:  extract.Agreement, banned: []string{"Vantor Cables"}},
		{name: "the board is no company named before",
			text: "Profits at Lunden Glass dropped in April. Managing director Tom Ekwueme struck a pay deal with the board on Thursday.\n",
			typ:  extract.Agreement, banned: []string{"Lunden Glass"}},
		{name: "a deal hoped for with the authority is none",
			text: "Freight volumes at the Kessing Harbour Authority fell in June. Dorrin Shipping wants a berth lease with the harbour authority to be signed next year.\n",
			none: []string{extract.Agreement}},
		{name: "a deal with the company that fell through is none",
			text: "Tolland Mobile, which is based in Leeds, said profits rose. A merger with the Leeds operator fell through last year, Ferris Group said.\n",
			none: []string{extract.Agreement}},
	})
}

// TestEmployerNames: a name before a title and a person's name is the
// person's employer, an organization everywhere in the story, and can be a
// deal's party (events_deal_names.go, employerNames).
func TestEmployerNames(t *testing.T) {
	rec := extractText(t, "employer", "2026-10-08", "Business news\n\nVarnholt Kessler chief executive Marta Lind said on Monday that Varnholt Kessler had agreed to buy Pellam Foods for $90m.\n")
	found := false
	for _, e := range ofType(rec, extract.Organization) {
		found = found || e.Text == "Varnholt Kessler"
	}
	if !found {
		t.Errorf("Varnholt Kessler is no organization: %v", rec.Entities)
	}
	for _, e := range ofType(rec, extract.Person) {
		if e.Text == "Varnholt Kessler" {
			t.Errorf("Varnholt Kessler typed a person")
		}
	}
}

// TestDealObject: an agreement noun completed by an infinitive of
// acquiring names the company acquired as its other side
// (events_deal_object.go); an infinitive whose object is no company names
// none.
func TestDealObject(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "a definitive agreement to acquire",
			text: "Ostrava Systems Inc., a provider of security software, today announced that it has signed a definitive agreement to acquire Pelham Analytics, a data company based in Austin, Texas.\n",
			typ:  extract.Agreement, want: [][]string{{"Ostrava Systems Inc.", "Pelham Analytics"}}},
		{name: "a deal to take over",
			text: "Brimley Foods has struck a deal to take over Crandon Dairies, the company said on Monday.\n",
			typ:  extract.Agreement, want: [][]string{{"Brimley Foods", "Crandon Dairies"}}},
		{name: "an object that is no company",
			text: "Brimley Foods has signed an agreement to acquire a stake in three dairy farms in Kenya, the company said on Monday.\n",
			typ:  extract.Agreement, banned: []string{"Kenya"}},
	})
}

// TestRenewedDeal: renewing a deal concludes it for another term, an
// agreement of its sides (support verb renew, support_verbs.tsv); one only
// hoped for or refused is none.
func TestRenewedDeal(t *testing.T) {
	runDealCases(t, []dealCase{
		{name: "renewed a code-share deal",
			text: "Pellan Air and Skyreach Airways have renewed their code-share deal for five more years, the two carriers said.\n",
			typ:  extract.Agreement, want: [][]string{{"Pellan Air", "Skyreach Airways"}}},
		{name: "a renewal hoped for",
			text: "Brixley Foods hopes to renew its supply agreement with Norvale Farms next year.\n",
			none: []string{extract.Agreement}},
		{name: "a renewal refused",
			text: "Brixley Foods declined to renew its supply agreement with Norvale Farms in May.\n",
			none: []string{extract.Agreement}},
		{name: "renewed calls for a deal",
			text: "Governor Lena Hart renewed calls for an agreement with Norvale Farms.\n",
			none: []string{extract.Agreement}},
		// renew supports the deal noun only as its direct object (flag
		// object, support_verbs.tsv): a pledge, plea or call renewed is none
		{name: "a pledge to a truce deal renewed",
			text: "Premier Omar Haddad and Chancellor Greta Lind renewed their pledge to the truce agreement on Sunday.\n",
			none: []string{extract.Agreement}},
		{name: "a company's backing for a deal renewed",
			text: "Quarry operator Faldon Stone renewed its backing for the haulage agreement with Merrow Freight.\n",
			none: []string{extract.Agreement}},
		{name: "trap: renewed fears, then a clause whose subject is the deal",
			text: "Talbrook Mining renewed fears on Monday that the haulage agreement with Merrow Freight would collapse.\n",
			none: []string{extract.Agreement}},
		{name: "trap: renewed worries, a deal the subject of a bare clause",
			text: "Talbrook Mining renewed worries its haulage agreement with Merrow Freight might lapse.\n",
			none: []string{extract.Agreement}},
		{name: "a time phrase before the renewed deal",
			text: "Without fanfare Askew Haulage renewed this week a freight agreement with Pelham Rail that dates from 2019.\n",
			typ:  extract.Agreement, want: [][]string{{"Askew Haulage", "Pelham Rail"}}},
		{name: "trap: the verb's own object, then a time phrase, then a clause about the deal",
			text: "Ostby Mills renewed its objections last week a grain agreement with Kestrel Bakeries was unfair to farmers.\n",
			none: []string{extract.Agreement}},
		{name: "trap: a noun object before a bare weekday and a clause about the deal",
			text: "Union leaders at Corrin Docks renewed complaints Tuesday the port agreement with Vessmar Lines ignored overtime.\n",
			none: []string{extract.Agreement}},
		{name: "a plea for a deal renewed",
			text: "Kestrel Bakeries has renewed its plea for a pricing agreement with the grain trader Ostby Mills.\n",
			none: []string{extract.Agreement}},
	})
}
