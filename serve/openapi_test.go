package serve_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newswire/newswire/schema"
	"github.com/newswire/newswire/serve"
)

// The API description is checked against real answers: every response a
// test gets must be described (route, method, status, content type), and
// its body must validate against the schema the description gives.

const apiBase = "http://newswire.test/"

type apiDoc struct {
	once     sync.Once
	err      error
	doc      map[string]any
	compiler *jsonschema.Compiler
	schemas  sync.Map // pointer -> *jsonschema.Schema
	mu       sync.Mutex
}

var api apiDoc

func (a *apiDoc) load() {
	resp := serveOnce(nil, "GET", "/openapi.json", "", nil)
	var doc map[string]any
	if err := json.Unmarshal(resp.body, &doc); err != nil {
		a.err = fmt.Errorf("openapi.json: %w", err)
		return
	}
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.") {
		a.err = fmt.Errorf("openapi.json: version %q, want OpenAPI 3", v)
		return
	}
	a.doc = doc
	c := jsonschema.NewCompiler()
	add := func(url string, data []byte) {
		if a.err != nil {
			return
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err == nil {
			err = c.AddResource(url, v)
		}
		if err != nil {
			a.err = fmt.Errorf("%s: %w", url, err)
		}
	}
	add(apiBase+"openapi.json", resp.body)
	// as the server serves it, where the description points; the event
	// schema where the article schema's $id makes its references point
	add(apiBase+"schema/"+schema.Article, serveOnce(nil, "GET", "/schema/"+schema.Article, "", nil).body)
	add("https://newswire.dev/schema/"+schema.Event, serveOnce(nil, "GET", "/schema/"+schema.Event, "", nil).body)
	a.compiler = c
}

// escape is a JSON pointer token.
func escape(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1") }

// schemaFor finds the schema of a response in the description.
func (a *apiDoc) schemaFor(route, method string, status int, ctype string) (*jsonschema.Schema, error) {
	a.once.Do(a.load)
	if a.err != nil {
		return nil, a.err
	}
	paths, _ := a.doc["paths"].(map[string]any)
	op, _ := paths[route].(map[string]any)
	m, _ := op[strings.ToLower(method)].(map[string]any)
	if m == nil {
		return nil, fmt.Errorf("openapi.json has no %s %s", method, route)
	}
	responses, _ := m["responses"].(map[string]any)
	code := strconv.Itoa(status)
	r, _ := responses[code].(map[string]any)
	if r == nil {
		return nil, fmt.Errorf("openapi.json: %s %s does not describe status %d", method, route, status)
	}
	ptr := "#/paths/" + escape(route) + "/" + strings.ToLower(method) + "/responses/" + code
	if ref, ok := r["$ref"].(string); ok {
		ptr = ref
		comps := a.doc["components"].(map[string]any)["responses"].(map[string]any)
		r = comps[strings.TrimPrefix(ref, "#/components/responses/")].(map[string]any)
	}
	content, _ := r["content"].(map[string]any)
	if _, ok := content[ctype]; !ok {
		return nil, fmt.Errorf("openapi.json: %s %s %d has no content %s", method, route, status, ctype)
	}
	ptr += "/content/" + escape(ctype) + "/schema"
	if s, ok := a.schemas.Load(ptr); ok {
		return s.(*jsonschema.Schema), nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	s, err := a.compiler.Compile(apiBase + "openapi.json" + ptr)
	if err != nil {
		return nil, err
	}
	a.schemas.Store(ptr, s)
	return s, nil
}

// checkAPI validates a real response against the description.
func checkAPI(t *testing.T, route, method string, r response) {
	t.Helper()
	ctype, _, _ := mime.ParseMediaType(r.header.Get("Content-Type"))
	s, err := api.schemaFor(route, method, r.status, ctype)
	if err != nil {
		t.Error(err)
		return
	}
	validate := func(data []byte) {
		if !strings.Contains(ctype, "json") {
			return // text and HTML: a string
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s %s %d: not JSON: %v\n%s", method, route, r.status, err, data)
			return
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s %s %d: the answer does not match openapi.json: %v\n%.400s", method, route, r.status, err, data)
		}
	}
	if ctype == "application/x-ndjson" {
		sc := bufio.NewScanner(bytes.NewReader(r.body))
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			validate(sc.Bytes())
		}
		return
	}
	validate(r.body)
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func readResponse(t testing.TB, resp *http.Response) response {
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil && t != nil {
		t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: body}
}

var _ = serve.APIError{}

// The description's schemas do reject what is not a record or an error, so
// the checks above can fail.
func TestOpenAPIRejects(t *testing.T) {
	realServer(t)
	for _, c := range []struct {
		status int
		ctype  string
		doc    string
	}{
		{200, "application/json", `{"id":"x"}`},
		{200, "application/json", `{"schema":"newswire.article/v1","id":"a","form":"text","words":0,"entities":[{"type":"PERSON","text":"A","mentions":1,"spans":[[1]]}],"events":[]}`},
		{200, "application/x-ndjson", `{"line":0,"error":{"class":"x","reason":"y"}}`},
		{400, "application/json", `{"class":1}`},
		{413, "application/json", `{"class":"too-large"}`},
	} {
		s, err := api.schemaFor("/v1/extract", "POST", c.status, c.ctype)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(c.doc))
		if s.Validate(v) == nil {
			t.Errorf("%d %s accepted %s", c.status, c.ctype, c.doc)
		}
	}
	if _, err := api.schemaFor("/v1/extract", "POST", 201, "application/json"); err == nil {
		t.Error("an undescribed status was found")
	}
}
