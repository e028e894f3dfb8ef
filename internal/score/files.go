package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ArticleFiles lists the article files of the folders (.txt, .json and
// .html; gold files and subfolders left out), sorted: the inputs a gold
// folder holds beside its <id>.gold.json files.
func ArticleFiles(dirs ...string) ([]string, error) {
	var files []string
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("score: listing articles: %w", err)
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || strings.HasSuffix(name, ".gold.json") {
				continue
			}
			switch filepath.Ext(name) {
			case ".txt", ".json", ".html":
				files = append(files, filepath.Join(dir, name))
			}
		}
	}
	sort.Strings(files)
	return files, nil
}

// WantID is the id an article file's record must carry: the envelope's id
// for a JSON file, else the file name without its extension.
func WantID(path string, data []byte) (string, error) {
	ext := filepath.Ext(path)
	if ext == ".json" {
		var env struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(data, &env); err != nil {
			return "", fmt.Errorf("reading envelope id of %s: %w", path, err)
		}
		return env.ID, nil
	}
	return strings.TrimSuffix(filepath.Base(path), ext), nil
}

// RecordOf reads any article record (extract.Record) as the scorer's
// Record, through its JSON form.
func RecordOf(rec any) (Record, error) {
	var r Record
	b, err := json.Marshal(rec)
	if err != nil {
		return r, fmt.Errorf("score: encoding record: %w", err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("score: decoding record: %w", err)
	}
	return r, nil
}
