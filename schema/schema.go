// Package schema holds the versioned JSON Schemas of newswire's records
// (event.v1.json, article.v1.json) and validates records against them.
package schema

import (
	"bytes"
	"embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed *.json
var files embed.FS

// Schema file names.
const (
	Event   = "event.v1.json"
	Article = "article.v1.json"
)

const base = "https://newswire.dev/schema/"

var (
	once     sync.Once
	compiled map[string]*jsonschema.Schema
	errLoad  error
)

func load() {
	c := jsonschema.NewCompiler()
	for _, name := range []string{Event, Article} {
		data, err := files.ReadFile(name)
		if err != nil {
			errLoad = err
			return
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			errLoad = fmt.Errorf("schema %s: %w", name, err)
			return
		}
		if err := c.AddResource(base+name, doc); err != nil {
			errLoad = fmt.Errorf("schema %s: %w", name, err)
			return
		}
	}
	compiled = map[string]*jsonschema.Schema{}
	for _, name := range []string{Event, Article} {
		s, err := c.Compile(base + name)
		if err != nil {
			errLoad = fmt.Errorf("compile %s: %w", name, err)
			return
		}
		compiled[name] = s
	}
}

// Validate checks one JSON document against the schema named (Event or
// Article).
func Validate(name string, doc []byte) error {
	once.Do(load)
	if errLoad != nil {
		return errLoad
	}
	s, ok := compiled[name]
	if !ok {
		return fmt.Errorf("schema: unknown schema %q", name)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("schema: not JSON: %w", err)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("schema %s: %w", name, err)
	}
	return nil
}

// File returns the text of a schema file.
func File(name string) ([]byte, error) { return files.ReadFile(name) }
