package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// envFlags is a flag set whose every flag can also be set by an environment
// variable; a flag given on the command line wins over the variable.
type envFlags struct {
	*flag.FlagSet
	env map[string]string // flag name -> variable
}

func newEnvFlags(name string) *envFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return &envFlags{FlagSet: fs, env: map[string]string{}}
}

// envName is the variable of a flag: NEWSWIRE_ and the name in upper case.
func envName(flagName string) string {
	return "NEWSWIRE_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// bind records the variable of each flag defined so far, defaulting to
// envName, with overrides such as brokers -> KAFKA_BROKERS.
func (f *envFlags) bind(overrides map[string]string) {
	f.VisitAll(func(fl *flag.Flag) {
		v := envName(fl.Name)
		if o, ok := overrides[fl.Name]; ok {
			v = o
		}
		f.env[fl.Name] = v
		fl.Usage = fmt.Sprintf("%s (env %s)", fl.Usage, v)
	})
}

// parse applies the environment, then the arguments.
func (f *envFlags) parse(args []string, getenv func(string) string) error {
	if getenv == nil {
		getenv = os.Getenv
	}
	for name, v := range f.env {
		if val := getenv(v); val != "" {
			if err := f.Set(name, val); err != nil {
				return fmt.Errorf("environment %s=%q: %w", v, val, err)
			}
		}
	}
	return f.Parse(args)
}
