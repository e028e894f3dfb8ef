package serve_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/serve"
)

// A server over one shared extractor, asked for the record of a wire.
func Example() {
	x, err := extract.New(extract.Options{WithText: true})
	if err != nil {
		panic(err)
	}
	s := serve.New(serve.Config{Extractor: x, MaxInFlight: 4})
	s.SetReady(true)
	ts := httptest.NewServer(s) // or s.ListenAndServe(ctx, "127.0.0.1:8080", 20*time.Second, nil)
	defer ts.Close()

	resp, err := ts.Client().Post(ts.URL+"/v1/extract?id=wire-1", "text/plain",
		strings.NewReader("NAIROBI, March 2 — Foreign Minister Ana Soto met Kenyan President Li Wei in Nairobi on Monday."))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var rec extract.Record
	json.NewDecoder(resp.Body).Decode(&rec)
	fmt.Println(resp.StatusCode, rec.ID, rec.Form)
	for _, e := range rec.Entities {
		if e.Type == extract.Person {
			fmt.Println(e.Type, e.Text, e.Spans)
		}
	}

	bad, _ := ts.Client().Post(ts.URL+"/v1/extract", "application/json", strings.NewReader(`{"id":"x"}`))
	var apiErr serve.APIError
	json.NewDecoder(bad.Body).Decode(&apiErr)
	bad.Body.Close()
	fmt.Println(bad.StatusCode, apiErr.Class)
	// Output:
	// 200 wire-1 text
	// PERSON Ana Soto [[36 44]]
	// PERSON Li Wei [[66 72]]
	// 422 no-body
}
