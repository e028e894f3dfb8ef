// Package extract turns one news article into an article record: people and
// their titles, organizations, locations, dates, acronyms, and the meetings,
// visits and agreements between them.
//
// An Extractor is built once (it loads the rule tables and prose's model)
// and shared: Extract is safe for concurrent use. Each call runs a sequence
// of small passes over one document: header and dateline, tokens and
// sentences, part-of-speech tags (prose), dates, acronyms, entities from the
// rule tables, their resolution into people with aliases and titles, and
// events over the resolved entities; the record builder (build.go) is the
// only place that knows the output format.
package extract

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newswire/newswire/extract/ner"
)

// Options configure an Extractor.
type Options struct {
	// TablesDir, when set, is a folder of rule tables that extend the
	// embedded ones: a file of the same name adds its rows, and a row whose
	// first column starts with "!" removes that entry (see
	// extract/tables/README.md).
	TablesDir string
	// NoNER turns off prose's named-entity recogniser, which otherwise
	// decides the multi-word names no table explains.
	NoNER bool
	// NoTagger turns off the learned entity tagger (extract/ner), which
	// otherwise types the names the rules have no cue for.
	NoTagger bool
	// Trace, when set, receives the passes' decisions: which classify rule
	// typed each chunk, what the tagger changed, geocoding and events. With
	// a trace, a candidate event a rule removes is also followed through
	// the event passes and traced as "removed by rule R; would be
	// [parties]" (rescue_trace.go); the record does not change.
	Trace func(format string, args ...any)
	// WithText puts the text the passes read into each record (Record.Text),
	// the text every span indexes.
	WithText bool
	// Explain fills each event's Explain field: the frame, the clause
	// reading, the resolutions and the confidence terms that made it.
	Explain bool
	// MinConfidence, when set, replaces the threshold of confidence.tsv
	// (min_confidence): events whose confidence is under it are not
	// published. A pointer to 0 publishes every event.
	MinConfidence *float64
	// PlaceCandidates fills each event's PlaceCandidates with every place
	// the place rules proposed and the features the place ranker reads,
	// and keeps the cascade's choice whatever place_rank.tsv says: what
	// `newswire-train place` learns from.
	PlaceCandidates bool
	// DateCandidates fills each event's DateCandidates with every date its
	// readings proposed, and keeps the cascade's choice whatever
	// date_rank.tsv says: what `newswire-train date` learns from.
	DateCandidates bool
}

// Extractor holds the loaded tables and prose's model. Build one per
// process with New and share it: Extract is safe for concurrent use.
type Extractor struct {
	lx    *lexicon
	tag   *tagger
	trace func(format string, args ...any) // Options.Trace, or set by tests
	noNER bool
	text  bool
	html  *Cleaner
	ner   *ner.Model // the learned tagger; nil: off
	// explain fills Event.Explain (Options.Explain)
	explain bool
	minConf float64 // Options.MinConfidence; -1: the table's
	// placeCands fills Event.PlaceCandidates (Options.PlaceCandidates)
	placeCands bool
	// partyObs receives each draft's party candidates and may choose
	// one (PartyDrafts)
	partyObs func(PartyDraft) int
	// argsObs receives each draft's candidate parties (ArgsDrafts)
	argsObs func(ArgsDraft)
	// keepRemoved keeps every candidate a rule removed, with the rule's
	// name, beside the record (Record.removed; rescue_trace.go)
	keepRemoved bool
	// dateCands fills Event.DateCandidates (Options.DateCandidates)
	dateCands bool
	// frameObs reads the finished document for the frame induction
	// (FrameReadings, frames_induce.go)
	frameObs func(d *document)
}

// New loads the rule tables and the prose model.
func New(opts Options) (*Extractor, error) {
	lx, err := loadLexicon(opts.TablesDir)
	if err != nil {
		return nil, fmt.Errorf("load tables: %w", err)
	}
	tg, err := newTagger()
	if err != nil {
		return nil, err
	}
	hc, err := NewCleaner(opts.TablesDir)
	if err != nil {
		return nil, fmt.Errorf("load tables: %w", err)
	}
	x := &Extractor{lx: lx, tag: tg, noNER: opts.NoNER, text: opts.WithText, html: hc, trace: opts.Trace, keepRemoved: opts.Trace != nil, explain: opts.Explain,
		dateCands: opts.DateCandidates, placeCands: opts.PlaceCandidates, minConf: -1}
	if m := opts.MinConfidence; m != nil {
		if *m < 0 || *m > 1 || *m != *m {
			return nil, fmt.Errorf("minimum confidence %v: want a probability from 0 to 1", *m)
		}
		x.minConf = *m
	}
	if !opts.NoTagger {
		if x.ner, err = ner.Default(); err != nil {
			return nil, fmt.Errorf("load the entity tagger: %w", err)
		}
	}
	return x, nil
}

// Cleaner is the HTML cleaner of the Extractor's tables, for a Decoder.
func (x *Extractor) Cleaner() *Cleaner { return x.html }

// Extract builds the record of one article. An article with HTML and no
// body is cleaned first (the headline and published date are taken from the
// page when the article has none).
func (x *Extractor) Extract(ctx context.Context, a Article) (*Record, error) {
	return x.extract(ctx, a, x.minConf)
}

// extract is Extract with a confidence threshold (-1: the table's).
func (x *Extractor) extract(ctx context.Context, a Article, minConf float64) (*Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if a.Body == "" && a.HTML != "" {
		page, err := x.html.Clean(a.HTML)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		a.Body = page.Body
		if a.Headline == "" {
			a.Headline = page.Headline
		}
		if a.Published == "" {
			a.Published = page.Published
		}
	}
	if a.Form == "" {
		a.Form = "text"
	}
	text := a.Body
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	d := x.newDocument(text, a.Published)
	d.trace = x.trace
	d.explain = x.explain
	d.placeCands = x.placeCands
	d.keepRemoved = x.keepRemoved
	d.dateCands = x.dateCands
	d.source = a.Source
	d.headlineApart = a.Headline != ""
	if !d.ref.hasDay {
		// no published date: one in the page address or the article id
		// ("/2025/10/07/", "reuters-london-2025-10-07") is the next best
		if t, ok := dateInName(a.URL); ok {
			d.ref = refDate{t: t, hasDay: true, hasYear: true}
		} else if t, ok := dateInName(a.ID); ok {
			d.ref = refDate{t: t, hasDay: true, hasYear: true}
		}
	}
	d.segment(x.lx.abbr, x.lx.stop)
	if err := x.tag.tag(d, x.lx); err != nil {
		return nil, fmt.Errorf("article %s: %w", a.ID, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d.findDates()
	d.findAcronyms(x.lx)
	acr := make(map[int]bool, len(d.acronyms))
	for _, am := range d.acronyms {
		acr[am.tok] = true
	}
	d.findEntities(x.lx, acr)
	d.placeOffices(x.lx)      // entities_offices.go: "the Manhattan district attorney's office"
	d.regionGovernments(x.lx) // entities_government.go: "the Kerala government"
	if x.ner != nil {
		d.learned(x.lx, x.ner)
	}
	d.datelineNamesakes() // entities_dateline.go: "in Helena" after "HELENA, Mont."
	d.teamsPass(x.lx)
	d.employerNames() // events_deal_names.go: "Fiat chief executive X"
	if !x.noNER {
		x.tag.ner(d, x.lx)
	}
	d.unknownPersons()        // entities_unknownperson.go: "Ravelu Manatoa ... Manatoa said"
	d.destinationPlaces(x.lx) // entities_destination.go: "visited Ksarvo"
	d.coordinatedTypes()
	d.resolve(x.lx)
	d.titleEmployers() // employer.go: "Fenbrook's chief executive, X"
	d.geocode()
	d.findEvents(x.lx)
	d.dropTripSummaries() // merge_tripsummary.go: "a tour of Peru and Bolivia" beside its stops
	d.mergeEvents()
	d.actorsForBodies() // events_actors.go: bodies -> the persons shown acting for them
	d.tripSpans()       // time.go: "landed on Friday for a four-day visit"
	d.tripDaySpans()    // dates_tripday.go: "toured a dam on Friday, the fourth day of her six-day tour"
	d.departureEnds()   // dates_departure.go: "arrived on Monday ... leaves on Thursday"
	// confidence.go: the learned confidence; events under the threshold dropped
	d.scoreEvents(x.lx, minConf)
	d.publishedDays() // dates_published.go: undated news told on (or the day before) its publication
	d.distinctIDs()
	if x.frameObs != nil {
		x.frameObs(d)
	}
	rec := d.build(a)
	rec.removed = d.removed // rescue_trace.go: only when keepRemoved
	if x.text {
		rec.Text = d.text
	}
	return rec, nil
}

// newDocument tokenizes the text and finds its header and dateline.
func (x *Extractor) newDocument(text, published string) *document {
	d := &document{lx: x.lx, text: text, partyObs: x.partyObs, argsObs: x.argsObs}
	d.toks = tokenizeTitled(text, x.lx.abbr, x.lx.titleWord)
	bodyStart, dl0, dl1, headerDate := findHeaderPlaces(text, x.lx.knownPlace)
	if published == "" {
		published = headerDate
	}
	d.bodyTok = len(d.toks)
	for i, t := range d.toks {
		if t.start >= bodyStart {
			d.bodyTok = i
			break
		}
	}
	if dl0 >= 0 {
		d.dateline = span{len(d.toks), len(d.toks)}
		for i, t := range d.toks {
			if t.start >= dl0 && d.dateline.t0 == len(d.toks) {
				d.dateline.t0 = i
			}
			if t.start >= dl1 {
				d.dateline.t1 = i
				d.toks[i].para = true // the story starts a sentence
				break
			}
		}
		if d.dateline.t1 < d.dateline.t0 {
			d.dateline.t1 = len(d.toks)
		}
	}
	if d.bodyTok < len(d.toks) {
		d.toks[d.bodyTok].para = true
	}
	if t, ok := parsePublished(published); ok {
		d.ref = refDate{t: t, hasDay: true, hasYear: true}
		d.refHour, d.refClock = publishedHour(published)
	}
	return d
}

var nameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-/_.]?(0[1-9]|1[0-2])[-/_.]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// dateInName finds a calendar date in a URL or an id, as news sites and
// feeds write them: 2025-10-07, 2025/10/07, 20251007.
func dateInName(s string) (time.Time, bool) {
	m := nameDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// parsePublished reads the published date in the forms envelopes and pages
// use.
func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
