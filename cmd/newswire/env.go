package main

import (
	"os"
	"strconv"
)

// envInt reads an integer environment variable, or def when unset or bad.
func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}
