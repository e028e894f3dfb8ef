package extract

// This file is the record builder's vocabulary: the only place that knows the
// output format. The JSON field names are an API (see README, "Record
// format"); change them only with a new schema version.

// Schema versions written into every record.
const (
	ArticleSchema = "newswire.article/v1"
	EventSchema   = "newswire.event/v1"
)

// Entity types.
const (
	Person       = "PERSON"
	Title        = "TITLE"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
	Date         = "DATE"
	Acronym      = "ACRONYM"
)

// Event types.
const (
	Meeting   = "meeting"
	Visit     = "visit"
	Agreement = "agreement"
)

// Record is the article record: everything extracted from one article.
type Record struct {
	Schema    string   `json:"schema"`
	ID        string   `json:"id"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"`
	Headline  string   `json:"headline,omitempty"`
	Form      string   `json:"form"` // json, text or html: how the article arrived
	Words     int      `json:"words"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
	// Text is the text the passes read (for a page, the cleaned body; for
	// wire text, the whole file with its masthead), present when
	// Options.WithText asks for it. Every span indexes into it.
	Text string `json:"text,omitempty"`
	// Truncated, present only when the record was cut to fit the
	// pipeline's output limits (newswire run --max-events,
	// --max-message-bytes), says what was dropped and why.
	Truncated *Truncation `json:"truncated,omitempty"`

	removed []removedEvent // the candidates rules removed, when kept (rescue_trace.go)
}

// Truncation is what an article record lost to output limits. Events are
// kept in article order and dropped from the end (an event record is only
// published for an event its article record keeps); entities likewise.
type Truncation struct {
	EventsDropped   int    `json:"events_dropped"`
	EntitiesDropped int    `json:"entities_dropped,omitempty"`
	TextDropped     bool   `json:"text_dropped,omitempty"`
	Reason          string `json:"reason"`
}

// Span is a half-open range [start, end) of Unicode code points (not bytes,
// not UTF-16 units) in the record's text: Python's text[start:end],
// JavaScript's Array.from(text).slice(start, end).
type Span [2]int

// Entity is one real-world entity of an article, with every surface form of
// it in Aliases. Which of the optional fields are set depends on Type.
type Entity struct {
	Type    string   `json:"type"`
	Text    string   `json:"text"`              // canonical (fullest) form
	Aliases []string `json:"aliases,omitempty"` // other surface forms
	// PERSON: the first title and the employer the article gives.
	Title        string `json:"title,omitempty"`
	Organization string `json:"organization,omitempty"`
	// TITLE: the person who holds it.
	Holder string `json:"holder,omitempty"`
	// DATE: the TIMEX3-style value (2025-05-31, 2025-02, 2025, 2025-Q4, a/b).
	Value string `json:"value,omitempty"`
	// ACRONYM: the expansion the article gives ("" when none).
	Expansion *string `json:"expansion,omitempty"`
	// LOCATION: country, city, region...; ORGANIZATION: its cue class.
	Kind string `json:"kind,omitempty"`
	// Mentions counts the times the entity appears in the text.
	Mentions int `json:"mentions"`
	// Spans are where the entity's mentions stand in the text, in text
	// order; each one's text is the entity's text or one of its aliases, up
	// to letter case (a dateline's "VIENNA" is a mention of Vienna).
	Spans []Span `json:"spans,omitempty"`
	// LOCATION, when the gazetteer knows the place and the article says
	// which one it is: its GeoNames id (cities), a point (WGS84 decimal
	// degrees; a representative point for countries and regions) and its
	// ISO 3166-1 alpha-2 country code.
	GeoNamesID  int64    `json:"geonames_id,omitempty"`
	Lat         *float64 `json:"lat,omitempty"`
	Lon         *float64 `json:"lon,omitempty"`
	CountryCode string   `json:"country_code,omitempty"`
}

// Participant is one party to an event.
type Participant struct {
	Name         string `json:"name"`
	Type         string `json:"type"` // PERSON, ORGANIZATION or LOCATION
	Title        string `json:"title,omitempty"`
	Organization string `json:"organization,omitempty"`
}

// Event is a meeting, visit or agreement (or another type from the trigger
// table) with who took part, when and where.
type Event struct {
	ID           string        `json:"id"` // stable: type, participants and date
	Type         string        `json:"type"`
	Participants []Participant `json:"participants"`
	Date         string        `json:"date,omitempty"`
	Location     string        `json:"location,omitempty"`
	Lat          *float64      `json:"lat,omitempty"` // the location's point, when known
	Lon          *float64      `json:"lon,omitempty"`
	Trigger      string        `json:"trigger"`
	Sentence     string        `json:"sentence"`
	Confidence   float64       `json:"confidence"`
	Planned      bool          `json:"planned,omitempty"` // in the future of the published date
	// SentenceSpan and TriggerSpan are where the sentence and the trigger
	// stand in the article's text (code points, like Entity.Spans).
	SentenceSpan *Span `json:"sentence_span,omitempty"`
	TriggerSpan  *Span `json:"trigger_span,omitempty"`
	// Evidence lists every further mention of the same event (same type,
	// participants and date) the article makes: its trigger and sentence.
	Evidence []Evidence `json:"evidence,omitempty"`
	// Explain says why the event exists, when Options.Explain is set
	// (newswire extract --explain): the frame, the clause's reading, where
	// each party, the date and the place came from, the confidence's terms.
	Explain []string `json:"explain,omitempty"`
	// PlaceCandidates lists every place the event's place rules proposed,
	// with Options.PlaceCandidates (for training the place ranker); never
	// in the record.
	PlaceCandidates []PlaceCandidate `json:"-"`
	// DateCandidates lists every date the event's readings proposed, with
	// Options.DateCandidates (for training the date ranker); never in the
	// record.
	DateCandidates []DateCandidate `json:"-"`

	facts    mentionFacts // what the merge pass needs to know of the mention (merge.go)
	conf     confFacts    // what the confidence pass weighs (confidence_features.go)
	features []string     // the features it weighed (for the training command)
	led      ledLend      // its parties led its sides: what a later round takes (events_ledsides.go)
}

// PlaceCandidate is one place the rules proposed for an event: the rules
// that proposed it (cascade order), the place ranker's features
// (place_rank.go), and whether it was the hand-ordered cascade's choice.
type PlaceCandidate struct {
	Place    string
	Rules    []string
	Features []string
	Cascade  bool
}

// Evidence is one more mention of an event: where it stands and what it
// said of the event (the merged event may name more parties, or a date or
// place only another mention gave).
type Evidence struct {
	Trigger    string  `json:"trigger"`
	Sentence   string  `json:"sentence"`
	Confidence float64 `json:"confidence"`
	// SentenceSpan and TriggerSpan are where this mention stands in the
	// article's text (code points), like the event's own.
	SentenceSpan *Span `json:"sentence_span,omitempty"`
	TriggerSpan  *Span `json:"trigger_span,omitempty"`
	// Participants, Date and Location are what this mention gave.
	Participants []string `json:"participants,omitempty"`
	Date         string   `json:"date,omitempty"`
	Location     string   `json:"location,omitempty"`
}

// ArticleRef names the article an event record came from.
type ArticleRef struct {
	ID        string `json:"id"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Headline  string `json:"headline,omitempty"`
}

// EventRecord is one event as published on its own (one Kafka message each):
// the event and the article it came from.
type EventRecord struct {
	Schema string `json:"schema"`
	Event
	Article ArticleRef `json:"article"`
}

// EventRecords splits an article record into one record per event.
func (r *Record) EventRecords() []EventRecord {
	out := make([]EventRecord, 0, len(r.Events))
	ref := ArticleRef{ID: r.ID, Source: r.Source, URL: r.URL, Published: r.Published, Headline: r.Headline}
	for _, e := range r.Events {
		out = append(out, EventRecord{Schema: EventSchema, Event: e, Article: ref})
	}
	return out
}
