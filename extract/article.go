package extract

// Article is one input article, whatever form it arrived in. Decode fills it
// from raw bytes; a caller may also build one directly.
type Article struct {
	ID        string `json:"id"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339 or a plain date
	Headline  string `json:"headline,omitempty"`
	Body      string `json:"body,omitempty"` // plain text
	HTML      string `json:"html,omitempty"` // a whole web page, in place of Body
	// Form is how the article arrived: "json", "text" or "html".
	Form string `json:"-"`
}
