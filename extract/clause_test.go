package extract

import (
	"strings"
	"sync"
	"testing"
)

var (
	testX    *Extractor
	testXErr error
	testOnce sync.Once
)

// analysed runs the passes before events over one text and returns the
// document.
func analysed(t *testing.T, published, text string) *document {
	t.Helper()
	testOnce.Do(func() { testX, testXErr = New(Options{}) })
	if testXErr != nil {
		t.Fatal(testXErr)
	}
	x := testX
	d := x.newDocument(text, published)
	d.segment(x.lx.abbr, x.lx.stop)
	if err := x.tag.tag(d, x.lx); err != nil {
		t.Fatal(err)
	}
	d.findDates()
	d.findAcronyms(x.lx)
	acr := map[int]bool{}
	for _, am := range d.acronyms {
		acr[am.tok] = true
	}
	d.findEntities(x.lx, acr)
	x.tag.ner(d, x.lx)
	d.resolve(x.lx)
	return d
}

func argNames(as []arg) string {
	var out []string
	for _, a := range as {
		if a.pron != "" {
			out = append(out, "~"+a.pron)
		} else {
			out = append(out, a.name)
		}
	}
	return strings.Join(out, "+")
}

// TestReadClause: the verb group, subject, object and phrases of the first
// trigger of a sentence.
func TestReadClause(t *testing.T) {
	cases := []struct {
		text                     string
		negated, future, passive bool
		modal                    bool
		subj, obj                string
		pp                       string // "with=..." etc., space-separated, only those checked
		trig                     string // the trigger read, when not the sentence's first
	}{
		{text: "Foreign Minister Ana Soto will meet with Trade Minister Li Wei in Lima on Friday.",
			future: true, subj: "Ana Soto", pp: "with=Li Wei in=Lima"},
		{text: "Prime Minister Ana Soto is due to meet President Li Wei in Lima.",
			future: true, subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto plans to visit Lima next month.", future: true, subj: "Ana Soto", obj: "Lima"},
		{text: "Ana Soto did not meet Li Wei.", negated: true, subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto could meet Li Wei in Lima.", modal: true, subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto, Chile's foreign minister, met Li Wei on Monday.", subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto and Li Wei signed a trade agreement in Lima.", subj: "Ana Soto+Li Wei", pp: "in=Lima"},
		{text: "Kirin Freight was acquired by Harbor Logistics last year.", passive: true, subj: "Harbor Logistics", obj: "Kirin Freight"},
		{text: "He met Li Wei in Lima.", subj: "~he", obj: "Li Wei"},
		{text: "Ana Soto praised the Andean Trade Council, whose next summit will be held in Quito.", pp: "poss=Andean Trade Council in=Quito",
			trig: "summit"}, // "whose": the named phrase the relative follows
		{text: "The two presidents agreed that their trade ministers would meet in Lima.", future: true, subj: "~their trade ministers", pp: "in=Lima",
			trig: "meet"}, // the subject stops at the clause word, not "~agreed that their trade ministers"
		{text: "The talks between Ana Soto and Li Wei ended on Monday.", pp: "between=Ana Soto+Li Wei"},
		{text: "Li Wei welcomed Ana Soto, who visited Lima on Monday.", subj: "Li Wei", obj: "Ana Soto"},
		{text: "During a visit to Peru on Monday, Foreign Minister Ana Soto said trade would grow.", subj: "Ana Soto", pp: "to=Peru"},
		{text: "Ana Soto on Monday met Li Wei in Lima.", subj: "Ana Soto", obj: "Li Wei"},
		{text: "Kirin Freight, a company based in Oslo, and Harbor Logistics today signed a merger agreement.", subj: "Kirin Freight+Harbor Logistics"},
		{text: "Ana Soto's trip to the US ended on Friday.", pp: "to=United States poss=Ana Soto"}, // "US" is no "us"
		{text: "Ana Soto, who is on a three-day visit to Peru, met Li Wei.", subj: "Ana Soto", pp: "to=Peru"},
		// description-apposition: a description before a name and a comma
		// is who the name is, not a conjunct; a list ends in "and"
		{text: "The meeting, brokered by Paraguay's president, Rodrigo Caceres, who hosted the summit, ended late.",
			subj: "Rodrigo Caceres", trig: "summit"},
		{text: "Ana Soto, Li Wei and Oskar Brandt signed the accord in Lima.", subj: "Ana Soto+Li Wei+Oskar Brandt", pp: "in=Lima"},
		// poss-own-subject: a possessive pronoun on a verb's object is that
		// verb's named subject, not the person the sentence opened with
		{text: "Ana Soto said the treaty would be signed next month, when Li Wei is expected to make his first visit to Lima.",
			pp: "poss=Li Wei to=Lima", trig: "visit"},
		{text: "Aides to Ana Soto said Li Wei and Oskar Brandt held their first meeting in Quito.",
			pp: "poss=Li Wei+Oskar Brandt", trig: "meeting"},
		// traps: the possessor stays a pronoun when the verb's subject
		// names no person, or a person stands between verb and noun
		{text: "Ana Soto said he would make his first visit to Lima.", pp: "poss=~his to=Lima", trig: "visit"},
		{text: "Li Wei welcomed Ana Soto on her first visit to Lima.", pp: "poss=~her to=Lima", trig: "visit"},
		{text: "The painter Ana Soto drew him after his arrival in Lima.", pp: "poss=~his", trig: "arrival"},
		{text: "Coach Ana Soto admitted their trip to Lima was the hardest.", pp: "poss=~their", trig: "trip"},
		// a coordination whose second conjunct opens with a title run
		{text: "Ana Soto met with Li Wei and Regional Trade Commissioner General Oskar Brandt in Lima.",
			subj: "Ana Soto", pp: "with=Li Wei+Oskar Brandt"},
		{text: "Ana Soto met Li Wei and Deputy Foreign Minister Oskar Brandt on Monday.",
			subj: "Ana Soto", obj: "Li Wei+Oskar Brandt"},
		// a title run with a nationality is no name of its own
		{text: "Ana Soto met with Moldovan Deputy Prime Minister Oskar Brandt in Lima.",
			subj: "Ana Soto", pp: "with=Oskar Brandt"},
		{text: "Ana Soto met with the Moldovan Deputy Prime Minister in Lima.",
			subj: "Ana Soto", pp: "with=~Moldovan Deputy Prime Minister"},
		{text: "Moldovan Deputy Prime Minister Oskar Brandt met Ana Soto in Lima.",
			subj: "Oskar Brandt", obj: "Ana Soto"},
		// the clause read is the last sentence's: a body's mention that
		// swallowed a known name before a title ("Li Wei and Andean
		// Council") gives the name and the titled person
		{text: "President Li Wei arrived in Lima on Sunday. Ana Soto met with Li Wei and Andean Council Secretary General Oskar Brandt on Monday.",
			subj: "Ana Soto", pp: "with=Li Wei+Oskar Brandt"},
		{text: "President Li Wei arrived in Lima on Sunday. Ana Soto met with Wei and Pacific Forum Secretary General Oskar Brandt on Monday.",
			subj: "Ana Soto", pp: "with=Li Wei+Oskar Brandt"},
		// an unknown first word stays with the body's name
		{text: "Ana Soto met Procter and Gamble Chief Executive Oskar Brandt in Lima.",
			subj: "Ana Soto", obj: "Oskar Brandt"},
		// a title with its office ("of the Treasury") before the name
		{text: "Ana Soto held talks with Deputy Secretary of the Treasury Oskar Brandt in Lima.",
			subj: "Ana Soto", pp: "with=Oskar Brandt"},
		{text: "Ana Soto met Minister of Finance Oskar Brandt and Li Wei in Lima.",
			subj: "Ana Soto", obj: "Oskar Brandt+Li Wei"},
		{text: "Oskar Brandt arrived on Sunday. The Uzbek Deputy Prime Minister met Ana Soto in Lima.",
			subj: "~Uzbek Deputy Prime Minister", obj: "Ana Soto"},
		// coordinated subjects, each with its own title run
		{text: "Chilean Mining Minister Ana Soto and Peruvian Energy Minister Li Wei met in Lima on Monday.",
			subj: "Ana Soto+Li Wei"},
		{text: "Chile's President Ana Soto and Peru's President Li Wei held talks in Lima.",
			subj: "Ana Soto+Li Wei"},
		{text: "Andean Rail Chief Executive Ana Soto and Pacific Ports President Li Wei signed the contract in Lima.",
			subj: "Ana Soto+Li Wei"},
		// a name set off after its description is the subject
		{text: "Foreign Minister Ana Soto and her Peruvian counterpart, Li Wei, signed a fisheries accord in Lima.",
			subj: "Ana Soto+Li Wei"},
		{text: "Trade Commissioner Ana Soto and Peru's Minister of Industry and Trade, Li Wei, signed the accord in Lima.",
			subj: "Ana Soto+Li Wei"},
		{text: "Ana Soto, Chile's foreign minister, and Li Wei signed the accord in Lima.",
			subj: "Ana Soto+Li Wei"},
		// a description with its name after it, as object or with-phrase
		{text: "Ana Soto met her Peruvian counterpart, Foreign Minister Li Wei, in Lima on Monday.",
			subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto met Peru's ambassador to Chile, Li Wei, in Santiago.",
			subj: "Ana Soto", obj: "Li Wei"},
		{text: "Ana Soto held talks with Peru's minister of mines and energy, Li Wei, on Monday.",
			subj: "Ana Soto", pp: "with=Li Wei"},
		{text: "Ana Soto met the governors of both provinces, Li Wei and Oskar Brandt, in Lima.",
			subj: "Ana Soto", obj: "Li Wei+Oskar Brandt"},
		{text: "Ana Soto is due to meet her Andean counterpart Li Wei on Friday.",
			future: true, subj: "Ana Soto", obj: "Li Wei"},
		// an appositive after a coordinated agent
		{text: "The accord was signed in Lima by Ana Soto, chief executive of Andean Rail, and Li Wei, president of Pacific Ports.",
			passive: true, subj: "Ana Soto+Li Wei"},
		// a meeting or visit noun under a verb: the verb's subject
		{text: "Ana Soto will make a five-day tour of the Andes beginning Monday.", subj: "Ana Soto"},
		{text: "Ana Soto held a separate two-hour meeting with Li Wei on Monday.", subj: "Ana Soto", pp: "with=Li Wei"},
		{text: "Ana Soto, who is expected to fly on to Quito on Friday for talks with Li Wei, left Lima.", subj: "Ana Soto", pp: "with=Li Wei", trig: "talks"},
		{text: "On Monday, Chilean President Ana Soto will pay a two-day state visit to Peru.", subj: "Ana Soto", pp: "to=Peru"},
		{text: "Oskar Brandt said during a visit to Peru that copper prices would rise.", subj: "", pp: "to=Peru"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		s := d.sent[len(d.sent)-1]
		trigs := d.triggersIn(d.lx, s)
		if len(trigs) == 0 {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		tr := trigs[0]
		for _, m := range trigs {
			if c.trig != "" && d.textOf(span{m.t0, m.t1}) == c.trig {
				tr = m // "fly on to Quito ... for talks": the talks (events_visit.go's frames)
			}
		}
		cl := d.readClause(tr, s)
		if cl.negated != c.negated || cl.future != c.future || cl.passive != c.passive || cl.modal != c.modal {
			t.Errorf("%q: negated %v future %v passive %v modal %v, want %v %v %v %v", c.text, cl.negated, cl.future, cl.passive, cl.modal, c.negated, c.future, c.passive, c.modal)
		}
		if g := argNames(cl.subj); g != c.subj {
			t.Errorf("%q: subject %q, want %q", c.text, g, c.subj)
		}
		if c.obj != "" {
			if g := argNames(cl.obj); g != c.obj {
				t.Errorf("%q: object %q, want %q", c.text, g, c.obj)
			}
		}
		for _, kv := range splitPP(c.pp) {
			if g := argNames(cl.pp[kv[0]]); g != kv[1] {
				t.Errorf("%q: %s-phrase %q, want %q", c.text, kv[0], g, kv[1])
			}
		}
	}
}

// splitPP splits "with=Li Wei in=Lima" into its phrases.
func splitPP(s string) [][2]string {
	var out [][2]string
	fields := strings.Fields(s)
	var cur [2]string
	for _, f := range fields {
		if k, v, ok := strings.Cut(f, "="); ok {
			if cur[0] != "" {
				out = append(out, cur)
			}
			cur = [2]string{k, v}
		} else {
			cur[1] += " " + f
		}
	}
	if cur[0] != "" {
		out = append(out, cur)
	}
	return out
}
