package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"strings"
	"sync"

	"github.com/newswire/newswire/extract/tables"
)

// worldSVG is the world's land as one SVG drawing (view box 0 0 360 180,
// x = lon + 180, y = 90 - lat), built once from the embedded world.tsv
// (Natural Earth 1:110m land). The page draws the events' markers over it:
// no tiles, no network.
var worldSVG = sync.OnceValues(func() ([]byte, error) {
	data, err := fs.ReadFile(tables.FS, "world.tsv")
	if err != nil {
		return nil, fmt.Errorf("world outline: %w", err)
	}
	var b bytes.Buffer
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">` +
		`<rect width="360" height="180" fill="#e7f1fb"/><path fill="#cfd8c4" stroke="#9aa58f" stroke-width="0.2" fill-rule="evenodd" d="`)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		b.WriteString(line)
		n++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("world outline: %w", err)
	}
	if n == 0 {
		return nil, fmt.Errorf("world outline: world.tsv has no path")
	}
	b.WriteString(`"/></svg>`)
	return b.Bytes(), nil
})

func (s *Server) world(w http.ResponseWriter, r *http.Request) {
	svg, err := worldSVG()
	if err != nil {
		writeError(w, http.StatusNotFound, ClassNotFound, err.Error())
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "max-age=86400")
	w.Write(svg)
}
