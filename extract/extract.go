// Package extract turns one news article into an article record: people and
// their titles, organizations, locations, dates, acronyms, and the meetings,
// visits and agreements between them.
package extract

import "context"

// Options configure an Extractor.
type Options struct {
	// TablesDir, when set, is a folder of rule tables that extend or
	// override the embedded ones (same file names, same format).
	TablesDir string
}

// Extractor holds the loaded model and tables. Build one per process with
// New and share it: Extract is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New loads the tables and the prose model.
func New(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Extract builds the record of one article.
func (x *Extractor) Extract(ctx context.Context, a Article) (*Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &Record{Schema: ArticleSchema, ID: a.ID, Source: a.Source, URL: a.URL,
		Published: a.Published, Headline: a.Headline, Form: a.Form}, nil
}
