package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newswire/newswire/extract/tables"
)

// row is one line of a rule table, split on tabs.
type row struct {
	file string
	line int
	cols []string
	user bool // from the user's folder: wins over an embedded row
}

// col returns column i, or "" when the row is shorter.
func (r row) col(i int) string {
	if i < len(r.cols) {
		return strings.TrimSpace(r.cols[i])
	}
	return ""
}

// loadTable reads an embedded table and, when dir is set and holds a file of
// the same name, that file's rows after it. A row of the user's file whose
// first column starts with "!" removes the rows read BEFORE it with that
// first column (the embedded rows and the user's earlier rows; compared
// case-insensitively); a later row of the same first column adds it again
// (in a weight table, "!frame=meet" then "frame=meet 5" weighs 5).
func loadTable(dir, name string) ([]row, error) {
	data, err := fs.ReadFile(tables.FS, name)
	if err != nil {
		return nil, fmt.Errorf("embedded table %s: %w", name, err)
	}
	rows := parseTable(name, data)
	if dir == "" {
		return rows, nil
	}
	path := filepath.Join(dir, name)
	extra, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return rows, nil
	}
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", path, err)
	}
	for _, r := range parseTable(path, extra) {
		r.user = true
		if k, ok := strings.CutPrefix(r.col(0), "!"); ok {
			rows = slices.DeleteFunc(rows, func(x row) bool { return strings.EqualFold(x.col(0), k) })
			continue
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// parseTable splits a table into rows: blank lines and lines starting with
// "#" are skipped.
func parseTable(name string, data []byte) []row {
	var rows []row
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, row{file: name, line: n, cols: strings.Split(line, "\t")})
	}
	return rows
}

// splitList splits a |-separated column.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
